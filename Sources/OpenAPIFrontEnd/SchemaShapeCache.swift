import FrontEndSupport
import SpecReader
import SpecgenDiagnostics

/// Every schema's `SchemaShape`, classified once per translation.
///
/// The translator asks for a schema's shape where it uses it, where it follows a `$ref` to it,
/// where it declares it and where it merges it into an `allOf`; placement asks for the shape of
/// every schema a nested declaration's pointer passes through, and for each union branch's. A
/// schema referenced from many places was classified again at each.
final class SchemaShapeCache {
  /// Shapes by the node classified, with its location: keyed by identity, since hashing a location
  /// hashes every token of its pointer (that cost more than classifying again). A node reached at two
  /// locations (a YAML alias) is classified again at the second: a shape holds its parts' locations.
  /// The entry keeps its node alive, so no other node can take its identity.
  private var shapes: [ObjectIdentifier: (node: Node, location: NodeLocation, shape: SchemaShape)] = [:]

  /// The shape of `schema`, classified on the first request. A schema that cannot be classified
  /// throws its error at every request, as it did before there was a cache.
  func shape(of schema: LocatedNode) throws(DiagnosticError) -> SchemaShape {
    let key = ObjectIdentifier(schema.node)
    if let known = shapes[key] {
      if known.location == schema.location { return known.shape }
      return try SchemaShape.of(schema)
    }
    let shape = try SchemaShape.of(schema)
    shapes[key] = (schema.node, schema.location, shape)
    return shape
  }
}
