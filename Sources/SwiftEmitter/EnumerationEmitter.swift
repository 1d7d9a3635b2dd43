import SchemaIR

/// Enumerations become Swift enums.
///
/// Closed sets use a raw-value enum (`String` or `Int`) with synthesized `Codable` and `CaseIterable`.
/// Open sets add `case unknown(String)` (or `Int`) that keeps any value the spec does not list, so a
/// server adding a value never breaks decoding; `init(rawValue:)` never fails, and `Codable` comes from
/// the standard library's `RawRepresentable` support. A closed set without usable cases is emitted
/// open (Swift rejects a raw-value enum without cases).
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
    let plans = casePlans(enumeration, names: symbols.cases(of: id))
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
    openTypeBlock(
      "\(access)enum \(name)", conformances: ["RawRepresentable"] + Self.valueConformances + ["CaseIterable"])
    for plan in plans {
      if !plan.documentation.isEmpty { writer.documentation(plan.documentation) }
      writer.line("case \(SwiftIdentifier.escaped(plan.name))")
    }
    writer.documentation("A value this version of the API does not list, kept as sent.")
    writer.line("case unknown(\(rawType))")

    writer.blankLine()
    writer.block("\(access)init(rawValue: \(rawType))") { writer in
      writer.switchBlock("rawValue") { writer in
        for plan in plans {
          writer.switchCase("case \(plan.literal)") { $0.line("self = .\(SwiftIdentifier.escaped(plan.name))") }
        }
        writer.switchCase("default") { $0.line("self = .unknown(rawValue)") }
      }
    }
    writer.blankLine()
    writer.block("\(access)var rawValue: \(rawType)") { writer in
      writer.switchBlock("self") { writer in
        for plan in plans {
          writer.switchCase("case .\(SwiftIdentifier.escaped(plan.name))") { $0.line("return \(plan.literal)") }
        }
        writer.switchCase("case .unknown(let value)") { $0.line("return value") }
      }
    }
    writer.blankLine()
    writer.documentation("The values the API lists.")
    let cases = plans.map { "." + SwiftIdentifier.escaped($0.name) }
    listDeclaration("\(access)static let allCases: [\(name)] = ", cases)
    emitNested(in: id)
    writer.closeBlock()
  }

  /// Cases with a value of the enumeration's raw type, first occurrence of each value only.
  private func casePlans(_ enumeration: EnumerationType, names: [String]) -> [CasePlan] {
    var seen: Set<String> = []
    var plans: [CasePlan] = []
    for (index, item) in enumeration.cases.enumerated() where index < names.count {
      let literal: String
      switch (enumeration.rawType, item.value) {
      case (.string, .string(let text)): literal = Self.literal(text)
      case (.string, .null): continue
      case (.string, let other): literal = Self.literal(other.jsonText)
      case (.integer, .integer(let number)): literal = String(number)
      case (.integer, _): continue
      }
      guard seen.insert(literal).inserted else { continue }
      plans.append(
        CasePlan(name: names[index], literal: literal, documentation: DocumentationText.forType(item.documentation)))
    }
    return plans
  }

  /// `prefix[a, b]` on one line when it fits, else one element per line.
  mutating func listDeclaration(_ prefix: String, _ elements: [String]) {
    let single = prefix + "[" + elements.joined(separator: ", ") + "]"
    // swift-format breaks a collection literal that ends exactly at the limit, so stay below it.
    if writer.indentation + single.count < 120 || elements.isEmpty {
      writer.line(single)
      return
    }
    writer.line(prefix + "[")
    writer.indented { writer in
      for element in elements { writer.line(element + ",") }
    }
    writer.line("]")
  }
}
