/// Every place a declaration or an operation names a type, in one walk: `ModuleCheck` reads the
/// references, `IdenticalTypeMerging` rewrites them, so a new place that holds a type is added here once.
extension TypeDeclaration.Kind {
  /// This kind with `transform` applied to each type it names directly (fields, the kept additional
  /// properties, variants, an alias's target).
  public func mappingReferences(_ transform: (TypeReference) -> TypeReference) -> Self {
    switch self {
    case .object(var object):
      for index in object.fields.indices { object.fields[index].type = transform(object.fields[index].type) }
      if case .kept(let type) = object.additionalProperties { object.additionalProperties = .kept(transform(type)) }
      return .object(object)
    case .union(var union):
      for index in union.variants.indices { union.variants[index].type = transform(union.variants[index].type) }
      return .union(union)
    case .alias(let type):
      return .alias(transform(type))
    case .enumeration:
      return self
    }
  }
}

extension Operation {
  /// This operation with `transform` applied to each type it names: parameters, request and response
  /// bodies, response headers.
  public func mappingReferences(_ transform: (TypeReference) -> TypeReference) -> Self {
    var operation = self
    for index in operation.parameters.indices {
      operation.parameters[index].type = transform(operation.parameters[index].type)
    }
    if var body = operation.requestBody {
      for index in body.contents.indices { body.contents[index].type = body.contents[index].type.map(transform) }
      operation.requestBody = body
    }
    for response in operation.responses.indices {
      for index in operation.responses[response].contents.indices {
        operation.responses[response].contents[index].type =
          operation.responses[response].contents[index].type.map(transform)
      }
      for index in operation.responses[response].headers.indices {
        operation.responses[response].headers[index].type = transform(operation.responses[response].headers[index].type)
      }
    }
    return operation
  }
}
