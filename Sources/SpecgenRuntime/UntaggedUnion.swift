/// The members an object variant of an untagged union (`oneOf`/`anyOf` without a discriminator)
/// declares, so decoding can try first the variant that accounts for most of an object.
public struct VariantMembers: Sendable {
  /// Every member name the variant declares.
  public var known: Set<String>
  /// The members it cannot do without.
  public var required: Set<String>
  /// The variant keeps members it does not declare (`additionalProperties`), so none is unknown to it.
  public var keepsOthers: Bool

  /// Takes arrays, not sets: generated tables list hundreds of these, and array literals of strings
  /// type-check fast where set literals do not.
  public init(known: [String], required: [String], keepsOthers: Bool = false) {
    self.known = Set(known)
    self.required = Set(required)
    self.keepsOthers = keepsOthers
  }
}

/// Chooses the order in which an untagged union tries its variants.
///
/// Trying them in the spec's order and keeping the first that decodes loses data: `{text, segments}`
/// decodes as a variant declaring only `text`, and `segments` is dropped. For an object, variants whose
/// required members are all present come first, then the ones that leave the fewest members unknown,
/// then those that recognise the most; the spec's order breaks ties. Variants that are not objects
/// (`nil` members) keep their place after the object variants when the value is an object, and every
/// variant keeps the spec's order when it is not.
public enum UntaggedUnion {
  /// The variant indexes of `members` in the order to try them for the value `decoder` holds.
  public static func order(_ decoder: any Decoder, _ members: [VariantMembers?]) -> [Int] {
    guard let container = try? decoder.container(keyedBy: AnyCodingKey.self) else {
      return Array(members.indices)
    }
    let present = Set(container.allKeys.map(\.stringValue))
    return order(present: present, members)
  }

  /// The order for an object with the `present` member names.
  public static func order(present: Set<String>, _ members: [VariantMembers?]) -> [Int] {
    func rank(_ index: Int) -> (Int, Int, Int, Int) {
      guard let variant = members[index] else { return (2, 0, 0, index) }
      let missing = variant.required.isSubset(of: present) ? 0 : 1
      let recognised = present.intersection(variant.known).count
      let unknown = variant.keepsOthers ? 0 : present.count - recognised
      return (missing, unknown, -recognised, index)
    }
    return members.indices.sorted { rank($0) < rank($1) }
  }
}
