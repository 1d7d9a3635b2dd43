/// A set of values an API lists and may extend: a value it does not list yet is kept as sent.
///
/// Generated code declares an open enumeration as a struct holding its raw value, with one computed
/// static property per listed value and `allCases` in the spec's order:
///
/// ```swift
/// public struct Status: OpenEnumeration {
///   public let rawValue: String
///   public init(rawValue: String) { self.rawValue = rawValue }
///
///   public static var active: Self { Self(rawValue: "active") }
///   public static var closed: Self { Self(rawValue: "closed") }
///
///   public static let allCases: [Status] = [.active, .closed]
/// }
/// ```
///
/// Everything else comes from this protocol's extension: values compare and hash by raw value (so
/// `Status(rawValue: "active") == .active`), `Codable` reads and writes the bare raw value, and
/// `description` is the raw value. `switch` matches the listed values by equality (`case .active:`);
/// a `default:` branch reads any other value from `rawValue`. ``isListed`` tells the two apart.
public protocol OpenEnumeration: RawRepresentable, CaseIterable, Codable, Hashable, Sendable,
  CustomStringConvertible
where RawValue: Codable & Hashable & Sendable, AllCases == [Self] {
  /// Any raw value: never fails, a value the API does not list is kept as sent.
  init(rawValue: RawValue)
}

extension OpenEnumeration {
  /// Reads the bare raw value (a JSON string or integer).
  public init(from decoder: any Decoder) throws {
    self.init(rawValue: try decoder.singleValueContainer().decode(RawValue.self))
  }

  /// Writes the bare raw value.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// Equal raw values are equal values, whether or not the API lists them.
  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }

  /// Hashes the raw value, consistently with `==`.
  public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

  /// The raw value, as written on the wire.
  public var description: String { "\(rawValue)" }

  /// Whether the API lists this value (it is one of `allCases`).
  public var isListed: Bool { Self.allCases.contains(self) }
}
