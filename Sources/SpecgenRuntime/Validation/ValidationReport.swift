/// Collects violations while a value validates itself.
///
/// Generated `validate(at:into:)` bodies call one `check` per constrained member, passing the member's
/// value (nil when absent or null: nothing to check) and its constraints. Every check runs, so one
/// pass reports every violation, not just the first. Each kind of value has its own argument label
/// (`check(text:…)`, `check(integer:…)`, …), so the compiler never chooses among overloads for a call
/// whose constraints are literals: type-checking a generated body stays linear in its length.
public struct ValidationReport: Sendable {
  /// The violations found so far, in the order they were found.
  public private(set) var violations: [Violation] = []

  public init() {}

  /// Records a violation.
  public mutating func add(_ kind: Violation.Kind, at path: ValidationPath, _ message: String) {
    violations.append(Violation(path: path.description, kind: kind, message: message))
  }

  /// Length, `pattern` and `const` constraints on text.
  public mutating func check(text value: String?, at path: ValidationPath, _ constraints: Constraint...) {
    guard let value else { return }
    for constraint in constraints { checkText(value, constraint, at: path) }
  }

  /// Bound, `multipleOf` and `const` constraints on an integer.
  public mutating func check<Number: BinaryInteger>(
    integer value: Number?, at path: ValidationPath, _ constraints: Constraint...
  ) {
    guard let value else { return }
    for constraint in constraints { checkNumber(value, constraint, at: path) }
  }

  /// Bound, `multipleOf` and `const` constraints on a floating-point number.
  public mutating func check<Number: BinaryFloatingPoint>(
    number value: Number?, at path: ValidationPath, _ constraints: Constraint...
  ) {
    guard let value else { return }
    for constraint in constraints { checkNumber(value, constraint, at: path) }
  }

  /// AT Protocol binary values kept as JSON: lengths of `bytes` (`{"$bytes": ...}`, counted in decoded
  /// bytes) and `accept` / `maxSize` of blobs (objects with a `mimeType`; legacy blobs have no `size`).
  public mutating func check(binaryJSON value: JSONValue?, at path: ValidationPath, _ constraints: Constraint...) {
    guard case .object(let members) = value else { return }
    for constraint in constraints { checkBinary(members, constraint, at: path) }
  }

  /// `const` on a Boolean.
  public mutating func check(bool value: Bool?, at path: ValidationPath, _ constraints: Constraint...) {
    guard let value else { return }
    for case .constant(let expected) in constraints where expected != .bool(value) {
      add(.constant, at: path, "must be \(Self.render(expected)) (got \(value))")
    }
  }

  /// `minItems`, `maxItems` and `uniqueItems` on an array.
  public mutating func check<Element: Hashable>(
    items value: [Element]?, at path: ValidationPath, _ constraints: Constraint...
  ) {
    guard let value else { return }
    for constraint in constraints { checkItems(value, constraint, at: path) }
  }

  /// Constraints on every element of an array of text, each at `path[index]`.
  public mutating func checkEach(text values: [String]?, at path: ValidationPath, _ constraints: Constraint...) {
    for (index, value) in (values ?? []).enumerated() {
      for constraint in constraints { checkText(value, constraint, at: path.index(index)) }
    }
  }

  /// Constraints on the raw text of every element of an array of string enumerations or `DateTime`s.
  public mutating func checkEach<Value: RawRepresentable>(
    rawText values: [Value]?, at path: ValidationPath, _ constraints: Constraint...
  ) where Value.RawValue == String {
    for (index, value) in (values ?? []).enumerated() {
      for constraint in constraints { checkText(value.rawValue, constraint, at: path.index(index)) }
    }
  }

  /// Constraints on every element of an array of integers, each at `path[index]`.
  public mutating func checkEach<Number: BinaryInteger>(
    integer values: [Number]?, at path: ValidationPath, _ constraints: Constraint...
  ) {
    for (index, value) in (values ?? []).enumerated() {
      for constraint in constraints { checkNumber(value, constraint, at: path.index(index)) }
    }
  }

  /// Constraints on every element of an array of floating-point numbers, each at `path[index]`.
  public mutating func checkEach<Number: BinaryFloatingPoint>(
    number values: [Number]?, at path: ValidationPath, _ constraints: Constraint...
  ) {
    for (index, value) in (values ?? []).enumerated() {
      for constraint in constraints { checkNumber(value, constraint, at: path.index(index)) }
    }
  }

  /// Membership of a closed enumeration whose Swift type can still hold unlisted values (it has an
  /// `unknown` case). Open enumerations never call this: any value is fine there.
  public mutating func checkListed<Value: CaseIterable & RawRepresentable & Equatable>(
    _ value: Value?, at path: ValidationPath
  ) {
    guard let value, !Value.allCases.contains(value) else { return }
    add(.enumeration, at: path, "must be one of the listed values (got \(value.rawValue))")
  }
}
