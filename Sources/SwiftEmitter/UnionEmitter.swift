import JSONText
import SchemaIR

/// Unions (`oneOf`, `anyOf`, Lexicon unions) become enums with one case per variant carrying its value.
///
/// With a discriminator, decoding reads that member and picks the variant whose tags (or, without
/// tags, whose source name) match; an unknown tag becomes `unknown(JSONValue)` for open unions and a
/// `DecodingError` otherwise. Without one, variants are tried in turn and the first that decodes wins:
/// in the spec's order, or, when two or more variants are objects, in the order `UntaggedUnion` ranks
/// them for the members the value has (a variant that would drop some of them comes later). A variant
/// of one JSON kind (`JSONKind`) is tried only when the decoder says the value may be of that kind, so
/// from the runtime's `StrictJSONDecoder` no variant of another kind is tried and fails; a decoder that
/// cannot tell (`JSONDecoder`) gets every variant tried, as before. Encoding
/// writes the payload as is. Unions on a type cycle are `indirect`. With the AT Protocol discriminator
/// `$type`, a tag naming a lexicon's main definition (`nsid`) also matches its long form `nsid#main`;
/// encoding writes the payload, then the variant's `$type`, always in the short form.
extension DeclarationEmitter {
  struct VariantPlan {
    var name: String
    var type: SwiftType
    var tags: [String]
    /// For an AT Protocol variant that keeps unlisted members: their property, from which the decoded
    /// `$type` is removed (the union owns it and writes it back), so a decoded value equals one made in code.
    var typeKeptIn: String?
    /// For an object variant of an untagged union: the members it declares, to rank it against the others.
    var members: ObjectMembers?
    /// For a variant of an untagged union: the `JSONKind` case every value it decodes has (`string`),
    /// nil when it may read more than one kind.
    var kind: JSONText.ValueKind?
  }

  mutating func emitUnion(_ declaration: TypeDeclaration, _ union: UnionType) {
    let id = declaration.id
    // An AT Protocol union writes its variant's `$type` itself, and owns it in a variant keeping unlisted members.
    let writesTag = union.discriminator != nil && union.tagging == .atProtocolType
    var plans: [VariantPlan] = []
    for resolved in symbols.variants(of: id) {
      let variant = resolved.variant
      let tags = variant.tags.isEmpty ? [variant.sourceName] : variant.tags
      var typeKeptIn: String?
      if writesTag, case .named(let variantID) = variant.type {
        typeKeptIn = symbols.additionalPropertiesName(of: variantID)
      }
      plans.append(
        VariantPlan(
          name: resolved.name, type: uses(mapper.swiftType(variant.type, in: id)), tags: tags, typeKeptIn: typeKeptIn,
          members: union.discriminator == nil ? objectMembers(variant.type) : nil,
          kind: union.discriminator == nil ? jsonKind(variant.type) : nil))
    }
    if union.isOpen { uses(.jsonValue) }  // `case unknown(JSONValue)`
    if union.discriminator != nil { uses(.runtime("AnyCodingKey")) }  // reads the tag
    let indirect = symbols.recursion.indirectUnions.contains(id) ? "indirect " : ""
    openTypeBlock("\(access)\(indirect)enum \(symbols.declaredName(id))", conformances: Self.valueConformances)
    for (index, plan) in plans.enumerated() {
      let documentation = DocumentationText.forType(union.variants[index].documentation)
      if !documentation.isEmpty { writer.documentation(documentation) }
      let declaration = "case \(SwiftIdentifier.escaped(plan.name))("
      let type = plan.type.description
      if writer.fits(declaration + type + ")") {
        writer.line(declaration + type + ")")
      } else {
        writer.line(declaration)
        writer.indented { $0.line(type + ")") }
      }
    }
    if union.isOpen {
      writer.documentation("A value none of the known variants describes, kept as JSON.")
      writer.line("case unknown(JSONValue)")
    }
    writer.blankLine()
    if let discriminator = union.discriminator {
      emitDiscriminatedDecoding(
        plans, discriminator: discriminator, isOpen: union.isOpen,
        keepsUntagged: union.isOpen && union.tagging == .inPayload)
    } else {
      emitTrialDecoding(plans, isOpen: union.isOpen)
    }
    writer.blankLine()
    writer.block("\(access)func encode(to encoder: any Encoder) throws") { writer in
      guard !plans.isEmpty || union.isOpen else { return writer.line("switch self {}") }
      guard plans.count <= Self.maxSwitchedVariants else {
        return Self.writeEncodingChain(plans, isOpen: union.isOpen, writer: &writer)
      }
      writer.switchBlock("self") { writer in
        for plan in plans {
          writer.switchCase("case .\(SwiftIdentifier.escaped(plan.name))(let value)") { writer in
            writer.line("try value.encode(to: encoder)")
            // An AT Protocol union variant always carries its `$type`, in the short form for a `main`.
            if writesTag, let tag = plan.tags.first {
              writer.call("try encoder.encodeLexiconType", [Self.literal(tag)])
            }
          }
        }
        if union.isOpen {
          writer.switchCase("case .unknown(let value)") { $0.line("try value.encode(to: encoder)") }
        }
      }
    }
    emitNested(in: id)
    writer.closeBlock()
  }

  /// Above this many variants, `encode(to:)` tests each case with `if case` instead of one `switch`:
  /// Swift gives up proving a switch over ~1,000 payload cases exhaustive ("unable to check that
  /// this switch is exhaustive in reasonable time"), while 300 check quickly.
  static let maxSwitchedVariants = 256

  /// `if case .a(let value) = self { try value.encode(to: encoder); return }` per variant. Every case
  /// is listed, so falling off the end cannot happen; the compiler just no longer has to prove it.
  private static func writeEncodingChain(_ plans: [VariantPlan], isOpen: Bool, writer: inout SwiftCodeWriter) {
    writer.line("// One `if case` per variant: a switch this wide is too slow for the compiler to check.")
    let unknown = isOpen ? [VariantPlan(name: "unknown", type: .jsonValue, tags: [])] : []
    for plan in plans + unknown {
      writer.block("if case .\(SwiftIdentifier.escaped(plan.name))(let value) = self") { writer in
        writer.line("try value.encode(to: encoder)")
        writer.line("return")
      }
    }
  }

  /// `keepsUntagged`: a value without the discriminator is `unknown` (an open OpenAPI union) rather than an error.
  private mutating func emitDiscriminatedDecoding(
    _ plans: [VariantPlan], discriminator: String, isOpen: Bool, keepsUntagged: Bool
  ) {
    let key = "AnyCodingKey(\(Self.literal(discriminator)))"
    writer.block("\(access)init(from decoder: any Decoder) throws") { writer in
      writer.line("let container = try decoder.container(keyedBy: AnyCodingKey.self)")
      if keepsUntagged {
        // An OpenAPI value without its tag is one the spec does not describe yet: kept, like an unknown tag.
        writer.block("guard let tag = try? container.decode(String.self, forKey: \(key)) else") { writer in
          writer.line("self = .unknown(try JSONValue(from: decoder))")
          writer.line("return")
        }
      } else {
        writer.line("let tag = try container.decode(String.self, forKey: \(key))")
      }
      writer.line("switch tag {")
      var seen: Set<String> = []
      for plan in plans {
        let tags = plan.tags.filter { seen.insert($0).inserted }
        guard !tags.isEmpty else { continue }
        writer.line("case " + tags.map(Self.literal).joined(separator: ", ") + ":")
        writer.indented { writer in
          if let member = plan.typeKeptIn {
            let line = "var value = try \(plan.type)(from: decoder)"
            if writer.fits(line) {
              writer.line(line)
            } else {
              writer.line("var value = try \(plan.type)(")
              writer.indented { $0.line("from: decoder)") }
            }
            writer.line("value.\(SwiftIdentifier.escaped(member))[\"$type\"] = nil")
            writer.line("self = .\(SwiftIdentifier.escaped(plan.name))(value)")
            return
          }
          writer.call("self = .\(SwiftIdentifier.escaped(plan.name))", ["try \(plan.type)(from: decoder)"])
        }
      }
      writer.line("default:")
      writer.indented { writer in
        if isOpen {
          writer.line("self = .unknown(try JSONValue(from: decoder))")
        } else {
          writer.line("throw DecodingError.dataCorruptedError(")
          writer.indented { writer in
            let message = Self.literal("unknown " + discriminator + ": ")
            writer.line("forKey: \(key), in: container, debugDescription: \(message) + tag)")
          }
        }
      }
      writer.line("}")
    }
  }

  private mutating func emitTrialDecoding(_ plans: [VariantPlan], isOpen: Bool) {
    if plans.filter({ $0.members != nil }).count > 1 { return emitRankedDecoding(plans, isOpen: isOpen) }
    let kindType = kindCheck(plans)
    writer.documentation(
      "Decodes the first variant, in the order the API lists them, that accepts the value"
        + (kindType == nil ? "." : Self.kindSentence))
    let untaggedUnion = isOpen ? nil : uses(.runtime("UntaggedUnion"))
    writer.block("\(access)init(from decoder: any Decoder) throws") { writer in
      Self.writeKind(kindType, writer: &writer)
      Self.writeAttemptChain(plans, untaggedUnion: untaggedUnion, writer: &writer)
    }
  }

  /// `if kind.mayBe(.string), let value = try? T(from: decoder) {` then `self = .case(value)`, and
  /// `} else if …` for each further variant (the kind checked only for a variant that has one), then
  /// `} else {` and what no variant accepted becomes (`writeNoVariantAccepted`).
  static func writeAttemptChain(_ plans: [VariantPlan], untaggedUnion: SwiftType?, writer: inout SwiftCodeWriter) {
    guard !plans.isEmpty else { return writeNoVariantAccepted(plans, untaggedUnion: untaggedUnion, writer: &writer) }
    for (index, plan) in plans.enumerated() {
      writeAttemptOpening(plan, keyword: index == 0 ? "if" : "} else if", writer: &writer)
      writer.indented { $0.line("self = .\(SwiftIdentifier.escaped(plan.name))(value)") }
    }
    writer.line("} else {")
    writer.indented { writeNoVariantAccepted(plans, untaggedUnion: untaggedUnion, writer: &$0) }
    writer.line("}")
  }

  /// How trial decoding documents the kind check, after its first sentence.
  static let kindSentence = "; when the decoder tells the value's kind, only the variants of that kind are tried."

  /// `JSONKind` when some variant has a kind to check, else nil.
  mutating func kindCheck(_ plans: [VariantPlan]) -> SwiftType? {
    plans.contains(where: { $0.kind != nil }) ? uses(.runtime("JSONKind")) : nil
  }

  /// `let kind = JSONKind(of: decoder)`, when some variant has a kind to check.
  static func writeKind(_ kindType: SwiftType?, writer: inout SwiftCodeWriter) {
    guard let kindType else { return }
    writer.line("let kind = \(kindType)(of: decoder)")
  }

  /// `if kind.mayBe(.string), let value = try? T(from: decoder) { self = .case(value); return }`, the
  /// kind checked only for a variant that has one.
  static func writeAttempt(_ plan: VariantPlan, writer: inout SwiftCodeWriter) {
    writeAttemptOpening(plan, keyword: "if", writer: &writer)
    writer.indented { writer in
      writer.line("self = .\(SwiftIdentifier.escaped(plan.name))(value)")
      writer.line("return")
    }
    writer.line("}")
  }

  /// `<keyword> kind.mayBe(.string), let value = try? T(from: decoder) {`, the kind checked only for a
  /// variant that has one. Too wide for one line, the conditions break after the kind check and the
  /// brace stands alone, as `swift format` lays out a list of conditions.
  private static func writeAttemptOpening(_ plan: VariantPlan, keyword: String, writer: inout SwiftCodeWriter) {
    let attempt = "let value = try? \(plan.type)(from: decoder)"
    guard let kind = plan.kind else { return writer.line("\(keyword) \(attempt) {") }
    let condition = "\(keyword) kind.mayBe(.\(kind.rawValue)),"
    guard !writer.fits("\(condition) \(attempt) {") else { return writer.line("\(condition) \(attempt) {") }
    writer.line(condition)
    writer.indented { $0.line(attempt) }
    writer.line("{")
  }

  /// The end of trial decoding: an open union keeps the value as JSON; a closed one, given the runtime's
  /// `UntaggedUnion` as the file spells it, throws its `dataCorrupted` error naming the variants tried.
  static func writeNoVariantAccepted(_ plans: [VariantPlan], untaggedUnion: SwiftType?, writer: inout SwiftCodeWriter) {
    guard let untaggedUnion else { return writer.line("self = .unknown(try JSONValue(from: decoder))") }
    let tried = plans.map(\.name).joined(separator: ", ")
    writer.call("throw \(untaggedUnion).noVariantAccepted", ["decoder", "tried: " + Self.literal(tried)])
  }
}
