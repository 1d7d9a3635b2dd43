import SchemaIR

/// Required members a caller need not pass: one the spec fixes (`const`, or an enumeration of one
/// value: `type: .createFile`) or gives a `default`. The initializer's parameter gets that value; the
/// member stays required on the wire, so it is always sent and always read.
extension DeclarationEmitter {
  /// The Swift expression for `field`'s fixed or default value, when it has one the type can spell.
  func requiredDefault(_ field: Field, type: SwiftType) -> String? {
    guard !field.isNullable else { return nil }
    if case .named(let id) = field.type, let declaration = symbols.declaration(id),
      case .enumeration(let enumeration) = declaration.kind
    {
      let cases = symbols.cases(of: id)
      let wanted = field.constraints.constant ?? field.documentation.defaultValue
      if let wanted, let match = cases.first(where: { $0.enumerationCase.value == wanted }) {
        return "." + SwiftIdentifier.escaped(match.name)
      }
      if enumeration.cases.count == 1, let only = cases.first {
        return "." + SwiftIdentifier.escaped(only.name)
      }
      return nil
    }
    guard case .primitive = field.type, let value = field.constraints.constant ?? field.documentation.defaultValue
    else { return nil }
    switch (value, type) {
    case (.string(let text), .named("String", in: .swift)): return Self.literal(text)
    case (.bool(let flag), .named("Bool", in: .swift)): return flag ? "true" : "false"
    case (.integer(let number), .named("Int", in: .swift)), (.integer(let number), .named("Int64", in: .swift)),
      (.integer(let number), .named("Double", in: .swift)):
      return String(number)
    case (.number(let text), .named("Double", in: .swift)) where Double(text) != nil: return text
    default: return nil
    }
  }
}
