/// Writes the resource types of a client (see `ResourceTree`) in one file:
/// `extension YouTubeClient { public var liveBroadcasts: LiveBroadcasts { ... }; public struct LiveBroadcasts ... }`.
struct ResourceEmitter {
  /// What the resources are, for their documentation.
  enum Kind {
    /// Discovery resources: "The methods of the `liveBroadcasts` resource."
    case resource
    /// An XRPC client's NSID namespaces, always by their whole dotted path: "The methods of the
    /// `place.stream` namespace."
    case namespace
  }

  let tree: ResourceTree
  let clientName: String
  /// `public `, `package ` or empty.
  let access: String
  var kind = Kind.resource

  func emit() -> String {
    var writer = SwiftCodeWriter()
    writer.block("extension \(clientName)") { writer in
      emitMembers(tree.roots, client: "self", into: &writer)
    }
    return writer.text
  }

  /// The properties reaching `keys` and their struct declarations.
  private func emitMembers(_ keys: [String], client: String, into writer: inout SwiftCodeWriter) {
    for (index, key) in keys.enumerated() {
      guard let resource = tree.resources[key], let typeName = resource.typePath.last else { continue }
      if index > 0 { writer.blankLine() }
      let dotted = key.split(separator: "/").joined(separator: ".")
      let source = kind == .namespace ? dotted : key.split(separator: "/").last.map(String.init) ?? key
      let noun = kind == .namespace ? "namespace" : "resource"
      writer.documentation("The methods of the `\(source)` \(noun).")
      writer.line(
        "\(access)var \(SwiftIdentifier.escaped(resource.memberName)): \(typeName) { \(typeName)(client: \(client)) }")
      writer.blankLine()
      writer.documentation("The methods of the `\(dotted)` \(noun).")
      writer.block("\(access)struct \(typeName): Sendable") { writer in
        writer.documentation("The client the methods send requests through.")
        writer.line("\(access)let client: \(clientName)")
        if !resource.children.isEmpty {
          writer.blankLine()
          emitMembers(resource.children, client: "client", into: &writer)
        }
      }
    }
  }
}
