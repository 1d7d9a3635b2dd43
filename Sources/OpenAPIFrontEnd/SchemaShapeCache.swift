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
  /// Shapes by location, with the node classified: a location names one document node, except the
  /// merged node `SchemaShape` makes for scalar `allOf` parts, which is never the one stored.
  private var shapes: [NodeLocation: (node: Node, shape: SchemaShape)] = [:]

  /// The shape of `schema`, classified on the first request. A schema that cannot be classified
  /// throws its error at every request, as it did before there was a cache.
  func shape(of schema: LocatedNode) throws(DiagnosticError) -> SchemaShape {
    if let known = shapes[schema.location] {
      if known.node === schema.node { return known.shape }
      return try SchemaShape.of(schema)
    }
    let shape = try SchemaShape.of(schema)
    shapes[schema.location] = (schema.node, shape)
    return shape
  }
}
