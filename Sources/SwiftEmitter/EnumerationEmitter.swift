import SchemaIR

/// Enumerations become Swift enums.
///
/// Closed sets use a raw-value enum (`String` or `Int`) with synthesized `Codable` and `CaseIterable`.
/// Open sets are a struct over the raw value conforming to the runtime's `OpenEnumeration`, one
/// computed `static var` per listed value and `allCases`: any value decodes and is kept as sent, so a server
/// adding a value never breaks decoding; values compare and hash by raw value, and `Codable`,
/// `Hashable` and `description` come from the protocol's extension (about N + 6 lines for N values).
/// A closed set without usable cases is emitted open (Swift rejects a raw-value enum without cases).
extension DeclarationEmitter {
  /// One case: its Swift name and its raw value as Swift literal text.
  private struct CasePlan {
    var name: String
    var literal: String
    var documentation: String
  }

  mutating func emitEnumeration(_ declaration: TypeDeclaration, _ enumeration: EnumerationType) {
    let id = declaration.id
    let rawType = enumeration.rawType == .integer ? "Int" : "String"
    let plans = casePlans(enumeration.rawType, symbols.cases(of: id))
    let name = symbols.declaredName(id)
    if !enumeration.isOpen, !plans.isEmpty {
      openTypeBlock("\(access)enum \(name)", conformances: [rawType] + Self.valueConformances + ["CaseIterable"])
      for plan in plans {
        if !plan.documentation.isEmpty { writer.documentation(plan.documentation) }
        let escaped = SwiftIdentifier.escaped(plan.name)
        writer.line(
          plan.name == plan.literal.dropFirst().dropLast() ? "case \(escaped)" : "case \(escaped) = \(plan.literal)")
      }
      emitNested(in: id)
      writer.closeBlock()
      return
    }
    // Open: a struct over its raw value, everything else from the runtime's `OpenEnumeration`.
    let openEnumeration = uses(.runtime("OpenEnumeration"))
    openTypeBlock("\(access)struct \(name)", conformances: [openEnumeration.description])
    writer.line("\(access)let rawValue: \(rawType)")
    writer.line("\(access)init(rawValue: \(rawType)) { self.rawValue = rawValue }")
    if !plans.isEmpty { writer.blankLine() }
    for plan in plans {
      if !plan.documentation.isEmpty { writer.documentation(plan.documentation) }
      // Computed, not `static let`: a stored static is a lazily initialized global with its own
      // accessor and once-token; 10,000 of them took 12.7 s to compile, computed ones 5 (debug).
      let head = "\(access)static var \(SwiftIdentifier.escaped(plan.name)): Self"
      let value = "Self(rawValue: \(plan.literal))"
      let single = head + " { " + value + " }"
      if writer.fits(single) {
        writer.line(single)
      } else {
        writer.block(head) { $0.line(value) }
      }
    }
    writer.blankLine()
    writer.documentation("The values the API lists.")
    if plans.count > Self.rawValueListThreshold {
      // An array literal of this many implicit members (`.value0`) took 14 s and 5.1 GB to compile
      // (10,000 values); raw literals mapped to values 6 s and 0.1 GB.
      listDeclaration(
        "\(access)static let allCases: [\(name)] = ", plans.map(\.literal), suffix: ".map(Self.init(rawValue:))")
    } else {
      listDeclaration(
        "\(access)static let allCases: [\(name)] = ", plans.map { "." + SwiftIdentifier.escaped($0.name) })
    }
    emitNested(in: id)
    writer.closeBlock()
  }

  /// Cases with a value of the enumeration's raw type, first occurrence of each value only.
  private func casePlans(_ rawType: EnumerationType.RawType, _ cases: [ResolvedCase]) -> [CasePlan] {
    var seen: Set<String> = []
    var plans: [CasePlan] = []
    for resolved in cases {
      let item = resolved.enumerationCase
      let literal: String
      switch (rawType, item.value) {
      case (.string, .string(let text)): literal = Self.literal(text)
      case (.string, .null): continue
      case (.string, let other): literal = Self.literal(other.jsonText)
      case (.integer, .integer(let number)): literal = String(number)
      case (.integer, _): continue
      }
      guard seen.insert(literal).inserted else { continue }
      plans.append(
        CasePlan(name: resolved.name, literal: literal, documentation: DocumentationText.forType(item.documentation)))
    }
    return plans
  }

  /// Above this many values, an open enumeration's `allCases` lists raw values, not members.
  static let rawValueListThreshold = 256

  /// `prefix[a, b]suffix` on one line when it fits, else one element per line.
  mutating func listDeclaration(_ prefix: String, _ elements: [String], suffix: String = "") {
    let single = prefix + "[" + elements.joined(separator: ", ") + "]" + suffix
    // swift-format breaks a collection literal that ends exactly at the limit, so stay below it.
    if writer.fits(single, plus: 1) || elements.isEmpty {
      writer.line(single)
      return
    }
    writer.line(prefix + "[")
    writer.indented { writer in
      for element in elements { writer.line(element + ",") }
    }
    writer.line("]" + suffix)
  }
}
