import SchemaIR

/// Decides which declarations get a `Validatable` conformance.
///
/// A declaration needs one when it checks something itself (a constrained field, a closed enumeration
/// that can hold unlisted values) or holds, through fields, union variants, aliases, arrays or maps, a
/// declaration that does. Everything else gets no conformance, so unconstrained models cost nothing.
/// The set is closed over references with a worklist over reverse edges: linear in the module's size,
/// whatever its cycles.
package struct ValidationAnalysis: Sendable {
  let rules: ConstraintRules
  private var declarations: [TypeID: TypeDeclaration] = [:]
  /// Declarations (aliases included) whose values have something to check.
  private(set) var validated: Set<TypeID> = []
  /// Decides whether a string format is held in a wrapper type (`DateTime`, `DID`, ...), whose text is
  /// checked through `rawValue`.
  private let symbols: SymbolTable

  package init(module: SchemaModule, symbols: SymbolTable) {
    self.rules = ConstraintRules(lengthUnit: module.stringLengthUnit)
    self.symbols = symbols
    for declaration in module.declarations where declarations[declaration.id] == nil {
      declarations[declaration.id] = declaration
    }
    var users: [TypeID: [TypeID]] = [:]
    var queue: [TypeID] = []
    var visited: Set<TypeID> = []
    // The first declaration of an ID wins, as in `SymbolTable`.
    for declaration in module.declarations where visited.insert(declaration.id).inserted {
      for target in Self.references(of: declaration) { users[target, default: []].append(declaration.id) }
      if hasOwnChecks(declaration) {
        validated.insert(declaration.id)
        queue.append(declaration.id)
      }
    }
    var index = 0
    while index < queue.count {
      let id = queue[index]
      index += 1
      for user in users[id] ?? [] where validated.insert(user).inserted {
        queue.append(user)
      }
    }
  }

  /// Whether a value of `reference` contains something to validate by recursion: a validated
  /// declaration, or an AT Protocol format string (`DID`, `ATURI`, ...), which checks its own syntax.
  func containsValidated(_ reference: TypeReference) -> Bool {
    switch reference {
    case .named(let id): validated.contains(id)
    case .array(let element), .map(let element): containsValidated(element)
    case .primitive, .any: Self.holdsSelfValidatingString(reference)
    }
  }

  /// Whether `reference` holds a format string that validates itself, without going through a declaration.
  private static func holdsSelfValidatingString(_ reference: TypeReference) -> Bool {
    switch reference {
    case .primitive(let primitive): ATProtoTypes.validatesItself(primitive)
    case .array(let element), .map(let element): holdsSelfValidatingString(element)
    case .named, .any: false
    }
  }

  /// `reference` with aliases followed, and the constraints the aliases passed add on the way.
  struct Resolved {
    var type: TypeReference
    var constraints: [Constraints]
  }

  func resolve(_ reference: TypeReference) -> Resolved {
    var resolved = Resolved(type: reference, constraints: [])
    var seen: Set<TypeID> = []
    while case .named(let id) = resolved.type, let declaration = declarations[id], seen.insert(id).inserted,
      case .alias(let target) = declaration.kind
    {
      if !declaration.constraints.isEmpty { resolved.constraints.append(declaration.constraints) }
      resolved.type = target
    }
    return resolved
  }

  /// The kind of value `type` holds for constraint checks, and whether it is reached via `rawValue`.
  func valueKind(of type: TypeReference) -> (kind: ConstraintRules.ValueKind, viaRawValue: Bool)? {
    switch type {
    case .primitive(.string(let format)): (.text, isWrapped(format))
    case .primitive(.lexiconString): (.text, true)
    case .primitive(.integer): (.integer, false)
    case .primitive(.number): (.number, false)
    case .primitive(.boolean): (.boolean, false)
    // The runtime checks blobs and bytes both as `JSONValue` and as `Blob` / `ATBytes`.
    case .primitive(.blob): (.blob, false)
    case .primitive(.atBytes): (.binary, false)
    case .array: (.array, false)
    case .named(let id):
      if case .enumeration(let enumeration) = declarations[id]?.kind {
        (enumeration.rawType == .integer ? .integer : .text, true)
      } else {
        nil
      }
    case .primitive, .map, .any: nil
    }
  }

  /// Whether strings of `format` are held in a `RawRepresentable` wrapper rather than `String`.
  private func isWrapped(_ format: String?) -> Bool {
    guard format != nil else { return false }
    return TypeMapper(symbols: symbols).swiftType(.primitive(.string(format: format)), in: nil) != .string
  }

  /// Whether a closed enumeration is emitted with an `unknown` case (it lists no usable value), so
  /// its values need a membership check.
  static func isClosedButUnlisted(_ enumeration: EnumerationType) -> Bool {
    guard !enumeration.isOpen else { return false }
    return !enumeration.cases.contains { item in
      switch (enumeration.rawType, item.value) {
      case (.string, .null), (.integer, .null): false
      case (.string, _), (.integer, .integer): true
      case (.integer, _): false
      }
    }
  }

  private func hasOwnChecks(_ declaration: TypeDeclaration) -> Bool {
    switch declaration.kind {
    case .object(let object):
      return object.fields.contains {
        !ValueChecks(analysis: self, type: $0.type, own: $0.constraints).isEmpty
          || Self.holdsSelfValidatingString($0.type)
      }
    case .enumeration(let enumeration):
      if Self.isClosedButUnlisted(enumeration) { return true }
      let kind: ConstraintRules.ValueKind = enumeration.rawType == .integer ? .integer : .text
      return !rules.rules(declaration.constraints, for: kind).rules.isEmpty
    case .union(let union):
      return union.variants.contains {
        !ValueChecks(analysis: self, type: $0.type, own: Constraints()).isEmpty
          || Self.holdsSelfValidatingString($0.type)
      }
    case .alias(let target):
      return Self.holdsSelfValidatingString(target)
    }
  }

  private static func references(of declaration: TypeDeclaration) -> [TypeID] {
    var found: [TypeID] = []
    func collect(_ reference: TypeReference) {
      switch reference {
      case .named(let id): found.append(id)
      case .array(let element), .map(let element): collect(element)
      case .primitive, .any: break
      }
    }
    switch declaration.kind {
    case .object(let object):
      object.fields.forEach { collect($0.type) }
      if case .kept(let value) = object.additionalProperties { collect(value) }
    case .union(let union): union.variants.forEach { collect($0.type) }
    case .alias(let target): collect(target)
    case .enumeration: break
    }
    return found
  }
}
