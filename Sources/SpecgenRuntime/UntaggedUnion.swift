/// The members an object variant of an untagged union (`oneOf`/`anyOf` without a discriminator)
/// declares, or those of an array variant's elements, so decoding can try first the variant that
/// accounts for most of a value.
public struct VariantMembers: Sendable {
  /// Every member name the variant declares.
  public var known: Set<String>
  /// The members it cannot do without.
  public var required: Set<String>
  /// The variant keeps members it does not declare (`additionalProperties`), so none is unknown to it.
  public var keepsOthers: Bool
  /// Storage for `element`: an array gives the recursion the indirection a struct needs.
  private var elementStorage: [VariantMembers]

  /// For an array variant: the members of its elements (`nil` for an object variant).
  public var element: VariantMembers? { elementStorage.first }

  /// An object variant. Takes arrays, not sets: generated tables list hundreds of these, and array
  /// literals of strings type-check fast where set literals do not.
  public init(known: [String], required: [String], keepsOthers: Bool = false) {
    self.known = Set(known)
    self.required = Set(required)
    self.keepsOthers = keepsOthers
    self.elementStorage = []
  }

  /// An array variant whose elements are objects with `elements`' members.
  public init(elements: VariantMembers) {
    self.known = []
    self.required = []
    self.keepsOthers = false
    self.elementStorage = [elements]
  }
}

/// Chooses the order in which an untagged union tries its variants.
///
/// Trying them in the spec's order and keeping the first that decodes loses data: `{text, segments}`
/// decodes as a variant declaring only `text`, and `segments` is dropped. For an object, variants whose
/// required members are all present come first, then the ones that leave the fewest members unknown,
/// then those that recognise the most; the spec's order breaks ties. An array of objects ranks the
/// array variants the same way by the members of its first elements. Variants that do not fit the
/// value's shape keep their place after the others, and every variant keeps the spec's order for a
/// scalar.
public enum UntaggedUnion {
  /// How many elements of an array are looked at to rank array variants.
  static let sampledElements = 8

  /// The variant indexes of `members` in the order to try them for the value `decoder` holds.
  ///
  /// ``StrictJSONDecoder`` answers from the parsed text; any other decoder is asked for an object, then
  /// an array, each attempt that fails throwing an error that is discarded.
  public static func order(_ decoder: any Decoder, _ members: [VariantMembers?]) -> [Int] {
    if let decoder = ParsedJSONDecoder.of(decoder) { return order(decoder, members) }
    if let container = try? decoder.container(keyedBy: AnyCodingKey.self) {
      return order(present: Set(container.allKeys.map(\.stringValue)), members)
    }
    guard var list = try? decoder.unkeyedContainer() else { return Array(members.indices) }
    var present: Set<String> = []
    var sampled = 0
    while !list.isAtEnd, sampled < sampledElements {
      guard let element = try? list.nestedContainer(keyedBy: AnyCodingKey.self) else { break }
      present.formUnion(element.allKeys.map(\.stringValue))
      sampled += 1
    }
    guard sampled > 0 else { return Array(members.indices) }
    return order(present: present, members.map { $0?.element })
  }

  private static func order(_ decoder: ParsedJSONDecoder, _ members: [VariantMembers?]) -> [Int] {
    switch decoder.kind(of: decoder.node) {
    case .object:
      return order(present: Set(decoder.memberNames(of: decoder.node)), members)
    case .array:
      var present: Set<String> = []
      var sampled = 0
      for element in decoder.elements(of: decoder.node, limit: sampledElements) {
        guard decoder.kind(of: element) == .object else { break }
        present.formUnion(decoder.memberNames(of: element))
        sampled += 1
      }
      guard sampled > 0 else { return Array(members.indices) }
      return order(present: present, members.map { $0?.element })
    default:
      return Array(members.indices)
    }
  }

  /// The order for an object with the `present` member names.
  public static func order(present: Set<String>, _ members: [VariantMembers?]) -> [Int] {
    func rank(_ index: Int) -> (Int, Int, Int, Int) {
      guard let variant = members[index], variant.element == nil else { return (2, 0, 0, index) }
      let missing = variant.required.isSubset(of: present) ? 0 : 1
      let recognised = present.intersection(variant.known).count
      let unknown = variant.keepsOthers ? 0 : present.count - recognised
      return (missing, unknown, -recognised, index)
    }
    return members.indices.sorted { rank($0) < rank($1) }
  }
}

extension UntaggedUnion {
  /// The error a generated untagged union throws when none of its variants accepts the value:
  /// `DecodingError.dataCorrupted` at `decoder`'s coding path, its description "no variant accepted the
  /// value; tried " followed by `variants`, the case names in the order tried (`"string, number"`).
  ///
  /// Each union's decoder ends with one call instead of building the context itself, which kept the
  /// same four lines in every generated union.
  public static func noVariantAccepted(_ decoder: any Decoder, tried variants: String) -> DecodingError {
    .dataCorrupted(
      DecodingError.Context(
        codingPath: decoder.codingPath, debugDescription: "no variant accepted the value; tried " + variants))
  }
}
