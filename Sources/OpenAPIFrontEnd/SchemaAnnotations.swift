import FrontEndSupport
import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// Reads the annotation and validation keywords of a schema: docs, defaults, examples, bounds.
enum SchemaAnnotations {
  static func documentation(of schema: LocatedNode) throws(DiagnosticError) -> Documentation {
    guard schema.node.mapping != nil else { return Documentation() }
    var docs = Documentation()
    docs.title = try schema.optionalText("title")
    docs.description = try schema.optionalText("description")
    docs.isDeprecated = try schema.optionalBool("deprecated") ?? false
    docs.defaultValue = schema["default"]?.node.jsonLiteral
    if let example = schema["example"] { docs.examples.append(example.node.jsonLiteral) }
    if let examples = schema["examples"] {
      // 3.1 schemas carry a list; a mapping here is the 3.0 media-type style misplaced: take its values.
      if let list = examples.node.sequence {
        docs.examples += list.map(\.jsonLiteral)
      } else if let mapping = examples.node.mapping {
        docs.examples += mapping.entries.compactMap { $0.value["value"]?.jsonLiteral }
      }
    }
    // `allOf: [{$ref: Status}, {description: …}]`: a part that only annotates annotates the whole.
    if let parts = schema["allOf"], parts.node.sequence != nil {
      for part in try parts.items("a list of schemas") where SchemaShape.isAnnotationOnly(part) {
        docs = merge(docs, over: try documentation(of: part))
      }
    }
    return docs
  }

  /// Fills the gaps of `base` from `fallback`: a `$ref`'s own siblings win over the target's docs.
  static func merge(_ base: Documentation, over fallback: Documentation) -> Documentation {
    var docs = fallback
    if base.title != nil { docs.title = base.title }
    if base.description != nil { docs.description = base.description }
    if base.isDeprecated { docs.isDeprecated = true }
    if base.defaultValue != nil { docs.defaultValue = base.defaultValue }
    if !base.examples.isEmpty { docs.examples = base.examples }
    return docs
  }

  /// The schema's validation keywords. A `pattern` `PatternCheck` refuses is left out with a
  /// warning; `multipleOf` must be greater than 0 (JSON Schema), or it is an error.
  static func constraints(of schema: LocatedNode, warnings: inout [Diagnostic]) throws(DiagnosticError)
    -> Constraints
  {
    guard schema.node.mapping != nil else { return Constraints() }
    var result = Constraints()
    result.minimum = try bound(schema, "minimum", exclusive: "exclusiveMinimum")
    result.maximum = try bound(schema, "maximum", exclusive: "exclusiveMaximum")
    if let node = schema["multipleOf"] {
      let text = try node.numberText()
      guard let value = Double(text), value > 0 else {
        throw node.error("multipleOf must be a number greater than 0, not \(text)")
      }
      result.multipleOf = text
    }
    result.minLength = try schema["minLength"]?.lowerCount()
    result.maxLength = try schema["maxLength"]?.upperCount() ?? nil
    if let node = schema["pattern"] {
      let pattern = try node.text()
      if let problem = PatternCheck.problem(pattern) {
        warnings.append(node.warning("pattern \(pattern.debugDescription) is not checked: \(problem)"))
      } else {
        result.pattern = pattern
      }
    }
    result.minItems = try schema["minItems"]?.lowerCount()
    result.maxItems = try schema["maxItems"]?.upperCount() ?? nil
    result.uniqueItems = try schema.optionalBool("uniqueItems") ?? false
    result.constant = schema["const"]?.node.jsonLiteral
    return result
  }

  /// Reads a bound in both dialects: 3.0's `exclusiveMaximum: true` next to `maximum`, and 3.1's
  /// `exclusiveMaximum: 10` on its own.
  private static func bound(_ schema: LocatedNode, _ key: String, exclusive: String) throws(DiagnosticError)
    -> Constraints.Bound?
  {
    let inclusive = try schema[key]?.numberText()
    guard let exclusiveNode = schema[exclusive] else {
      return inclusive.map { Constraints.Bound($0) }
    }
    if case .bool(let flag)? = exclusiveNode.node.scalar?.resolved {
      return inclusive.map { Constraints.Bound($0, isExclusive: flag) }
    }
    return Constraints.Bound(try exclusiveNode.numberText(), isExclusive: true)
  }

  /// Applies a use site's constraints over the referenced schema's.
  static func merge(_ base: Constraints, over fallback: Constraints) -> Constraints {
    var result = fallback
    if base.minimum != nil { result.minimum = base.minimum }
    if base.maximum != nil { result.maximum = base.maximum }
    if base.multipleOf != nil { result.multipleOf = base.multipleOf }
    if base.minLength != nil { result.minLength = base.minLength }
    if base.maxLength != nil { result.maxLength = base.maxLength }
    if base.pattern != nil { result.pattern = base.pattern }
    if base.minItems != nil { result.minItems = base.minItems }
    if base.maxItems != nil { result.maxItems = base.maxItems }
    if base.uniqueItems { result.uniqueItems = true }
    if base.constant != nil { result.constant = base.constant }
    return result
  }
}
