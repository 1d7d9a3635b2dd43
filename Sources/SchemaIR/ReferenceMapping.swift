/// Every place a declaration or an operation names a type, in one file: `ModuleCheck` and
/// `NamespaceSelection` read the references (`forEachReference`), `IdenticalTypeMerging` rewrites them
/// (`mappingReferences`), so a new place that holds a type is added here, to both walks, which
/// `ReferenceMappingTests` holds to the same places in the same order.
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

extension TypeDeclaration.Kind {
  /// Calls `body` with each type this kind names directly, in the order `mappingReferences` visits
  /// them, without building a new kind (for passes that only read references).
  public func forEachReference(_ body: (TypeReference) -> Void) {
    switch self {
    case .object(let object):
      for field in object.fields { body(field.type) }
      if case .kept(let type) = object.additionalProperties { body(type) }
    case .union(let union):
      for variant in union.variants { body(variant.type) }
    case .alias(let type):
      body(type)
    case .enumeration:
      break
    }
  }
}

extension Operation {
  /// Calls `body` with each type this operation names, in the order `mappingReferences` visits them.
  public func forEachReference(_ body: (TypeReference) -> Void) {
    for parameter in parameters { body(parameter.type) }
    for content in requestBody?.contents ?? [] { content.type.map(body) }
    for response in responses {
      for content in response.contents { content.type.map(body) }
      for header in response.headers { body(header.type) }
    }
  }

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
