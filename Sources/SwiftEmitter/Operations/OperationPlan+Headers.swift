import SchemaIR

/// The header fields an operation's success answers document, as one struct the client returns
/// beside the body (`getVideoWithHeaders(...)` → `(body: Video, headers: GetVideoHeaders)`).
struct HeadersPlan {
  /// One documented field.
  struct Field {
    var header: ResponseHeader
    /// The member of the headers struct: `xRateLimitLimit`.
    var label: String
    /// The member's Swift type, without the `?` (every member is optional: servers omit fields).
    var type: SwiftType
    /// A list, read comma-separated (`ResponseHeaders.values`).
    var isList: Bool
  }

  /// `GetVideoHeaders`, beside the operation's other types.
  var typeName: String
  /// `getVideoWithHeaders`, beside the operation's method.
  var methodName: String
  var fields: [Field]
  /// Whether this operation's file declares the struct: false for the later users of a shared set.
  var declaresType: Bool
}

extension OperationPlanner {
  /// Counts the operations of the client itself (not of a resource) documenting each header set,
  /// before any is planned, so a set used twice is named once for all of its users.
  mutating func countHeaderSets(_ operations: [Operation]) {
    for operation in operations where operation.resourcePath.isEmpty && Self.documentsHeaders(operation) {
      let fields = Self.headerFields(operation)
      if !fields.isEmpty { headerSetUses[fields, default: 0] += 1 }
    }
  }

  /// The headers plan of one operation: its own `<Operation>Headers`, or the struct it shares with
  /// the other operations documenting the same fields, named after their common prefix
  /// (`XRateLimitHeaders`) and declared with its first user.
  mutating func headersPlan(_ headers: [ResponseHeader], methodName: String, typeBase: String, shareable: Bool)
    -> HeadersPlan
  {
    let fields = headerMembers(headers)
    let shared = shareable && headerSetUses[headers, default: 0] > 1
    if shared, let name = headerSetNames[headers] {
      return HeadersPlan(typeName: name, methodName: methodName, fields: fields, declaresType: false)
    }
    let base = shared ? Self.commonWordPrefix(fields.map(\.label)).map(SwiftNamer.typeName) ?? typeBase : typeBase
    let name = typeScope.allocate(base + "Headers")
    if shared { headerSetNames[headers] = name }
    return HeadersPlan(typeName: name, methodName: methodName, fields: fields, declaresType: true)
  }

  /// The longest prefix of `labels` that ends at a word boundary in each (`xRateLimit` of
  /// `xRateLimitLimit` and `xRateLimitRemaining`); nil when they share no whole word.
  static func commonWordPrefix(_ labels: [String]) -> String? {
    guard var prefix = labels.first.map(Array.init) else { return nil }
    for label in labels.dropFirst() {
      prefix = Array(zip(prefix, label).prefix { $0 == $1 }.map(\.0))
    }
    while !prefix.isEmpty {
      let candidate = String(prefix)
      let endsAWord = labels.allSatisfy { label in
        label.count == candidate.count || label.dropFirst(candidate.count).first?.isUppercase == true
      }
      if endsAWord { return candidate }
      prefix.removeLast()
    }
    return nil
  }

  /// Whether `operation` can return typed headers: not an XRPC method (Lexicon documents none) nor
  /// a streamed answer (its headers come with the stream).
  static func documentsHeaders(_ operation: Operation) -> Bool {
    !operation.isXRPC && !isStreamed(operation)
  }

  /// The headers every success answer of `operation` documents, by name (case-insensitive), the
  /// first documentation of a name kept.
  static func headerFields(_ operation: Operation) -> [ResponseHeader] {
    var seen = Set<String>()
    var fields: [ResponseHeader] = []
    for response in successResponses(operation) {
      for header in response.headers where seen.insert(header.name.lowercased()).inserted {
        fields.append(header)
      }
    }
    return fields
  }

  /// Members for `headers`, named once, in order.
  mutating func headerMembers(_ headers: [ResponseHeader]) -> [HeadersPlan.Field] {
    var names = NameAllocator(reserving: ["init"])
    return headers.map { header in
      var label = SwiftNamer.memberName(header.name)
      if label == "_" { label = "header" }
      if case .array(let element) = header.type {
        return HeadersPlan.Field(
          header: header, label: names.allocate(label), type: mapper.swiftType(element, in: nil), isList: true)
      }
      return HeadersPlan.Field(
        header: header, label: names.allocate(label), type: mapper.swiftType(header.type, in: nil), isList: false)
    }
  }
}
