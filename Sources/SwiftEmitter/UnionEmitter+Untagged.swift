import JSONText
import SchemaIR

/// The members an object variant declares, as the ranking of `UntaggedUnion` needs them.
struct ObjectMembers: Hashable {
  var known: [String]
  var required: [String]
  var keepsOthers: Bool
  /// For an array variant: the members of its elements (one entry), which are objects.
  var elements: [ObjectMembers] = []
}

/// Untagged unions with several object variants: decoding tries them in the order the runtime's
/// `UntaggedUnion.order` gives for the members the value has, so `{text, segments}` is read by the
/// variant declaring both, not by an earlier one declaring only `text`.
extension DeclarationEmitter {
  /// The members of `type` when it is an object (through aliases), `nil` for any other shape. A map or
  /// any JSON value keeps every member; a union of objects knows what any of its variants knows and
  /// requires what all of them require.
  func objectMembers(_ type: TypeReference, depth: Int = 0) -> ObjectMembers? {
    guard depth < 16 else { return nil }
    switch type {
    case .map, .any:
      return ObjectMembers(known: [], required: [], keepsOthers: true)
    case .array(let item):
      guard let element = objectMembers(item, depth: depth + 1), element.elements.isEmpty else { return nil }
      return ObjectMembers(known: [], required: [], keepsOthers: false, elements: [element])
    case .named(let id):
      guard let declaration = symbols.declaration(id) else { return nil }
      switch declaration.kind {
      case .alias(let target):
        return objectMembers(target, depth: depth + 1)
      case .object(let object):
        var keepsOthers = false
        if case .kept = object.additionalProperties { keepsOthers = true }
        return ObjectMembers(
          known: object.fields.map(\.jsonName), required: object.fields.filter(\.isRequired).map(\.jsonName),
          keepsOthers: keepsOthers)
      case .union(let union):
        var combined: ObjectMembers?
        for variant in union.variants {
          guard let members = objectMembers(variant.type, depth: depth + 1), members.elements.isEmpty else {
            return nil
          }
          guard let sofar = combined else {
            combined = members
            continue
          }
          combined = ObjectMembers(
            known: sofar.known + members.known.filter { !sofar.known.contains($0) },
            required: sofar.required.filter(members.required.contains),
            keepsOthers: sofar.keepsOthers || members.keepsOthers)
        }
        if let discriminator = union.discriminator, var members = combined, !members.known.contains(discriminator) {
          members.known.append(discriminator)
          combined = members
        }
        return combined
      case .enumeration:
        return nil
      }
    default:
      return nil
    }
  }

  /// The `JSONKind` case (`string`, `object`, ...) every value of `type` is, nil when its values may be of
  /// more than one kind (`JSONValue`, a file, an integer written as a string or a number, a union of
  /// several kinds), so the variant is tried whatever the value's kind.
  func jsonKind(_ type: TypeReference, depth: Int = 0) -> JSONText.ValueKind? {
    guard depth < 16 else { return nil }
    switch type {
    case .primitive(let primitive): return TypeMapper.jsonKind(primitive)
    case .array: return .array
    case .map: return .object
    case .any: return nil
    case .named(let id):
      guard let declaration = symbols.declaration(id) else { return nil }
      switch declaration.kind {
      case .alias(let target): return jsonKind(target, depth: depth + 1)
      case .object: return .object
      case .enumeration(let enumeration): return enumeration.rawType == .string ? .string : .integer
      case .union(let union):
        guard union.discriminator == nil else { return .object }
        let kinds = union.variants.map { jsonKind($0.type, depth: depth + 1) }
        // An open union keeps any other value as `unknown`.
        guard !union.isOpen, let first = kinds.first, kinds.allSatisfy({ $0 == first }) else { return nil }
        return first
      }
    }
  }

  mutating func emitRankedDecoding(_ plans: [VariantPlan], isOpen: Bool) {
    let untaggedUnion = uses(.runtime("UntaggedUnion"))
    let kindType = kindCheck(plans)
    writer.documentation(
      """
      Decodes the first variant that accepts the value, trying object variants in the order \
      `UntaggedUnion` ranks them for the members the value has, then the others in the API's order
      """ + (kindType == nil ? "." : Self.kindSentence))
    writer.block("\(access)init(from decoder: any Decoder) throws") { writer in
      Self.writeKind(kindType, writer: &writer)
      writer.block("for variant in \(untaggedUnion).order(decoder, Self.variantMembers)") { writer in
        writer.switchBlock("variant") { writer in
          for (index, plan) in plans.enumerated() {
            writer.switchCase("case \(index)") { writer in
              Self.writeAttempt(plan, writer: &writer)
            }
          }
          writer.switchCase("default") { $0.line("break") }
        }
      }
      Self.writeNoVariantAccepted(plans, untaggedUnion: isOpen ? nil : untaggedUnion, writer: &writer)
    }
    writer.blankLine()
    writer.documentation("The members each variant declares, in case order (`nil`: the variant is not an object).")
    writer.line("private static let variantMembers: [VariantMembers?] = [")
    writer.indented { writer in
      for plan in plans {
        guard let members = plan.members else {
          writer.line("nil,")
          continue
        }
        Self.writeMembers(members, suffix: ",", writer: &writer)
      }
    }
    writer.line("]")
  }

  /// `VariantMembers(known: […], required: […])` (or `VariantMembers(elements: …)` for an array variant)
  /// on one line when it fits, else one argument per line.
  private static func writeMembers(_ members: ObjectMembers, suffix: String, writer: inout SwiftCodeWriter) {
    let single = singleLine(members) + suffix
    if writer.fits(single) { return writer.line(single) }
    writer.line("VariantMembers(")
    writer.indented { writer in
      if let element = members.elements.first {
        writer.line("elements:")
        writer.indented { writeMembers(element, suffix: ")" + suffix, writer: &$0) }
        return
      }
      Self.writeList("known", members.known, writer: &writer)
      let keeps = members.keepsOthers ? ", keepsOthers: true" : ""
      Self.writeList("required", members.required, suffix: keeps + ")" + suffix, writer: &writer)
    }
  }

  private static func singleLine(_ members: ObjectMembers) -> String {
    if let element = members.elements.first { return "VariantMembers(elements: " + singleLine(element) + ")" }
    let keeps = members.keepsOthers ? ", keepsOthers: true" : ""
    return "VariantMembers(known: [" + members.known.map(literal).joined(separator: ", ") + "], required: ["
      + members.required.map(literal).joined(separator: ", ") + "]" + keeps + ")"
  }

  /// `label: ["a", "b"],` on one line when it fits, else one string per line.
  private static func writeList(
    _ label: String, _ items: [String], suffix: String = ",", writer: inout SwiftCodeWriter
  ) {
    let literals = items.map(literal)
    let single = label + ": [" + literals.joined(separator: ", ") + "]" + suffix
    guard !writer.fits(single) else { return writer.line(single) }
    writer.line(label + ": [")
    writer.indented { writer in
      for item in literals { writer.line(item + ",") }
    }
    writer.line("]" + suffix)
  }
}
