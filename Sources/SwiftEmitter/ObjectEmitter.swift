import SchemaIR

/// Objects become structs with one property per field and a memberwise initializer.
///
/// Codable is synthesized whenever possible: the runtime's container overloads give `Nullable<T>?`
/// (absent vs explicit null) and `@Indirect` fields their JSON behaviour. `CodingKeys` appear only when
/// a JSON name differs from its property; kept `additionalProperties` need hand-written coding.
/// A deprecated field is stored privately as `_name` behind a deprecated accessor, so the synthesized
/// code and the initializer never touch a deprecated declaration (zero warnings). An AT Protocol record
/// always writes `"$type": "<tag>"` and reads it when present (never keeping it as an unlisted member);
/// another tagged object keeps a `$type` it read with its unlisted members and writes nothing else, so it
/// re-encodes as read (a union writes its variants' `$type`). An object without fields has no
/// `CodingKeys` (Swift rejects an empty raw-value enum).
extension DeclarationEmitter {
  /// One field with its names (`SymbolTable`) and Swift types.
  private struct FieldPlan {
    var names: ResolvedField
    var type: SwiftType
    var valueType: SwiftType
    var field: Field { names.field }
    var isIndirect: Bool { names.isIndirect }
  }

  /// The `[String: T]` member holding unlisted JSON members.
  private struct AdditionalMember {
    var name: String
    var valueType: SwiftType
    var type: SwiftType { .dictionary(valueType) }
  }

  mutating func emitObject(_ declaration: TypeDeclaration, _ object: ObjectType) {
    let id = declaration.id
    var plans: [FieldPlan] = []
    for resolved in symbols.fields(of: id) {
      if resolved.isIndirect { uses(Self.indirect) }
      plans.append(
        FieldPlan(
          names: resolved, type: uses(mapper.fieldType(resolved.field, in: id)),
          valueType: mapper.valueType(resolved.field, in: id)))
    }
    var additional: AdditionalMember?
    if case .kept(let valueType) = object.additionalProperties, let name = symbols.additionalPropertiesName(of: id) {
      callsRuntime()  // `decodeAdditionalProperties` / `encodeAdditionalProperties`
      additional = AdditionalMember(name: name, valueType: uses(mapper.swiftType(valueType, in: id)))
    }

    openTypeBlock("\(access)struct \(symbols.declaredName(id))", conformances: Self.valueConformances)
    if object.isRecord, let tag = object.typeTag { emitRecordIdentity(tag: tag, key: object.recordKey, plans: plans) }
    emitProperties(plans, additional: additional)
    emitInitializer(plans, additional: additional)
    let refusesNull = object.refusesNullForNonNullableMembers
    let recordTag = object.isRecord ? object.typeTag : nil
    // Past `literalKeyThreshold` members, coding is written out with literal keys: the compiler
    // synthesizes `Codable` and a `CodingKeys` enumeration in superlinear time (2,000 members: 123 s).
    let keysByLiteral = plans.count > Self.literalKeyThreshold
    let needsCoding =
      keysByLiteral || additional != nil || recordTag != nil
      || (refusesNull && plans.contains { !$0.field.isRequired && !$0.field.isNullable })
    let needsKeys = !keysByLiteral && (needsCoding || plans.contains { $0.names.storage != $0.field.jsonName })
    if needsKeys, !plans.isEmpty { emitCodingKeys(plans, caseIterable: additional != nil) }
    if needsCoding {
      if recordTag != nil { callsRuntime() }  // `encodeLexiconType`
      let keys: CodingKeyStyle = keysByLiteral ? .literals(uses(.runtime("AnyCodingKey")).description) : .enumeration
      if keysByLiteral, additional != nil { emitListedMembers(plans) }
      emitCoding(plans, additional: additional, typeTag: recordTag, refusesNull: refusesNull, keys: keys)
    }
    emitNested(in: id)
    writer.closeBlock()
  }

  /// The property wrapper boxing a member that makes its type recursive.
  private static let indirect = SwiftType.runtime("Indirect")

  /// `static let nsid` (the collection a record is stored in, and the `$type` it writes) and
  /// `static let recordKeyType` (as the lexicon declares it: `tid`, `any`, `literal:self`, ...). A field
  /// already named so keeps its name; the constant is then prefixed with `lexicon`.
  private mutating func emitRecordIdentity(tag: String, key: String?, plans: [FieldPlan]) {
    let taken = Set(plans.flatMap { [$0.names.storage, $0.names.member] })
    func name(_ base: String) -> String {
      taken.contains(base) ? "lexicon" + base.prefix(1).uppercased() + base.dropFirst() : base
    }
    writer.documentation("The record's collection: the NSID it is stored under and writes as `$type`.")
    writer.line("\(access)static let \(name("nsid")) = \(Self.literal(tag))")
    if let key {
      writer.documentation("The record key type its lexicon declares.")
      writer.line("\(access)static let \(name("recordKeyType")) = \(Self.literal(key))")
    }
  }

  private mutating func emitProperties(_ plans: [FieldPlan], additional: AdditionalMember?) {
    for plan in plans {
      let documentation = DocumentationText.forField(plan.field)
      if !documentation.isEmpty {
        writer.blankLine()
        writer.documentation(documentation)
      }
      let wrapper = plan.isIndirect ? "@\(Self.indirect) " : ""
      let member = SwiftIdentifier.escaped(plan.names.member)
      if !plan.names.hasAccessor {
        writer.line("\(wrapper)\(access)var \(member): \(plan.type)")
      } else {
        let storage = SwiftIdentifier.escaped(plan.names.storage)
        writer.line("@available(*, deprecated)")
        writer.block("\(access)var \(member): \(plan.type)") { writer in
          writer.line("get { \(storage) }")
          writer.line("set { \(storage) = newValue }")
        }
        writer.line("\(wrapper)private var \(storage): \(plan.type)")
      }
    }
    if let additional {
      writer.blankLine()
      writer.documentation("Members the schema does not list, by JSON name.")
      writer.line("\(access)var \(SwiftIdentifier.escaped(additional.name)): \(additional.type)")
    }
  }

  private mutating func emitInitializer(_ plans: [FieldPlan], additional: AdditionalMember?) {
    // A required member the spec fixes or defaults takes that value; an optional one `nil`.
    let defaults = plans.map { $0.field.isRequired ? requiredDefault($0.field, type: $0.type) : "nil" }
    var parameters = zip(plans, defaults).map { plan, defaultValue in
      SwiftIdentifier.escaped(plan.names.member) + ": " + plan.type.description
        + (defaultValue.map { " = " + $0 } ?? "")
    }
    if let additional {
      parameters.append(SwiftIdentifier.escaped(additional.name) + ": " + additional.type.description + " = [:]")
    }
    writer.blankLine()
    writer.documentation(
      zip(plans, defaults).contains { $0.field.isRequired && $1 != nil }
        ? "Creates a value; optional members default to absent (`nil`), fixed and defaulted ones to their value."
        : "Creates a value; optional members default to absent (`nil`).")
    let header = "\(access)init"
    let single = header + "(" + parameters.joined(separator: ", ") + ")"
    if writer.fits(single, plus: 2) || parameters.isEmpty {
      writer.block(single) { writer in Self.assignments(plans, additional: additional, into: &writer) }
      return
    }
    writer.line(header + "(")
    writer.indented { writer in
      for (index, parameter) in parameters.enumerated() {
        writer.line(parameter + (index + 1 < parameters.count ? "," : ""))
      }
    }
    writer.block(")") { writer in Self.assignments(plans, additional: additional, into: &writer) }
  }

  /// Above this many optional members, the initializer assigns them to a copy of `self`: the
  /// compiler's definite-initialization analysis of `self.x = x` is superlinear in the member count
  /// (an object with 500 optional members took 12 s to compile in debug, its copy form 0.4 s).
  static let copyAssignmentThreshold = 64

  private static func assignments(
    _ plans: [FieldPlan], additional: AdditionalMember?, into writer: inout SwiftCodeWriter
  ) {
    // Optional stored members (not `@Indirect`) start as `nil`, so `self` is whole once the others are set.
    let isLate = plans.map { !$0.field.isRequired && !$0.isIndirect && !$0.names.hasAccessor }
    let viaCopy = isLate.filter { $0 }.count > copyAssignmentThreshold
    for (plan, late) in zip(plans, isLate) where !(viaCopy && late) {
      let storage = SwiftIdentifier.escaped(plan.names.storage)
      writer.line("self.\(storage) = \(SwiftIdentifier.escaped(plan.names.member))")
    }
    if let additional {
      let name = SwiftIdentifier.escaped(additional.name)
      writer.line("self.\(name) = \(name)")
    }
    guard viaCopy else { return }
    // A local name no parameter takes.
    let taken = Set(plans.map(\.names.member))
    var copy = "copy"
    while taken.contains(copy) { copy += "_" }
    writer.line("var \(copy) = self")
    for (plan, late) in zip(plans, isLate) where late {
      let name = SwiftIdentifier.escaped(plan.names.member)
      writer.line("\(copy).\(name) = \(name)")
    }
    writer.line("self = \(copy)")
  }

  private mutating func emitCodingKeys(_ plans: [FieldPlan], caseIterable: Bool) {
    writer.blankLine()
    let conformances = caseIterable ? "String, CodingKey, CaseIterable" : "String, CodingKey"
    writer.block("private enum CodingKeys: \(conformances)") { writer in
      for plan in plans {
        let storage = SwiftIdentifier.escaped(plan.names.storage)
        if plan.names.storage == plan.field.jsonName {
          writer.line("case \(storage)")
        } else {
          writer.line("case \(storage) = \(Self.literal(plan.field.jsonName))")
        }
      }
    }
  }

  /// Hand-written coding for objects that keep unlisted members or write a `$type`.
  /// Above this many members an object's coding names keys by literal (`CodingKeyStyle.literals`).
  static let literalKeyThreshold = 256

  /// How hand-written coding names a member's key.
  private enum CodingKeyStyle {
    /// `.member`, a case of the type's `CodingKeys`.
    case enumeration
    /// `"json-name"`, a literal of the runtime's `AnyCodingKey` (the spelling given).
    case literals(String)

    var keyType: String {
      switch self {
      case .enumeration: "CodingKeys"
      case .literals(let type): type
      }
    }

    var isEnumeration: Bool {
      if case .enumeration = self { return true }
      return false
    }

    func key(_ plan: FieldPlan) -> String {
      switch self {
      case .enumeration: "." + SwiftIdentifier.escaped(plan.names.storage)
      case .literals: DeclarationEmitter.literal(plan.field.jsonName)
      }
    }
  }

  /// `listedMembers`: the JSON names of the members, which the unlisted ones are read apart from when
  /// keys are literals (there is no `CodingKeys.allCases`).
  private mutating func emitListedMembers(_ plans: [FieldPlan]) {
    writer.blankLine()
    writer.documentation("The JSON names of the listed members.")
    listDeclaration("private static let listedMembers: Set<String> = ", plans.map { Self.literal($0.field.jsonName) })
  }

  private mutating func emitCoding(
    _ plans: [FieldPlan], additional: AdditionalMember?, typeTag: String?, refusesNull: Bool,
    keys: CodingKeyStyle = .enumeration
  ) {
    writer.blankLine()
    writer.block("\(access)init(from decoder: any Decoder) throws") { writer in
      if !plans.isEmpty { writer.line("let container = try decoder.container(keyedBy: \(keys.keyType).self)") }
      for plan in plans {
        let storage = SwiftIdentifier.escaped(plan.names.storage)
        let method =
          plan.field.isRequired
          ? "decode" : refusesNull && !plan.field.isNullable ? "decodeIfPresentRejectingNull" : "decodeIfPresent"
        writer.call("self.\(storage) = try container.\(method)", ["\(plan.valueType).self, forKey: \(keys.key(plan))"])
      }
      if let additional {
        var known =
          plans.isEmpty
          ? "[]" : keys.isEnumeration ? "Set(CodingKeys.allCases.map(\\.rawValue))" : "Self.listedMembers"
        if typeTag != nil { known = plans.isEmpty ? "[\"$type\"]" : known + ".union([\"$type\"])" }
        writer.line("self.\(SwiftIdentifier.escaped(additional.name)) = try decoder.decodeAdditionalProperties(")
        writer.indented { writer in writer.line("\(additional.valueType).self, excluding: \(known))") }
      }
    }
    writer.blankLine()
    writer.block("\(access)func encode(to encoder: any Encoder) throws") { writer in
      if let typeTag {
        writer.line("try encoder.encodeLexiconType(\(Self.literal(typeTag)))")
      }
      if !plans.isEmpty { writer.line("var container = encoder.container(keyedBy: \(keys.keyType).self)") }
      for plan in plans {
        let storage = SwiftIdentifier.escaped(plan.names.storage)
        let method = plan.field.isRequired ? "encode" : "encodeIfPresent"
        // Inside `encode(to encoder:)`, the parameter and the local `container` shadow members of
        // the same names; `self.` reaches the member.
        let value = ["encoder", "container"].contains(plan.names.storage) ? "self." + storage : storage
        writer.call("try container.\(method)", ["\(value), forKey: \(keys.key(plan))"])
      }
      if let additional {
        writer.line("try encoder.encodeAdditionalProperties(\(SwiftIdentifier.escaped(additional.name)))")
      }
    }
  }
}
