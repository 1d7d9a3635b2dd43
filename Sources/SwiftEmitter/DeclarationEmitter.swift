import SchemaIR

/// Writes one top-level declaration and everything nested in it, i.e. the body of one file.
///
/// The kinds live in their own files (`ObjectEmitter`, `EnumerationEmitter`, `UnionEmitter`); this
/// part dispatches, nests children inside their parent's body and publishes deprecated declarations.
struct DeclarationEmitter {
  let symbols: SymbolTable
  /// `public `, `package ` or empty (internal), ready to prefix a declaration.
  let access: String
  let mapper: TypeMapper
  var writer = SwiftCodeWriter()
  /// The modules the file's code needs, from every type it writes (`uses`).
  private(set) var imports: SwiftType.Imports = []

  init(symbols: SymbolTable, accessLevel: EmitterOptions.AccessLevel) {
    self.symbols = symbols
    self.access = accessLevel.prefix
    self.mapper = TypeMapper(symbols: symbols)
  }

  /// `type`, noting the modules it needs: every type the file writes passes through here, which is
  /// how the file's imports are decided.
  @discardableResult
  mutating func uses(_ type: SwiftType) -> SwiftType {
    imports.formUnion(type.imports)
    return type
  }

  /// Notes that the file calls a function of the runtime (an extension of `Decoder`, `Encoder` or a
  /// container), which no type it writes names.
  mutating func callsRuntime() {
    imports.insert(.runtime)
  }

  /// The conformances every generated type has.
  static let valueConformances = ["Codable", "Hashable", "Sendable"]

  mutating func emit(_ id: TypeID) {
    guard let declaration = symbols.declaration(id) else { return }
    writer.blankLine()
    let documentation = DocumentationText.forType(declaration.documentation)
    if !documentation.isEmpty { writer.documentation(documentation) }
    switch declaration.kind {
    case .object(let object): emitObject(declaration, object)
    case .enumeration(let enumeration): emitEnumeration(declaration, enumeration)
    case .union(let union): emitUnion(declaration, union)
    case .alias(let reference):
      let target = uses(mapper.swiftType(reference, in: symbols.parent(of: id)))
      writer.line("\(access)typealias \(symbols.declaredName(id)) = \(target)")
    }
    if declaration.documentation.isDeprecated {
      writer.blankLine()
      writer.documentation("Deprecated: use of this type is discouraged by the API.")
      writer.line("@available(*, deprecated)")
      writer.line("\(access)typealias \(symbols.publicName(id)) = \(symbols.declaredName(id))")
    }
  }

  /// The declarations nested in `id`, each after a blank line.
  mutating func emitNested(in id: TypeID) {
    for child in symbols.nested(in: id) {
      emit(child)
    }
  }

  /// `"text"` as a Swift string literal.
  ///
  /// Works on UTF-8 bytes: only ASCII bytes are escaped, so the bytes of other characters are copied
  /// as they are, and text with nothing to escape (nearly all) is copied whole.
  static func literal(_ text: String) -> String {
    func needsEscape(_ byte: UInt8) -> Bool {
      byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }
    guard text.utf8.contains(where: needsEscape) else { return "\"" + text + "\"" }
    var bytes: [UInt8] = [UInt8(ascii: "\"")]
    bytes.reserveCapacity(text.utf8.count + 8)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
      case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case _ where needsEscape(byte): bytes += Array("\\u{\(String(byte, radix: 16))}".utf8)
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Opens a type's body: `head: A, B {` on one line when it fits in 120 columns, else the
  /// conformances wrap (indented) and the brace gets its own line, as swift-format lays it out.
  mutating func openTypeBlock(_ head: String, conformances: [String]) {
    let single = head + ": " + conformances.joined(separator: ", ") + " {"
    if writer.fits(single) {
      writer.openBlock(String(single.dropLast(2)))
      return
    }
    var lines: [String] = []
    var current = head + ":"
    for (index, conformance) in conformances.enumerated() {
      let piece = conformance + (index + 1 < conformances.count ? "," : "")
      let indent = lines.isEmpty ? 0 : SwiftCodeWriter.indentWidth
      let candidate = current.isEmpty ? piece : current + " " + piece
      if !writer.fits(candidate, plus: indent), !current.isEmpty, current != head + ":" {
        lines.append(current)
        current = piece
      } else {
        current = candidate
      }
    }
    lines.append(current)
    writer.line(lines[0])
    writer.indented { writer in
      for line in lines.dropFirst() { writer.line(line.trimmingLeadingSpace) }
    }
    writer.openBlock("")
  }
}

extension String {
  fileprivate var trimmingLeadingSpace: String {
    String(drop { $0 == " " })
  }
}
