/// A value that may be explicitly `null`, as opposed to absent.
///
/// JSON distinguishes a missing member from a member set to `null`; Swift's `Optional` cannot. Generated
/// code models an optional nullable property as `Nullable<T>?`: `nil` means "absent", ``null`` means
/// "present and null", and ``value(_:)`` carries the value. A required nullable property is `Nullable<T>`.
/// The `KeyedDecodingContainer`/`KeyedEncodingContainer` overloads in this module make synthesized
/// `Codable` keep that distinction.
public enum Nullable<Wrapped> {
  /// The JSON literal `null`, written explicitly.
  case null
  /// A non-null value.
  case value(Wrapped)

  /// The wrapped value, or `nil` for ``null``.
  public var value: Wrapped? {
    if case .value(let wrapped) = self { return wrapped }
    return nil
  }
}

extension Nullable: Equatable where Wrapped: Equatable {}
extension Nullable: Hashable where Wrapped: Hashable {}
extension Nullable: Sendable where Wrapped: Sendable {}
