import SchemaIR

/// An object field with everything the naming pass decided about it. Emitters iterate these (from
/// `SymbolTable.fields(of:)`) instead of pairing the IR's fields with names by position.
package struct ResolvedField: Sendable {
  /// The field as the front end declared it.
  package let field: Field
  /// The public property (and initializer parameter) name, unescaped.
  package let member: String
  /// The stored property: `member`, or `_member` behind a deprecated accessor.
  package let storage: String
  /// Whether the member is boxed (`@Indirect`) because it closes a cycle of structs (`RecursionAnalysis`).
  package let isIndirect: Bool

  /// Whether the member is stored under another name than the one users write (it is deprecated).
  package var hasAccessor: Bool { storage != member }
}

/// An enumeration case with its Swift name.
package struct ResolvedCase: Sendable {
  /// The case as the front end declared it.
  package let enumerationCase: EnumerationType.Case
  /// The case (closed enumeration) or static constant (open one), unescaped.
  package let name: String
}

/// A union variant with its Swift case name.
package struct ResolvedVariant: Sendable {
  /// The variant as the front end declared it.
  package let variant: UnionType.Variant
  /// The enum case carrying the variant's value, unescaped.
  package let name: String
}
