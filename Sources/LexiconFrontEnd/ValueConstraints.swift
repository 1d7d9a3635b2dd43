import FrontEndSupport
import SchemaIR
import SpecgenDiagnostics

/// Reads the constraint keywords each Lexicon type allows into `Constraints`.
///
/// Lexicon `maxLength` means different things per type, which is why this is keyed by type:
/// UTF-8 bytes for `string`, bytes for `bytes`, and element count for `array` (`minItems`/`maxItems`).
enum ValueConstraints {
  static func of(_ node: LocatedNode, type: String) throws(DiagnosticError) -> Constraints {
    var constraints = Constraints()
    constraints.constant = node["const"]?.jsonLiteral
    switch type {
    case "integer":
      if let minimum = node["minimum"] { constraints.minimum = Constraints.Bound(String(try minimum.integer())) }
      if let maximum = node["maximum"] { constraints.maximum = Constraints.Bound(String(try maximum.integer())) }
    case "string":
      constraints.minLength = try node.optionalCount("minLength")
      constraints.maxLength = try node.optionalCount("maxLength")
      constraints.minGraphemes = try node.optionalCount("minGraphemes")
      constraints.maxGraphemes = try node.optionalCount("maxGraphemes")
    case "bytes":
      constraints.minLength = try node.optionalCount("minLength")
      constraints.maxLength = try node.optionalCount("maxLength")
    case "array":
      constraints.minItems = try node.optionalCount("minLength")
      constraints.maxItems = try node.optionalCount("maxLength")
    case "blob":
      constraints.acceptedMediaTypes = try node["accept"]?.strings("an array of MIME types") ?? []
      constraints.maxSize = try node.optionalCount("maxSize")
    default:
      break
    }
    return constraints
  }
}
