/// A value that can check itself against the constraints its API description declares.
///
/// Generated models conform when some constraint applies anywhere inside them; the conformance
/// checks their own members and asks members of other validatable types to check themselves.
/// Optionals, `Nullable`, arrays and `[String: T]` maps of validatable values are validatable too,
/// so recursion follows the value's shape without extra generated code.
///
/// Required members need no check at run time: the generated type makes them non-optional.
public protocol Validatable {
  /// Appends every violation of this value, located below `path`, to `report`.
  func validate(at path: ValidationPath, into report: inout ValidationReport)
}

extension Validatable {
  /// Throws every violation of this value at once; returns when there is none.
  public func validate() throws(ValidationError) {
    let found = violations
    if !found.isEmpty { throw ValidationError(violations: found) }
  }

  /// Every violation of this value, in member order; empty when the value is valid.
  public var violations: [Violation] {
    var report = ValidationReport()
    validate(at: ValidationPath(), into: &report)
    return report.violations
  }
}

extension Optional: Validatable where Wrapped: Validatable {
  /// An absent value breaks nothing (required members are non-optional by type).
  public func validate(at path: ValidationPath, into report: inout ValidationReport) {
    if let value = self { value.validate(at: path, into: &report) }
  }
}

extension Nullable: Validatable where Wrapped: Validatable {
  /// An explicit `null` breaks nothing; a value is checked in place.
  public func validate(at path: ValidationPath, into report: inout ValidationReport) {
    if case .value(let value) = self { value.validate(at: path, into: &report) }
  }
}

extension Array: Validatable where Element: Validatable {
  /// Each element, at `path[index]`.
  public func validate(at path: ValidationPath, into report: inout ValidationReport) {
    for (index, element) in enumerated() {
      element.validate(at: path.index(index), into: &report)
    }
  }
}

extension Dictionary: Validatable where Key == String, Value: Validatable {
  /// Each entry, at `path["key"]`, in key order so reports are deterministic.
  public func validate(at path: ValidationPath, into report: inout ValidationReport) {
    for key in keys.sorted() {
      self[key]?.validate(at: path.key(key), into: &report)
    }
  }
}
