/// The checks behind `ValidationReport.check`, one per kind of value.
extension ValidationReport {
  mutating func checkText(_ value: String, _ constraint: Constraint, at path: ValidationPath) {
    switch constraint {
    case .minLength(let limit, let unit):
      let count = unit.count(value)
      guard count < limit else { return }
      let kind: Violation.Kind = unit == .graphemes ? .minGraphemes : .minLength
      add(kind, at: path, "must be at least \(limit) \(unit.noun(limit)) long (got \(count))")
    case .maxLength(let limit, let unit):
      let count = unit.count(value)
      guard count > limit else { return }
      let kind: Violation.Kind = unit == .graphemes ? .maxGraphemes : .maxLength
      add(kind, at: path, "must be at most \(limit) \(unit.noun(limit)) long (got \(count))")
    case .pattern(let pattern):
      if PatternCache.shared.text(value, matches: pattern) == false {
        add(.pattern, at: path, "must match the pattern \(pattern)")
      }
    case .constant(let expected):
      if expected != .string(value) {
        add(.constant, at: path, "must be \(Self.render(expected)) (got \(Self.render(.string(value))))")
      }
    case .minimum, .maximum, .multipleOf, .minItems, .maxItems, .uniqueItems, .mediaTypes, .maxSize:
      return
    }
  }

  mutating func checkNumber<Number: BinaryInteger>(_ value: Number, _ constraint: Constraint, at path: ValidationPath) {
    switch constraint {
    case .multipleOf(.integer(let divisor)):
      guard divisor != 0, let exact = Int64(exactly: value) else { return }
      let remainder = exact.remainderReportingOverflow(dividingBy: divisor)
      if !remainder.overflow, remainder.partialValue != 0 {
        add(.multipleOf, at: path, "must be a multiple of \(divisor) (got \(value))")
      }
    case .constant(let expected):
      let matches: Bool
      switch expected {
      case .integer(let number): matches = Int64(exactly: value) == number
      case .double(let number): matches = Double(value) == number
      default: matches = false
      }
      if !matches { add(.constant, at: path, "must be \(Self.render(expected)) (got \(value))") }
    default:
      checkBounds(constraint, order: { $0.order(of: value) }, shown: String(value), at: path)
      if case .multipleOf(let divisor) = constraint { checkMultiple(Double(value), of: divisor, at: path) }
    }
  }

  mutating func checkNumber<Number: BinaryFloatingPoint>(
    _ value: Number, _ constraint: Constraint, at path: ValidationPath
  ) {
    let number = Double(value)
    switch constraint {
    case .multipleOf(let divisor):
      checkMultiple(number, of: divisor, at: path)
    case .constant(let expected):
      if expected.doubleValue != number {
        add(.constant, at: path, "must be \(Self.render(expected)) (got \(number))")
      }
    default:
      checkBounds(constraint, order: { $0.order(of: value) }, shown: number.description, at: path)
    }
  }

  /// `minimum` and `maximum`, inclusive or exclusive; `order` says how the value compares with a bound.
  private mutating func checkBounds(
    _ constraint: Constraint, order: (ConstraintNumber) -> Int?, shown: String, at path: ValidationPath
  ) {
    switch constraint {
    case .minimum(let bound, let exclusive):
      guard let order = order(bound), exclusive ? order <= 0 : order < 0 else { return }
      let relation = exclusive ? "greater than" : "at least"
      add(.minimum, at: path, "must be \(relation) \(bound) (got \(shown))")
    case .maximum(let bound, let exclusive):
      guard let order = order(bound), exclusive ? order >= 0 : order > 0 else { return }
      let relation = exclusive ? "less than" : "at most"
      add(.maximum, at: path, "must be \(relation) \(bound) (got \(shown))")
    default:
      return
    }
  }

  /// `multipleOf` in floating point: the quotient must be integral, within a relative tolerance of
  /// 1e-9 so that decimal steps such as `0.01` (not exact in binary) accept `0.07`.
  private mutating func checkMultiple(_ value: Double, of divisor: ConstraintNumber, at path: ValidationPath) {
    let step = divisor.doubleValue
    guard step != 0, step.isFinite, value.isFinite else { return }
    let quotient = value / step
    guard quotient.isFinite, abs(quotient - quotient.rounded()) > 1e-9 * max(1, abs(quotient)) else { return }
    add(.multipleOf, at: path, "must be a multiple of \(divisor) (got \(value))")
  }

  mutating func checkItems<Element: Hashable>(_ value: [Element], _ constraint: Constraint, at path: ValidationPath) {
    switch constraint {
    case .minItems(let limit) where value.count < limit:
      add(.minItems, at: path, "must have at least \(limit) item\(limit == 1 ? "" : "s") (got \(value.count))")
    case .maxItems(let limit) where value.count > limit:
      add(.maxItems, at: path, "must have at most \(limit) item\(limit == 1 ? "" : "s") (got \(value.count))")
    case .uniqueItems:
      var seen: Set<Element> = []
      for (index, element) in value.enumerated() where !seen.insert(element).inserted {
        add(.uniqueItems, at: path, "items must be unique (item \(index) repeats an earlier one)")
        return
      }
    default:
      return
    }
  }

  /// A short JSON spelling of a `const` value for messages.
  static func render(_ value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .bool(let flag): String(flag)
    case .integer(let number): String(number)
    case .double(let number): number.description
    case .string(let text): "\"" + text + "\""
    case .array: "an array"
    case .object: "an object"
    }
  }
}
