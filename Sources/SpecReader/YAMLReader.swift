import CYAML
import SpecgenDiagnostics

/// Reads one YAML document into a `Node` tree from libyaml's event stream.
///
/// The event API (not libyaml's document API) lets the reader count alias expansion and depth
/// as it goes, so "billion laughs" and deeply nested input stop early in bounded memory.
/// Merge keys (`<<`) are not interpreted: `<<` is read as an ordinary key.
struct YAMLReader {
  let file: String
  let limits: ReaderLimits
  /// Lines before the bytes read, when they are a piece of a larger document (see `YAMLPieces`).
  var lineOffset = 0

  /// An anchored node and its subtree size including expansions, computed once per anchor.
  private struct Anchored {
    let node: Node
    let size: Int
  }

  func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(DiagnosticError) -> Node {
    try readCountingExpansion(bytes).node
  }

  /// The document, and how many nodes its aliases added (the count `maxAliasExpansion` bounds).
  func readCountingExpansion(_ bytes: UnsafeBufferPointer<UInt8>) throws(DiagnosticError) -> (
    node: Node, expansion: Int
  ) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else {
      throw DiagnosticError("the document is empty", at: SourceLocation(file: file, line: 1, column: 1))
    }
    // Heap-allocated so libyaml's structs never move while it holds pointers into them.
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    defer { parser.deallocate() }
    guard yaml_parser_initialize(parser) != 0 else {
      throw DiagnosticError("cannot start the YAML parser (out of memory)", at: nil)
    }
    defer { yaml_parser_delete(parser) }
    yaml_parser_set_input_string(parser, base, bytes.count)
    let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    defer { event.deallocate() }

    var builder = NodeTreeBuilder(maxDepth: limits.maxDepth)
    var anchors: [String: Anchored] = [:]
    var expansion = 0
    var documents = 0
    while true {
      guard yaml_parser_parse(parser, event) != 0 else {
        throw parserError(parser.pointee, bytes)
      }
      defer { yaml_event_delete(event) }
      let location = self.location(event.pointee.start_mark)
      switch event.pointee.type {
      case YAML_STREAM_END_EVENT:
        return (try finish(builder.root), expansion)
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        if documents > 1 {
          throw DiagnosticError("expected a single document, found another one", at: location)
        }
      case YAML_SCALAR_EVENT:
        let data = event.pointee.data.scalar
        if data.anchor == nil, builder.expectsKey {
          // Keys are only text; skip allocating a node that would be dropped at once.
          try builder.addKey(text(data.value, count: data.length), at: location)
          continue
        }
        let scalar = Scalar(
          text(data.value, count: data.length), style: style(data.style), tag: data.tag.map { text($0) })
        let node = Node(.scalar(scalar), at: location)
        try builder.add(node)
        if let anchor = data.anchor { anchors[text(anchor)] = Anchored(node: node, size: 1) }
      case YAML_ALIAS_EVENT:
        let name = event.pointee.data.alias.anchor.map { text($0) } ?? ""
        guard let anchored = anchors[name] else {
          if builder.isOpen(anchor: name) {
            throw DiagnosticError("alias '*\(name)' refers to a node that contains it", at: location)
          }
          throw DiagnosticError("alias '*\(name)' refers to an unknown anchor", at: location)
        }
        expansion += anchored.size
        if expansion > limits.maxAliasExpansion {
          throw DiagnosticError(
            "aliases expand to more than \(limits.maxAliasExpansion) nodes (alias '*\(name)' adds \(anchored.size);"
              + " --max-alias-expansion)",
            at: location)
        }
        try builder.add(anchored.node, size: anchored.size, aliasLocation: location)
      case YAML_SEQUENCE_START_EVENT:
        try builder.open(
          mapping: false, at: location, anchor: event.pointee.data.sequence_start.anchor.map { text($0) })
      case YAML_MAPPING_START_EVENT:
        try builder.open(mapping: true, at: location, anchor: event.pointee.data.mapping_start.anchor.map { text($0) })
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        let closed = try builder.close()
        if let anchor = closed.anchor { anchors[anchor] = Anchored(node: closed.node, size: closed.size) }
      default:
        break
      }
    }
  }

  private func finish(_ root: Node?) throws(DiagnosticError) -> Node {
    guard let root else {
      throw DiagnosticError("the document is empty", at: SourceLocation(file: file, line: 1, column: 1))
    }
    if case .scalar(let scalar) = root.content, scalar.text.isEmpty, scalar.style == .plain, scalar.tag == nil {
      throw DiagnosticError("the document is empty", at: root.location)
    }
    return root
  }

  private func location(_ mark: yaml_mark_t) -> SourceLocation {
    // libyaml marks are 0-based and count characters, not bytes.
    SourceLocation(file: file, line: lineOffset + Int(mark.line) + 1, column: Int(mark.column) + 1)
  }

  private func text(_ pointer: UnsafeMutablePointer<yaml_char_t>, count: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
  }

  private func text(_ pointer: UnsafeMutablePointer<yaml_char_t>) -> String {
    String(cString: pointer)
  }

  private func style(_ style: yaml_scalar_style_t) -> Scalar.Style {
    switch style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: return .literal
    case YAML_FOLDED_SCALAR_STYLE: return .folded
    default: return .plain
    }
  }

  /// libyaml's problem and context as `file:line:col: error: <problem> <context>`.
  private func parserError(_ parser: yaml_parser_t, _ bytes: UnsafeBufferPointer<UInt8>) -> DiagnosticError {
    let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
    switch parser.error {
    case YAML_MEMORY_ERROR:
      return DiagnosticError("the YAML parser ran out of memory", at: nil)
    case YAML_READER_ERROR:
      // Reader errors (bad encoding) carry a byte offset, not a mark.
      var message = problem
      if parser.problem_value >= 0 {
        let value = String(UInt32(parser.problem_value), radix: 16, uppercase: true)
        message += " (byte 0x\(value.count < 2 ? "0" + value : value))"
      }
      return DiagnosticError(message, at: TextPosition.location(ofByte: parser.problem_offset, in: bytes, file: file))
    default:
      var message = problem
      if let context = parser.context { message += " " + String(cString: context) }
      let mark = location(parser.problem_mark)
      // libyaml's message for a tab in indentation does not mention tabs; say what is wrong.
      if !message.contains("tab"),
        let offset = TextPosition.byteOffset(line: mark.line, column: mark.column, in: bytes),
        TextPosition.isIndentationTab(at: offset, in: bytes)
      {
        message += " (a tab is used for indentation; YAML indentation must use spaces)"
      }
      return DiagnosticError(message, at: mark)
    }
  }
}
