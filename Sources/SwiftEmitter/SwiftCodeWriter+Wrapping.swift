/// Line wrapping for calls and declarations whose argument lists vary with the spec, in the layout
/// `swift format` accepts: everything on one line when it fits in 120 columns, otherwise one
/// argument per line. Every width decision of the emitters goes through `fits`.
extension SwiftCodeWriter {
  /// The widest line the emitters write (the repository's `swift format` limit).
  static let lineLength = 120

  /// Whether `text` and `extra` more columns fit on a line at the current indentation. Columns are
  /// characters; a text whose UTF-8 length fits is not counted (no character is shorter than a byte),
  /// which spares counting the characters of nearly every line.
  func fits(_ text: String, plus extra: Int = 0) -> Bool {
    Self.fits(text, in: Self.lineLength - indentation - extra)
  }

  /// Whether `text` is at most `columns` characters long, counting them only when its UTF-8 length
  /// is over.
  static func fits(_ text: String, in columns: Int) -> Bool {
    text.utf8.count <= columns || text.count <= columns
  }

  /// `head(a, b)tail`, or `head(` + one argument per line, the last followed by `)tail`.
  mutating func call(_ head: String, _ arguments: [String], _ tail: String = "") {
    let single = head + "(" + arguments.joined(separator: ", ") + ")" + tail
    guard !fits(single), !arguments.isEmpty else { return line(single) }
    line(head + "(")
    indented { writer in
      for (index, argument) in arguments.enumerated() {
        writer.line(argument + (index == arguments.count - 1 ? ")" + tail : ","))
      }
    }
  }

  /// `head(a, b)tail {` + body + `}`, the parameters one per line when the header does not fit.
  mutating func declaration(
    _ head: String, _ parameters: [String], _ tail: String, _ body: (inout SwiftCodeWriter) -> Void
  ) {
    let single = head + "(" + parameters.joined(separator: ", ") + ")" + tail
    guard !fits(single, plus: 2), !parameters.isEmpty else { return block(single, body) }
    line(head + "(")
    indented { writer in
      for (index, parameter) in parameters.enumerated() {
        writer.line(parameter + (index == parameters.count - 1 ? "" : ","))
      }
    }
    block(")" + tail, body)
  }
}
