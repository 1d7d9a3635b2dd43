/// A fixed set of string or integer values (OpenAPI and Discovery `enum`, Lexicon `enum` and
/// `knownValues`).
///
/// Closed, it is a Swift `enum` with raw values (`case _1080p = "1080p"`); open, a `struct` over its raw
/// value conforming to `OpenEnumeration`, with a `static let` per listed value (`.mp4`), so an unlisted
/// value decodes and re-encodes unchanged.
public struct EnumerationType: Hashable, Sendable {
  /// The JSON kind of every value, and the Swift raw type (`String` or `Int`).
  public enum RawType: Hashable, Sendable {
    /// JSON strings: `String`.
    case string
    /// JSON integers: `Int`.
    case integer
  }

  /// One listed value.
  public struct Case: Hashable, Sendable {
    /// The value as written: `.string` for a `.string` raw type, `.integer` for `.integer` (front ends
    /// keep `null` out: it makes the use site nullable instead). The emitter names the case after it
    /// (`"MP4"` → `mp4`, `1` → `_1`, a Lexicon reference `app.bsky.graph.defs#modlist` → `modlist`);
    /// a value listed twice is declared once.
    public var value: JSONLiteral
    /// The case's doc comment (Discovery `enumDescriptions` and `enumDeprecated`).
    public var documentation: Documentation

    /// A case; undocumented by default.
    public init(value: JSONLiteral, documentation: Documentation = Documentation()) {
      self.value = value
      self.documentation = documentation
    }
  }

  /// What every case's value is.
  public var rawType: RawType
  /// The listed values, in the spec's order (`allCases` keeps it). May be empty.
  public var cases: [Case]
  /// Open sets accept values the spec does not list (servers add values); closed ones reject them.
  /// OpenAPI and Discovery enumerations are open (an API adding a value must not break decoding), and so
  /// are Lexicon `knownValues`; a Lexicon `enum` is closed. A closed set without cases is emitted open
  /// (Swift has no raw-value enum without cases).
  public var isOpen: Bool

  /// An enumeration; whether it is open is always the front end's explicit choice.
  public init(rawType: RawType, cases: [Case], isOpen: Bool) {
    self.rawType = rawType
    self.cases = cases
    self.isOpen = isOpen
  }
}
