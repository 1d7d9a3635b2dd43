/// Writes the resource types of a Discovery client (see `ResourceTree`) in one file:
/// `extension YouTubeClient { public var liveBroadcasts: LiveBroadcasts { ... }; public struct LiveBroadcasts ... }`.
struct ResourceEmitter {
  let tree: ResourceTree
  let clientName: String
  /// `public `, `package ` or empty.
  let access: String

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
      let source = key.split(separator: "/").last.map(String.init) ?? key
      writer.documentation("The methods of the `\(source)` resource.")
      writer.line(
        "\(access)var \(SwiftIdentifier.escaped(resource.memberName)): \(typeName) { \(typeName)(client: \(client)) }")
      writer.blankLine()
      writer.documentation("The methods of the `\(key.split(separator: "/").joined(separator: "."))` resource.")
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
