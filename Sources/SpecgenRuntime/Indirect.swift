/// Stores a property out of line, so a struct can contain itself (`parent: TreeNode?`).
///
/// A struct cannot hold a value of its own type inline (its size would be infinite); the generator wraps
/// such recursive fields as `@Indirect var parent: TreeNode?`. The value lives in an immutable box, and the
/// setter replaces the box rather than mutating it, so copies of the struct never share changes: value
/// semantics are kept without copy-on-write bookkeeping.
///
/// `Indirect` is invisible in JSON: it encodes and decodes exactly as `Value`.
@propertyWrapper
public struct Indirect<Value> {
  private var storage: IndirectStorage<Value>

  /// Boxes `wrappedValue`.
  public init(wrappedValue: Value) {
    storage = IndirectStorage(wrappedValue)
  }

  /// The boxed value; setting it allocates a new box.
  public var wrappedValue: Value {
    get { storage.value }
    set { storage = IndirectStorage(newValue) }
  }
}

/// The immutable heap box behind ``Indirect``.
final class IndirectStorage<Value> {
  let value: Value

  init(_ value: Value) {
    self.value = value
  }
}

// The box is final with one `let`, so the compiler checks it is as safe to share as `Value` itself.
extension IndirectStorage: Sendable where Value: Sendable {}
extension Indirect: Sendable where Value: Sendable {}

extension Indirect: Equatable where Value: Equatable {
  /// Compares the boxed values, never the boxes' identities.
  public static func == (lhs: Indirect, rhs: Indirect) -> Bool {
    lhs.wrappedValue == rhs.wrappedValue
  }
}

extension Indirect: Hashable where Value: Hashable {
  /// Hashes the boxed value.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(wrappedValue)
  }
}
