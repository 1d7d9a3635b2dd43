import SchemaIR

/// The text of a documentation comment for a type, field or case, before wrapping.
///
/// Title and description come first, then one `- Name:` line each for what the schema says beyond
/// the type: default, examples (as JSON), constraints, read-only/write-only, deprecation.
package enum DocumentationText {
  /// Longest JSON shown for a default or example; longer ones end in `…` to keep lines short.
  static let maximumJSONLength = 90

  package static func forType(_ documentation: Documentation) -> String {
    compose(documentation, notes: [])
  }

  package static func forField(_ field: Field) -> String {
    var notes: [String] = []
    if let constraints = summary(of: field.constraints) { notes.append("- Constraints: " + constraints) }
    if field.isReadOnly { notes.append("- Note: Read-only: sent by the server, ignored in requests.") }
    if field.isWriteOnly { notes.append("- Note: Write-only: accepted in requests, never returned.") }
    return compose(field.documentation, notes: notes)
  }

  private static func compose(_ documentation: Documentation, notes extra: [String]) -> String {
    var paragraphs: [String] = []
    if let title = documentation.title?.trimmed, !title.isEmpty { paragraphs.append(title) }
    if let description = documentation.description?.trimmed, !description.isEmpty,
      description != documentation.title?.trimmed
    {
      paragraphs.append(description)
    }
    var notes: [String] = []
    if let value = documentation.defaultValue { notes.append("- Default: " + code(value)) }
    for example in documentation.examples { notes.append("- Example: " + code(example)) }
    notes += extra
    if documentation.isDeprecated { notes.append("- Warning: Deprecated.") }
    if !notes.isEmpty { paragraphs.append(notes.joined(separator: "\n")) }
    return paragraphs.joined(separator: "\n\n")
  }

  /// `minimum 0, maximum 1800, max length 10, pattern ^a$` — or nil when unconstrained.
  static func summary(of constraints: Constraints) -> String? {
    var parts: [String] = []
    if let bound = constraints.minimum {
      parts.append((bound.isExclusive ? "exclusive minimum " : "minimum ") + bound.value)
    }
    if let bound = constraints.maximum {
      parts.append((bound.isExclusive ? "exclusive maximum " : "maximum ") + bound.value)
    }
    if let value = constraints.multipleOf { parts.append("multiple of " + value) }
    if let value = constraints.minLength { parts.append("min length \(value)") }
    if let value = constraints.maxLength { parts.append("max length \(value)") }
    if let value = constraints.minGraphemes { parts.append("min graphemes \(value)") }
    if let value = constraints.maxGraphemes { parts.append("max graphemes \(value)") }
    if let value = constraints.minItems { parts.append("min items \(value)") }
    if let value = constraints.maxItems { parts.append("max items \(value)") }
    if constraints.uniqueItems { parts.append("unique items") }
    if let value = constraints.pattern { parts.append("pattern " + code(text: value)) }
    if let value = constraints.constant { parts.append("always " + code(value)) }
    return parts.isEmpty ? nil : parts.joined(separator: ", ")
  }

  private static func code(_ value: JSONLiteral) -> String {
    code(text: value.jsonText)
  }

  /// Inline code, shortened when long; backticks inside widen the fence.
  private static func code(text: String) -> String {
    var text = text
    if text.utf8.contains(UInt8(ascii: "\n")) {
      text = String(decoding: text.utf8.map { $0 == UInt8(ascii: "\n") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }
    if text.utf8.count > maximumJSONLength, text.count > maximumJSONLength {
      text = String(text.prefix(maximumJSONLength)) + "…"
    }
    let backtick = UInt8(ascii: "`")
    let fence = text.utf8.contains(backtick) ? "``" : "`"
    let padding = text.utf8.first == backtick || text.utf8.last == backtick ? " " : ""
    return fence + padding + text + padding + fence
  }
}

extension String {
  /// Without leading and trailing whitespace (spaces, tabs, line breaks).
  fileprivate var trimmed: String {
    func isBlank(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        || byte == UInt8(ascii: "\t")
    }
    let bytes = utf8
    guard let first = bytes.first, let last = bytes.last, isBlank(first) || isBlank(last) else { return self }
    let leading = bytes.prefix(while: isBlank).count
    let trailing = bytes.reversed().prefix(while: isBlank).count
    guard leading < bytes.count else { return "" }
    return String(decoding: bytes.dropFirst(leading).dropLast(trailing), as: UTF8.self)
  }
}
