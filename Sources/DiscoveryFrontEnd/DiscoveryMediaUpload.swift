import FrontEndSupport
import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// `mediaUpload`: a method that accepts media gets a second operation, `<key>Upload`, sending the
/// media itself with the *simple* protocol (`uploadType=media`, the bytes as the body, to the
/// protocol's `path`).
///
/// The body is one of the `accept`ed media types (a wildcard type is sent as
/// `application/octet-stream`); `maxSize` is documented. A method with a `request` whose simple
/// protocol allows `multipart` also gets `<key>MultipartUpload`: metadata and media in one
/// `multipart/related` body (`uploadType=multipart`). The resumable protocol is documented only.
enum DiscoveryMediaUpload {
  /// The upload operations for `operation`: none, the simple one, or the simple and the multipart one.
  static func uploads(of operation: Operation, method: LocatedNode) throws(DiagnosticError) -> [Operation] {
    guard let simple = try simpleUpload(of: operation, method: method) else { return [] }
    guard let metadata = operation.requestBody?.contents.first?.type,
      try method["mediaUpload"]?["protocols"]?["simple"]?.optionalBool("multipart") == true
    else { return [simple] }
    var multipart = simple
    multipart.name = operation.name + "MultipartUpload"
    if let index = multipart.parameters.firstIndex(where: { $0.name == "uploadType" }) {
      multipart.parameters[index].constraints.constant = .string("multipart")
      multipart.parameters[index].documentation.description = "The multipart upload protocol."
    }
    multipart.requestBody = RequestBody(
      isRequired: true, contents: [Content(mediaType: "multipart/related", type: metadata)],
      documentation: Documentation(description: "The metadata and the media, in one of the accepted types."))
    var text = "Uploads the media of `\(operation.name)` together with its metadata (`uploadType=multipart`: "
    text += "a `multipart/related` body, the metadata as JSON, then the media)."
    multipart.documentation.description = [text, operation.documentation.description].compactMap { $0 }
      .joined(separator: "\n\n")
    return [simple, multipart]
  }

  private static func simpleUpload(of operation: Operation, method: LocatedNode) throws(DiagnosticError)
    -> Operation?
  {
    guard let upload = method["mediaUpload"], let simple = upload["protocols"]?["simple"] else { return nil }
    guard let pathNode = simple["path"] else { throw simple.error("the simple upload protocol has no 'path'") }
    let path = try DiscoveryMethodTranslator.pathTemplate(try pathNode.string("a path"), servicePath: "", at: pathNode)
    var accepted = try upload.strings(at: "accept")
    if accepted.isEmpty { accepted = ["*/*"] }
    var result = operation
    result.name = operation.name + "Upload"
    result.path = path
    let constant = Parameter(
      name: "uploadType", location: .query, type: .primitive(.string), isRequired: true,
      constraints: Constraints(constant: .string("media")),
      documentation: Documentation(description: "The simple upload protocol."))
    let standard = result.parameters.lastIndex { $0.name == "standardParameters" } ?? result.parameters.endIndex
    result.parameters.insert(constant, at: standard)
    result.requestBody = RequestBody(
      isRequired: true, contents: accepted.map { Content(mediaType: $0, type: nil) },
      documentation: Documentation(description: "The media, in one of the accepted types."))
    var text = "Uploads the media of `\(operation.name)` with the simple protocol (`uploadType=media`): "
    text += "the body is the media alone; the metadata keeps its defaults."
    if let maxSize = try upload.optionalString("maxSize") { text += " At most \(maxSize) bytes." }
    result.documentation.description = [text, operation.documentation.description].compactMap { $0 }
      .joined(separator: "\n\n")
    return result
  }
}
