import SchemaIR

/// What a schema is at one place it is used (a property, an item, a parameter, a body): its type,
/// plus what the schema says about the value there.
///
/// Every front end produces one per use site and turns it into a `Field`, `Parameter` or
/// `Content`. Facts only one kind of document states stay in that front end, around this value.
package struct TypeUse {
  /// The value's type.
  package var type: TypeReference
  /// Its validation keywords (bounds, lengths, pattern, `const`).
  package var constraints: Constraints
  /// Its description, default, examples, deprecation.
  package var documentation: Documentation
  /// Whether the server sets it and a client's value is ignored (`readOnly`).
  package var isReadOnly: Bool

  /// A use of `type` with nothing more said about it unless given.
  package init(
    type: TypeReference, constraints: Constraints = Constraints(), documentation: Documentation = Documentation(),
    isReadOnly: Bool = false
  ) {
    self.type = type
    self.constraints = constraints
    self.documentation = documentation
    self.isReadOnly = isReadOnly
  }
}
