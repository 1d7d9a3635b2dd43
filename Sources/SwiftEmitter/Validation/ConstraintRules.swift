import SchemaIR

/// Turns IR `Constraints` into the `Constraint` arguments generated code passes to the runtime's
/// `ValidationReport.check`, for one kind of value.
///
/// Only constraints that fit the value's kind become rules (`pattern` on text, bounds on numbers,
/// item counts on arrays). A `pattern` Swift `Regex` cannot compile is left out with a note, so
/// generated code never traps on a spec's regex; bounds that are not numbers are left out likewise.
struct ConstraintRules {
  /// The kinds of value the runtime checks.
  enum ValueKind {
    case text
    case integer
    case number
    case boolean
    case array
    /// AT Protocol `blob` (`Blob`).
    case blob
    /// AT Protocol `bytes` (`ATBytes`).
    case binary

    /// The argument label of `ValidationReport.check` for a value of this kind: one function per
    /// label, so a call with literal constraints never needs overload resolution.
    var checkLabel: String {
      switch self {
      case .text: "text"
      case .integer: "integer"
      case .number: "number"
      case .boolean: "bool"
      case .array: "items"
      case .blob: "blob"
      case .binary: "bytes"
      }
    }
  }

  /// What string `minLength` / `maxLength` count, from the module's input language.
  let lengthUnit: StringLengthUnit

  /// Rules as Swift expressions (`.maximum(1800)`), and notes on constraints left out.
  struct Result {
    var rules: [String] = []
    var notes: [String] = []
  }

  func rules(_ constraints: Constraints, for kind: ValueKind) -> Result {
    var result = Result()
    switch kind {
    case .text:
      let unit = lengthUnit == .utf8Bytes ? ".utf8Bytes" : ".characters"
      if let value = constraints.minLength { result.rules.append(".minLength(\(value), \(unit))") }
      if let value = constraints.maxLength { result.rules.append(".maxLength(\(value), \(unit))") }
      if let value = constraints.minGraphemes { result.rules.append(".minLength(\(value), .graphemes)") }
      if let value = constraints.maxGraphemes { result.rules.append(".maxLength(\(value), .graphemes)") }
      if let pattern = constraints.pattern {
        if Self.compiles(pattern) {
          result.rules.append(".pattern(\(DeclarationEmitter.literal(pattern)))")
        } else {
          result.notes.append("pattern not checked: Swift Regex cannot compile " + Self.commentSafe(pattern))
        }
      }
    case .integer, .number:
      if let bound = constraints.minimum { appendBound("minimum", bound, into: &result) }
      if let bound = constraints.maximum { appendBound("maximum", bound, into: &result) }
      if let step = constraints.multipleOf {
        if let number = Self.number(step) {
          result.rules.append(".multipleOf(\(number))")
        } else {
          result.notes.append("multipleOf not checked: " + Self.commentSafe(step) + " is not a number")
        }
      }
    case .array:
      if let value = constraints.minItems { result.rules.append(".minItems(\(value))") }
      if let value = constraints.maxItems { result.rules.append(".maxItems(\(value))") }
      if constraints.uniqueItems { result.rules.append(".uniqueItems") }
    case .blob:
      if !constraints.acceptedMediaTypes.isEmpty {
        let types = constraints.acceptedMediaTypes.map(DeclarationEmitter.literal).joined(separator: ", ")
        result.rules.append(".mediaTypes([\(types)])")
      }
      if let value = constraints.maxSize { result.rules.append(".maxSize(\(value))") }
    case .binary:
      if let value = constraints.minLength { result.rules.append(".minLength(\(value), .bytes)") }
      if let value = constraints.maxLength { result.rules.append(".maxLength(\(value), .bytes)") }
    case .boolean:
      break
    }
    if let constant = constraints.constant, let value = Self.constant(constant, for: kind) {
      result.rules.append(".constant(\(value))")
    }
    return result
  }

  private func appendBound(_ name: String, _ bound: Constraints.Bound, into result: inout Result) {
    guard let number = Self.number(bound.value) else {
      result.notes.append(name + " not checked: " + Self.commentSafe(bound.value) + " is not a number")
      return
    }
    result.rules.append(".\(name)(\(number)\(bound.isExclusive ? ", exclusive: true" : ""))")
  }

  /// A number as a Swift literal for `ConstraintNumber`: integer text when it fits `Int64`, else the
  /// nearest `Double` (so `9223372036854776000` still compiles); nil when it is not a finite number.
  static func number(_ text: String) -> String? {
    if let integer = Int64(text) { return String(integer) }
    guard let double = Double(text), double.isFinite, text.allSatisfy(\.isJSONNumberCharacter) else { return nil }
    return double.description
  }

  /// A `const` as a `JSONValue` literal, when it is the kind the value holds.
  private static func constant(_ literal: JSONLiteral, for kind: ValueKind) -> String? {
    switch (kind, literal) {
    case (.text, .string(let text)): DeclarationEmitter.literal(text)
    case (.integer, .integer(let number)), (.number, .integer(let number)): String(number)
    case (.number, .number(let text)): number(text)
    case (.boolean, .bool(let flag)): String(flag)
    default: nil
    }
  }

  private static func compiles(_ pattern: String) -> Bool {
    (try? Regex(pattern)) != nil
  }

  /// Spec text for a one-line `//` comment: control characters become spaces, length is capped.
  private static func commentSafe(_ text: String) -> String {
    let flat = String(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : Character($0) })
    return flat.count > 60 ? "\"" + flat.prefix(60) + "…\"" : "\"" + flat + "\""
  }
}

extension Character {
  fileprivate var isJSONNumberCharacter: Bool {
    isASCII && (isNumber || "+-.eE".contains(self))
  }
}
