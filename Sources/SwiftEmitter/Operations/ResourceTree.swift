import SchemaIR

/// Resources as types nested in the client, so methods read `client.liveBroadcasts.update(...)` (Discovery
/// resources) or `client.place.stream.access.getStatus()` (XRPC methods, by the segments of their NSIDs).
///
/// Each resource is a small struct holding the client (`YouTubeClient.LiveBroadcasts`), reached by a
/// property named after the resource (`liveBroadcasts`); nested resources nest the same way. Names are
/// decided once, in operation order: a resource type that would shadow a type the methods name
/// unqualified gets `Resource` appended.
struct ResourceTree {
  /// One resource.
  struct Resource {
    /// The resource path as the document spells it, joined with `/`: the key of this resource.
    var key: String
    /// The Swift type path below the client: `["Youtube", "V3"]`.
    var typePath: [String]
    /// The property that reaches it from its parent: `liveBroadcasts`.
    var memberName: String
    /// Keys of the nested resources, in order.
    var children: [String] = []
    /// The names methods of this resource must not take (the `client` member, nested resources).
    var memberScope = NameAllocator(reserving: ["client", "init"])
  }

  private(set) var resources: [String: Resource] = [:]
  /// Keys of the top-level resources, in order.
  private(set) var roots: [String] = []

  var isEmpty: Bool { roots.isEmpty }

  /// The tree for `operations`; `rootMembers` holds the client's member names (taken by reserving),
  /// `takenTypes` the names a resource type must not shadow.
  init(operations: [Operation], rootMembers: inout NameAllocator, takenTypes: Set<String>) {
    var rootTypes = NameAllocator(reserving: takenTypes)
    for operation in operations {
      var parentKey: String?
      for depth in operation.resourcePath.indices {
        let path = Array(operation.resourcePath.prefix(depth + 1))
        let key = path.joined(separator: "/")
        if resources[key] == nil {
          let source = path[depth]
          var typeName = SwiftNamer.typeName(source)
          if takenTypes.contains(typeName) { typeName += "Resource" }
          let member: String
          let parentTypes: [String]
          if let parentKey, var parent = resources[parentKey] {
            member = parent.memberScope.allocate(SwiftNamer.memberName(source))
            parent.children.append(key)
            var siblingTypes = NameAllocator(reserving: takenTypes.union(parent.typePath))
            for child in parent.children.dropLast() { siblingTypes.reserve(resources[child]?.typePath.last ?? "") }
            typeName = siblingTypes.allocate(typeName)
            parentTypes = parent.typePath
            resources[parentKey] = parent
          } else {
            member = rootMembers.allocate(SwiftNamer.memberName(source))
            typeName = rootTypes.allocate(typeName)
            parentTypes = []
            roots.append(key)
          }
          resources[key] = Resource(key: key, typePath: parentTypes + [typeName], memberName: member)
        }
        parentKey = key
      }
    }
  }

  /// Allocates the Swift name of a method of the resource `key` (`update`).
  mutating func allocateMember(_ name: String, in key: String) -> String {
    resources[key]!.memberScope.allocate(name)
  }
}
