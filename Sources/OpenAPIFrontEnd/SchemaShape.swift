import FrontEndSupport
import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// What a schema node is, decided from its keywords alone (no references followed).
///
/// Both the translator and the placement of nested declarations ask this, so they agree on which
/// schemas become declarations; they ask through the translation's `SchemaShapeCache`, which
/// classifies each schema once.
struct SchemaShape {
  enum Kind {
    /// `$ref` (3.1 allows siblings; they refine docs and constraints).
    case reference(LocatedNode)
    case object
    /// `allOf` with several parts: one object with every part's members.
    case merged([LocatedNode])
    case enumeration(EnumerationType.RawType, [LocatedNode])
    /// `oneOf` / `anyOf` with two or more non-null branches.
    case union([LocatedNode], isAnyOf: Bool)
    /// `type: [string, integer]`: a union of primitives.
    case multiType([String])
    case array(items: LocatedNode?)
    case map(values: LocatedNode?)
    case primitive(Primitive)
    case any
  }

  var kind: Kind
  /// The node whose keywords define the type: the schema itself, or the one branch of a
  /// `oneOf: [X, {type: null}]` or single-part `allOf: [X]` wrapper.
  var body: LocatedNode
  var isNullable: Bool

  /// Whether this shape becomes a named declaration of its own.
  var isDeclaration: Bool {
    switch kind {
    case .object, .merged, .enumeration, .union, .multiType: return true
    case .reference, .array, .map, .primitive, .any: return false
    }
  }

  static let knownTypes: Set<String> = ["array", "boolean", "integer", "null", "number", "object", "string"]

  /// Classifies `schema`, seeing through single-branch wrappers. The translation asks through its
  /// `SchemaShapeCache`, so each schema is classified once.
  static func of(_ schema: LocatedNode, depth: Int = 0) throws(DiagnosticError) -> SchemaShape {
    if case .bool = schema.node.scalar?.resolved {
      // JSON Schema's boolean schemas: `true` accepts anything; `false` nothing (only useful to forbid).
      return SchemaShape(kind: .any, body: schema, isNullable: false)
    }
    guard schema.node.mapping != nil else {
      throw schema.error("expected a schema (mapping), found \(schema.node.kindDescription)")
    }
    guard depth < 64 else { throw schema.error("schema wrappers nested too deeply") }
    if let merge = schema.node.mapping?.entry("<<") {
      // The reader follows YAML 1.2, where `<<: *base` is an ordinary key: the schema would silently
      // lose everything the author meant to merge in. Reported at the key: the value is the anchor's node.
      throw DiagnosticError(
        "'<<' (a YAML 1.1 merge key) merges nothing in YAML 1.2; use allOf or write the keys out",
        at: merge.keyLocation, path: schema.location.pointer.appending("<<").description)
    }
    var nullable = try schema.optionalBool("nullable") ?? false
    var types: [String] = []
    if let typeNode = schema["type"] {
      if typeNode.node.sequence != nil {
        types = try typeNode.items("a type name or a list of them").map { item throws(DiagnosticError) in
          try item.text("a type name")
        }
      } else {
        types = [try typeNode.text("a type name or a list of them")]
      }
      for name in types where !knownTypes.contains(name) {
        throw typeNode.error("unknown type '\(name)'; expected one of \(knownTypes.sorted().joined(separator: ", "))")
      }
      if types.contains("null") { nullable = true }
      types.removeAll { $0 == "null" }
    }
    func shape(_ kind: Kind) -> SchemaShape { SchemaShape(kind: kind, body: schema, isNullable: nullable) }

    if let reference = schema["$ref"] { return shape(.reference(reference)) }

    if let values = schema["enum"] {
      var cases: [LocatedNode] = []
      var allStrings = true
      var allIntegers = true
      for item in try values.items("a list of enum values") {
        switch item.node.scalar?.resolved {
        case .null?: nullable = true
        case .string?: allIntegers = false; cases.append(item)
        case .integer?: allStrings = false; cases.append(item)
        default: allStrings = false; allIntegers = false; cases.append(item)
        }
      }
      if !cases.isEmpty, allStrings || allIntegers {
        return shape(.enumeration(allStrings ? .string : .integer, cases))
      }
    }

    for keyword in ["oneOf", "anyOf"] {
      guard let list = schema[keyword] else { continue }
      var branches: [LocatedNode] = []
      for branch in try list.items("a list of schemas") {
        if try isNullSchema(branch) { nullable = true } else { branches.append(branch) }
      }
      switch branches.count {
      case 0: return shape(.any)
      case 1:
        var inner = try of(branches[0], depth: depth + 1)
        inner.isNullable = inner.isNullable || nullable
        return inner
      default: return shape(.union(branches, isAnyOf: keyword == "anyOf"))
      }
    }

    if let list = schema["allOf"] {
      // A part that only annotates (`{description: …}`, `{}`, `{nullable: false}`) adds no member and
      // no constraint: `allOf: [{$ref: Status}, {description: …}]` is a `Status`, not an empty object.
      var parts: [LocatedNode] = []
      for part in try list.items("a list of schemas") {
        guard isAnnotationOnly(part) else {
          parts.append(part)
          continue
        }
        if try part.optionalBool("nullable") == true { nullable = true }
      }
      let ownMembers = schema["properties"] != nil || schema["required"] != nil
      if parts.count > 1, !ownMembers, let merged = try scalarIntersection(schema, parts: parts) {
        var inner = try of(merged, depth: depth + 1)
        inner.isNullable = inner.isNullable || nullable
        return inner
      }
      if parts.count == 1, !ownMembers {
        var inner = try of(parts[0], depth: depth + 1)
        inner.isNullable = inner.isNullable || nullable
        return inner
      }
      if !parts.isEmpty { return shape(.merged(parts)) }
    }

    if types.count > 1 {
      return shape(.multiType(types))
    }
    let type = types.first
    if type == "object" || (type == nil && (schema["properties"] != nil || schema["additionalProperties"] != nil)) {
      let properties = try schema["properties"]?.mapping("a mapping of properties")
      let additional = schema["additionalProperties"]
      if let properties, !properties.isEmpty { return shape(.object) }
      if case .bool(false)? = additional?.node.scalar?.resolved { return shape(.object) }
      if let additional, additional.node.mapping != nil { return shape(.map(values: additional)) }
      return shape(.map(values: nil))
    }
    if type == "array" || (type == nil && schema["items"] != nil) {
      return shape(.array(items: schema["items"]))
    }
    var format = try schema.optionalText("format")
    // OpenAPI 3.1 spells 3.0's `byte` and `binary` with JSON Schema's content keywords.
    if format == nil, type == "string" {
      if try schema.optionalText("contentEncoding")?.lowercased() == "base64" {
        format = "byte"
      } else if try schema.optionalText("contentMediaType") != nil {
        format = "binary"
      }
    }
    switch type {
    case "string": return shape(.primitive(.string(format: format)))
    case "integer": return shape(.primitive(.integer(format: format)))
    case "number": return shape(.primitive(.number(format: format)))
    case "boolean": return shape(.primitive(.boolean))
    default: break
    }
    if let constant = schema["const"] {
      switch constant.node.scalar?.resolved {
      case .string?: return shape(.primitive(.string(format: format)))
      case .integer?: return shape(.primitive(.integer(format: format)))
      case .number?: return shape(.primitive(.number(format: format)))
      case .bool?: return shape(.primitive(.boolean))
      case .null?: return SchemaShape(kind: .any, body: schema, isNullable: true)
      default: break
      }
    }
    return shape(.any)
  }

  /// Keywords an `allOf` part of a scalar may carry: its type, its constraints, its annotations.
  static let scalarKeywords: Set<String> = [
    "type", "format", "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "multipleOf", "enum", "const",
  ]

  /// `allOf: [{type: string, minLength: 2}, {maxLength: 5}]`: one string schema with every part's
  /// constraints (the tighter bound where two parts bound the same thing), located at the `allOf` list.
  /// `nil` when a part is not a scalar (a `$ref`, members, items, a union) or the parts disagree on
  /// the type.
  static func scalarIntersection(_ schema: LocatedNode, parts: [LocatedNode]) throws(DiagnosticError) -> LocatedNode? {
    var types: Set<String> = []
    for part in parts {
      guard let mapping = part.node.mapping else { return nil }
      for entry in mapping.entries {
        guard scalarKeywords.contains(entry.key) || annotationKeywords.contains(entry.key) || entry.key.hasPrefix("x-")
        else { return nil }
      }
      if let type = mapping["type"] {
        guard let name = type.scalar?.string, ["string", "integer", "number", "boolean"].contains(name) else {
          return nil
        }
        types.insert(name)
      }
    }
    guard types.count == 1, let ownEntries = schema.node.mapping?.entries else { return nil }
    var entries = ownEntries.filter { $0.key != "allOf" }
    for part in parts {
      for entry in part.node.mapping?.entries ?? [] {
        guard let index = entries.firstIndex(where: { $0.key == entry.key }) else {
          entries.append(entry)
          continue
        }
        let lower = ["minimum", "minLength", "exclusiveMinimum"].contains(entry.key)
        let upper = ["maximum", "maxLength", "exclusiveMaximum"].contains(entry.key)
        guard lower || upper, let old = Double(entries[index].value.scalar?.text ?? ""),
          let new = Double(entry.value.scalar?.text ?? "")
        else { continue }
        if (lower && new > old) || (upper && new < old) { entries[index] = entry }
      }
    }
    return LocatedNode(
      node: Node(.mapping(Mapping(entries)), at: schema.node.location), location: schema.location.appending("allOf"))
  }

  /// Keywords that describe a schema without constraining its values.
  static let annotationKeywords: Set<String> = [
    "description", "title", "nullable", "deprecated", "example", "examples", "readOnly", "writeOnly", "default",
    "externalDocs", "xml", "$comment",
  ]

  /// A schema made of annotations only (extensions included), or `true`.
  static func isAnnotationOnly(_ schema: LocatedNode) -> Bool {
    if case .bool(true)? = schema.node.scalar?.resolved { return true }
    guard let mapping = schema.node.mapping else { return false }
    return mapping.entries.allSatisfy { annotationKeywords.contains($0.key) || $0.key.hasPrefix("x-") }
  }

  /// `{type: 'null'}`, `{enum: [null]}` or `{const: null}`: the branch that makes a union nullable.
  static func isNullSchema(_ schema: LocatedNode) throws(DiagnosticError) -> Bool {
    guard let mapping = schema.node.mapping else { return false }
    if let type = mapping["type"]?.scalar?.string, type == "null" { return true }
    if let values = mapping["enum"]?.sequence, values.count == 1, case .null = values[0].scalar?.resolved {
      return true
    }
    if let constant = mapping["const"], case .null? = constant.scalar?.resolved { return true }
    return false
  }
}
