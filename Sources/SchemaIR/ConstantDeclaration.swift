import SpecgenDiagnostics

/// A named value that is not a type: an AT Protocol `token` (`place.stream.metadata.contentWarnings#death`),
/// whose value is its own reference. Fields that may hold it are string fields listing it in their
/// `knownValues`; the constant gives code a name to compare them with and to write.
///
/// The emitter declares it as a `static let` of `String` in the type it belongs to (`parent`), or in
/// its `namespace`: `PlaceStream.Metadata.ContentWarnings.death`,
/// `AppBsky.Feed.Defs.requestLess`.
public struct ConstantDeclaration: Hashable, Sendable {
  /// `nsid#def`, as for a type declaration.
  public var id: TypeID
  /// The type it is declared in (a lexicon's `main`); nil puts it in `namespace`.
  public var parent: TypeID?
  /// Its name as the source spells it: `death`, `requestLess`.
  public var sourceName: String
  /// Without a parent: the namespaces it is declared in, outermost first, as for a `TypeDeclaration`
  /// (`["app", "bsky", "feed", "defs"]`); empty at the top level.
  public var namespace: [String]
  /// The string value.
  public var value: String
  public var documentation: Documentation
  public var location: SourceLocation?

  public init(
    id: TypeID, parent: TypeID? = nil, sourceName: String, value: String,
    documentation: Documentation = Documentation(), location: SourceLocation? = nil, namespace: [String] = []
  ) {
    self.id = id
    self.parent = parent
    self.sourceName = sourceName
    self.namespace = namespace
    self.value = value
    self.documentation = documentation
    self.location = location
  }
}
