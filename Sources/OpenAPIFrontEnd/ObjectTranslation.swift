import FrontEndSupport
import SchemaIR
import SpecReader
import SpecgenDiagnostics

extension SchemaTranslator {
  /// The fields of an object schema, in document order, with `required` applied.
  func objectType(_ schema: LocatedNode) throws(DiagnosticError) -> ObjectType {
    if let known = objectTypes[schema.location] { return known }
    let (declared, unlisted) = try declaredFields(schema)
    var object = declared
    object.fields += undeclaredRequiredFields(unlisted, in: schema)
    objectTypes[schema.location] = object
    return object
  }

  /// The members `schema` itself declares, and the names its `required` lists without declaring
  /// them (another `allOf` part may declare those).
  private func declaredFields(_ schema: LocatedNode) throws(DiagnosticError) -> (
    object: ObjectType, unlisted: Set<String>
  ) {
    var fields: [Field] = []
    var required = try requiredNames(schema)
    if let properties = schema["properties"] {
      for (name, property) in try properties.entries("a mapping of properties") {
        fields.append(try field(name, property, isRequired: required.remove(name) != nil))
      }
    }
    return (ObjectType(fields: fields, additionalProperties: try additionalProperties(schema)), required)
  }

  /// Members for required names no schema part declares: typed as any JSON value so the data is
  /// kept, optional so that a server leaving them out (as most do) still decodes, and warned about.
  private func undeclaredRequiredFields(_ names: Set<String>, in schema: LocatedNode) -> [Field] {
    names.sorted().map { name in
      sink.report(
        Diagnostic(
          .warning,
          "required property '\(name)' is not declared by the schema or any allOf part; typed as any JSON value",
          at: schema["required"]?.node.location ?? schema.node.location, path: schema.location.pointer.description))
      return Field(jsonName: name, type: .any, isRequired: false)
    }
  }

  /// `allOf`: one object holding every part's fields; later parts refine earlier ones.
  ///
  /// Every level of an `allOf` chain copies the fields of the levels below it, so the output grows
  /// with the square of the chain's length: chains are refused past `maxAllOfDepth` levels.
  func mergedObjectType(_ schema: LocatedNode, parts: [LocatedNode]) throws(DiagnosticError) -> ObjectType {
    var merged = ObjectType(fields: [])
    // Field index by JSON name: a linear search per merged field made each merge quadratic.
    var indexByName: [String: Int] = [:]
    // Required names a part lists without declaring: resolved once every part is merged.
    var unlisted: Set<String> = []
    func add(_ declared: (object: ObjectType, unlisted: Set<String>)) {
      let object = declared.object
      unlisted.formUnion(declared.unlisted)
      for field in object.fields {
        if let index = indexByName[field.jsonName] {
          let wasRequired = merged.fields[index].isRequired
          merged.fields[index] = field
          merged.fields[index].isRequired = wasRequired || field.isRequired
        } else {
          indexByName[field.jsonName] = merged.fields.count
          merged.fields.append(field)
        }
      }
      if case .kept(let type) = object.additionalProperties { merged.additionalProperties = .kept(type) }
    }
    var visited: Set<NodeLocation> = []
    func collect(_ part: LocatedNode, depth: Int) throws(DiagnosticError) {
      let part = try resolver.dereference(part)
      guard visited.insert(part.location).inserted else { return }
      let shape = try shapes.shape(of: part)
      switch shape.kind {
      case .object: add(try declaredFields(shape.body))
      case .merged(let inner):
        guard depth < Self.maxAllOfDepth else {
          throw part.error(
            "allOf chain is deeper than \(Self.maxAllOfDepth) levels (each level copies every field of the levels "
              + "below it); flatten the chain")
        }
        for piece in inner { try collect(piece, depth: depth + 1) }
        add(try declaredFields(shape.body))
      case .map(let values):
        if let values { merged.additionalProperties = .kept(try use(values).type) }
      case .any, .reference:
        break
      default:
        sink.warn("allOf part is not an object; its constraints are not merged", at: part)
      }
    }
    for part in parts { try collect(part, depth: 1) }
    if schema["properties"] != nil || schema["required"] != nil {
      add(try declaredFields(schema))
    }
    // `required` in one part may name a property another part declares.
    for index in merged.fields.indices where unlisted.contains(merged.fields[index].jsonName) {
      merged.fields[index].isRequired = true
    }
    merged.fields += undeclaredRequiredFields(unlisted.subtracting(indexByName.keys), in: schema)
    if case .kept = merged.additionalProperties {
    } else if let own = schema["additionalProperties"] {
      merged.additionalProperties = try additionalProperties(schema, node: own)
    }
    return merged
  }

  /// How many `allOf` levels one merged object may include (itself counted); see `mergedObjectType`.
  static let maxAllOfDepth = 64

  private func requiredNames(_ schema: LocatedNode) throws(DiagnosticError) -> Set<String> {
    guard let list = schema["required"] else { return [] }
    var names: Set<String> = []
    for item in try list.items("a list of required property names") {
      names.insert(try item.text("a property name"))
    }
    return names
  }

  private func field(_ name: String, _ property: LocatedNode, isRequired: Bool) throws(DiagnosticError) -> Field {
    let use = try self.use(property)
    return Field(
      jsonName: name, type: use.type, isRequired: isRequired, isNullable: use.isNullable,
      isReadOnly: use.base.isReadOnly, isWriteOnly: use.isWriteOnly, constraints: use.base.constraints,
      documentation: use.base.documentation)
  }

  private func additionalProperties(_ schema: LocatedNode, node: LocatedNode? = nil) throws(DiagnosticError)
    -> ObjectType.AdditionalProperties
  {
    guard let additional = node ?? schema["additionalProperties"] else { return .ignored }
    if case .bool(let allowed)? = additional.node.scalar?.resolved {
      // `false` drops unlisted members like saying nothing (see `ObjectType.AdditionalProperties.ignored`).
      return allowed ? .kept(.any) : .ignored
    }
    return .kept(try use(additional).type)
  }

  /// A `discriminator`'s `mapping`: the tags each target schema answers to. Every target must exist
  /// (a positioned error otherwise), whatever the schema's shape: a one-branch `oneOf` is a plain
  /// wrapper, but a mapping to a missing schema is still a mistake in the spec.
  func discriminatorMapping(_ schema: LocatedNode) throws(DiagnosticError) -> [NodeLocation: [String]] {
    guard let mapping = schema["discriminator"]?["mapping"] else { return [:] }
    var explicitTags: [NodeLocation: [String]] = [:]
    for (tag, target) in try mapping.entries("a mapping of discriminator values to schemas") {
      let text = try target.text("a schema reference or name")
      let reference =
        text.utf8.contains { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "/") }
        ? text : "#/components/schemas/" + text
      let referenceNode = LocatedNode(
        node: Node(.scalar(Scalar(reference, style: .doubleQuoted)), at: target.node.location),
        location: target.location)
      explicitTags[try resolver.resolve(referenceNode).location, default: []].append(tag)
    }
    return explicitTags
  }

  /// The values a variant pins its discriminator member to (`const: tool`, `enum: [user]`), looking
  /// through its `allOf` parts and `$ref`s: what a server sends as the tag when no `mapping` names it.
  private func pinnedTagValues(_ variant: LocatedNode, property: String) throws(DiagnosticError) -> [String] {
    var pending = [variant]
    var seen: Set<NodeLocation> = []
    while let next = pending.popLast() {
      let schema = try resolver.dereference(next)
      guard seen.insert(schema.location).inserted else { continue }
      if let member = schema["properties"]?[property] {
        let values = UnionTagInference.pinnedValues(try resolver.dereference(member).node)
        if !values.isEmpty { return values }
      }
      if let parts = schema["allOf"], parts.node.sequence != nil {
        pending += try parts.items("a list of schemas").reversed()
      }
    }
    return []
  }

  /// `anyOf: [{type: string}, {enum: [a, b]}]`, the usual spelling of "one of these, or any other
  /// string": one open enumeration (which keeps other strings as `.unknown`), not a union whose
  /// `.string` case swallows every listed value. A single enum branch that is a `$ref` is that enum.
  func openStringEnumeration(_ branches: [LocatedNode]) throws(DiagnosticError) -> TypeDeclaration.Kind? {
    var values: [LocatedNode] = []
    var enumBranches: [LocatedNode] = []
    var freeStrings = 0
    for branch in branches {
      let schema = try resolver.dereference(branch)
      if let list = schema["enum"] {
        let items = try list.items("a list of enum values")
        guard items.allSatisfy({ if case .string? = $0.node.scalar?.resolved { true } else { false } }) else {
          return nil
        }
        values += items
        enumBranches.append(branch)
      } else if try schema.optionalText("type") == "string", schema["pattern"] == nil, schema["format"] == nil,
        schema["const"] == nil
      {
        freeStrings += 1
      } else {
        return nil
      }
    }
    guard freeStrings > 0, !enumBranches.isEmpty else { return nil }
    if enumBranches.count == 1, enumBranches[0]["$ref"] != nil { return .alias(try use(enumBranches[0]).type) }
    var seen: Set<JSONLiteral> = []
    let cases = values.map(\.node.jsonLiteral).filter { seen.insert($0).inserted }
    return .enumeration(
      EnumerationType(rawType: .string, cases: cases.map { EnumerationType.Case(value: $0) }, isOpen: true))
  }

  /// `oneOf` / `anyOf` with a discriminator when the spec gives one.
  func unionType(_ schema: LocatedNode, branches: [LocatedNode]) throws(DiagnosticError) -> UnionType {
    var discriminator = try schema["discriminator"]?.optionalText("propertyName")
    // Without a declared discriminator, tags are the pinned values of an inferred tag member.
    var targets: [Node]?
    if discriminator == nil {
      var dereferenced: [Node] = []
      for branch in branches { dereferenced.append(try resolver.dereference(branch).node) }
      discriminator = UnionTagInference.discriminator(of: dereferenced)?.name
      if discriminator != nil { targets = dereferenced }
    }
    let explicitTags = try discriminatorMapping(schema)
    var variants: [UnionType.Variant] = []
    for (index, branch) in branches.enumerated() {
      let use = try self.use(branch)
      var tags: [String] = []
      if let discriminator, let targets {
        tags = targets[index]["properties"]?[discriminator].map(UnionTagInference.pinnedValues) ?? []
      } else if let discriminator {
        if let reference = branch["$ref"] {
          let target = try resolver.resolve(reference)
          tags = explicitTags[target.location] ?? []
          if tags.isEmpty { tags = try pinnedTagValues(target, property: discriminator) }
          if tags.isEmpty { tags = [target.location.pointer.tokens.last ?? ""] }
        } else {
          tags = try pinnedTagValues(branch, property: discriminator)
        }
      }
      let name = try placer.variantName(branch)
      variants.append(
        UnionType.Variant(sourceName: name, type: use.type, tags: tags, documentation: use.base.documentation))
    }
    // A server may add a variant before the spec says so: an unknown tag is kept, not a failed response.
    return UnionType(variants: variants, discriminator: discriminator, isOpen: discriminator != nil)
  }

  func multiTypeUnion(_ types: [String], format: String?) -> UnionType {
    UnionType(
      variants: types.map { type in
        let primitive: TypeReference
        switch type {
        case "string": primitive = .primitive(.string(format: format))
        case "integer": primitive = .primitive(.integer(format: format))
        case "number": primitive = .primitive(.number(format: format))
        case "boolean": primitive = .primitive(.boolean)
        case "array": primitive = .array(.any)
        default: primitive = .map(.any)
        }
        return UnionType.Variant(sourceName: type == "object" ? "object" : type, type: primitive)
      })
  }
}
