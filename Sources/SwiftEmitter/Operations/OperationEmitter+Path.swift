import SchemaIR

/// The request path: the template's text and its path parameters, each serialized by the runtime.
extension OperationEmitter {
  /// One piece of a request path: text written as is, or a parameter serialized into a segment.
  enum PathPiece {
    /// A Swift string literal (`"/stream/"`).
    case literal(String)
    /// The arguments of `ParameterSerialization.pathSegment` (`"id"`, `id`, `style: .label`).
    case segment([String])

    /// The function serializing a path parameter.
    static let serializer = "ParameterSerialization.pathSegment"

    var isSegment: Bool {
      if case .segment = self { return true }
      return false
    }

    /// The piece as one expression, on one line.
    var expression: String {
      switch self {
      case .literal(let text): return text
      case .segment(let arguments): return Self.serializer + "(" + arguments.joined(separator: ", ") + ")"
      }
    }
  }

  /// The path as text and serialized parameters, in order; adjacent text is one literal.
  var pathPieces: [PathPiece] {
    var pieces: [PathPiece] = []
    var literal = ""
    var rest = Substring(operation.path)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      literal += rest[..<open]
      let name = String(rest[rest.index(after: open)..<close])
      rest = rest[rest.index(after: close)...]
      guard
        let argument = plan.arguments.first(where: {
          $0.parameter?.location == .path && $0.parameter?.name == name
        }), let parameter = argument.parameter
      else {
        literal += "{" + name + "}"
        continue
      }
      if !literal.isEmpty { pieces.append(.literal(DeclarationEmitter.literal(literal))) }
      literal = ""
      var arguments = [DeclarationEmitter.literal(name), SwiftIdentifier.escaped(argument.label)]
      let style = Self.styleCase(parameter.style ?? "simple", default: "simple")
      if style != "simple" { arguments.append("style: ." + style) }
      if parameter.explode == true { arguments.append("explode: true") }
      if parameter.allowsReserved { arguments.append("allowReserved: true") }
      pieces.append(.segment(arguments))
    }
    literal += rest
    if !literal.isEmpty { pieces.append(.literal(DeclarationEmitter.literal(literal))) }
    return pieces
  }

  /// The statements building the path local: two pieces per statement where they fit on one line
  /// (`var path = try "/stream/" + ParameterSerialization.pathSegment("id", id)`, then
  /// `path += "/sessions"`), else one. Never more than one `+` a statement: a long chain of `+` on
  /// strings is slow to type-check.
  func emitPath(_ pieces: [PathPiece], _ writer: inout SwiftCodeWriter) {
    var statements: [ArraySlice<PathPiece>] = []
    var start = 0
    while start < pieces.count {
      // `var path =` and `let path =` are as wide, so the first statement's keyword can wait.
      let keyword = start == 0 ? "var \(locals.path) =" : "\(locals.path) +="
      let paired = start + 1 < pieces.count && writer.fits(Self.statement(keyword, pieces[start...start + 1]))
      statements.append(pieces[start..<start + (paired ? 2 : 1)])
      start += paired ? 2 : 1
    }
    for (index, statement) in statements.enumerated() {
      let keyword =
        index > 0 ? "\(locals.path) +=" : statements.count > 1 ? "var \(locals.path) =" : "let \(locals.path) ="
      if case .segment(let arguments) = statement.first, statement.count == 1 {
        writer.call(keyword + " try " + PathPiece.serializer, arguments)
      } else {
        writer.line(Self.statement(keyword, statement))
      }
    }
  }

  /// `keyword` followed by `pieces` joined with `+`, `try` first when one of them serializes.
  private static func statement(_ keyword: String, _ pieces: ArraySlice<PathPiece>) -> String {
    keyword + (pieces.contains(where: \.isSegment) ? " try " : " ") + pieces.map(\.expression).joined(separator: " + ")
  }
}
