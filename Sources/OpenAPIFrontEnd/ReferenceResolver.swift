import FrontEndSupport
import SpecReader
import SpecgenDiagnostics

/// Finds what a `$ref` points at, in the root document or another file under the spec root.
///
/// Remote URLs are refused (the generator never touches the network); paths outside the root are
/// refused by the `DocumentLoader` before anything is read.
final class ReferenceResolver {
  let loader: DocumentLoader
  let rootFile: String
  /// Resolved targets by referring file and `$ref` text: a large spec repeats the same few hundred
  /// references thousands of times, and parsing the pointer and asking the loader each time cost
  /// more than translating the schemas.
  private var resolved: [ResolvedKey: LocatedNode] = [:]
  private var documents: [String: LocatedNode] = [:]

  private struct ResolvedKey: Hashable {
    var file: String
    var reference: String
  }

  init(loader: DocumentLoader, rootFile: String) {
    self.loader = loader
    self.rootFile = rootFile
  }

  func document(_ file: String) throws(DiagnosticError) -> LocatedNode {
    if let known = documents[file] { return known }
    let document = LocatedNode(
      node: try loader.load(file), location: NodeLocation(file: file, pointer: JSONPointer()))
    documents[file] = document
    return document
  }

  /// The node a `$ref` value names. `reference` is the `$ref` string's own node, for errors.
  func resolve(_ reference: LocatedNode) throws(DiagnosticError) -> LocatedNode {
    let text = try reference.text("a reference string")
    let key = ResolvedKey(file: reference.location.file, reference: text)
    if let known = resolved[key] { return known }
    let target = try resolveUncached(reference, text: text)
    resolved[key] = target
    return target
  }

  private func resolveUncached(_ reference: LocatedNode, text: String) throws(DiagnosticError) -> LocatedNode {
    let file: String
    let fragment: Substring
    if let hash = text.firstIndex(of: "#") {
      file = String(text[..<hash])
      fragment = text[hash...]
    } else {
      file = text
      fragment = "#"
    }
    if file.contains("://") || file.hasPrefix("//") {
      throw reference.error("remote reference '\(text)' is not supported: specgen reads only files under the spec root")
    }
    let targetFile = file.isEmpty ? reference.location.file : Self.join(reference.location.file, file)
    guard let pointer = JSONPointer(fragment: String(fragment)) else {
      throw reference.error("'\(text)' is not a valid JSON pointer reference")
    }
    let document: LocatedNode
    if targetFile == reference.location.file || file.isEmpty {
      document = try self.document(reference.location.file)
    } else {
      do {
        document = try self.document(targetFile)
      } catch {
        var diagnostics = error.diagnostics
        diagnostics.insert(
          Diagnostic(
            .error, "cannot follow reference '\(text)'", at: reference.node.location,
            path: reference.location.pointer.description), at: 0)
        throw DiagnosticError(diagnostics)
      }
    }
    guard let target = pointer.resolve(in: document.node) else {
      throw reference.error("unresolved reference '\(text)': \(targetFile)\(pointer) does not exist")
    }
    return LocatedNode(node: target, location: NodeLocation(file: targetFile, pointer: pointer))
  }

  /// Follows `$ref` until a node that is not a bare reference, refusing cycles (`A → B → A`).
  ///
  /// Reference objects outside schemas (parameters, responses, request bodies) use this too.
  func dereference(_ node: LocatedNode) throws(DiagnosticError) -> LocatedNode {
    var current = node
    var seen: Set<NodeLocation> = [node.location]
    while let reference = current["$ref"], current.node.mapping != nil {
      let next = try resolve(reference)
      if !seen.insert(next.location).inserted {
        throw node.error(
          "reference cycle: '\(next.location.pointer)' refers back to itself without an object in between")
      }
      current = next
    }
    return current
  }

  /// `dir/a.yaml` + `../b.yaml` → `b.yaml`; the loader decides whether the result is allowed.
  static func join(_ base: String, _ relative: String) -> String {
    if relative.hasPrefix("/") { return relative }
    var parts = base.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    if !parts.isEmpty { parts.removeLast() }
    for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..":
        if parts.isEmpty || parts.last == ".." { parts.append("..") } else { parts.removeLast() }
      default: parts.append(String(part))
      }
    }
    return parts.joined(separator: "/")
  }
}
