import Foundation
import GeneratorPipeline
import Testing

/// One case of the bad-input corpus: a folder under `Corpus/` holding the input and `expected.txt`.
///
/// `expected.txt` is line-based; blank lines and `#` comments are ignored:
/// ```
/// spec: openapi.yaml          # the input, relative to the case (default: its only file or folder)
/// status: 1                   # the exit status
/// stderr: openapi.yaml:6:19: error: … (at #/pointer)   # every stderr line, in order, paths relative to the case
/// compiles: true              # a legal case: its output must type-check
/// generate: deep-json openapi.json 10000   # write the input on the fly (see `InputGenerator`)
/// limit: max-depth 8          # override one reader limit, as the CLI flag of that name does
/// output: fifo Thing.swift     # plant something in the output folder first (see `OutputHazard`)
/// ```
///
/// Paths under the output folder print as `out/…` in `stderr:` lines.
struct BadInputCase: Sendable, CustomTestStringConvertible {
  var name: String
  var spec: String
  /// The expected exit status (0 success, 1 input error).
  var status: Int32
  var standardError: [String]
  var compiles = false
  var generated: [InputGenerator] = []
  var limits = InputLimits.default
  var outputHazards: [OutputHazard] = []

  var testDescription: String { name }

  static let corpusFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")
    .path

  /// Every case in the corpus, sorted by name.
  static let all: [BadInputCase] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusFolder)) ?? []
    return names.sorted().map { name in
      do {
        return try BadInputCase(name: name)
      } catch {
        // A broken expectation file must fail loudly, not drop the case.
        return BadInputCase(
          name: name, spec: "", status: -1, standardError: ["unreadable expected.txt: \(error)"])
      }
    }
  }()

  init(name: String, spec: String, status: Int32, standardError: [String]) {
    self.name = name
    self.spec = spec
    self.status = status
    self.standardError = standardError
  }

  init(name: String) throws {
    self.name = name
    self.spec = ""
    self.status = -1
    self.standardError = []
    let folder = Self.corpusFolder + "/" + name
    let text = try String(contentsOfFile: folder + "/expected.txt", encoding: .utf8)
    var spec: String?
    var status: Int32?
    var standardError: [String] = []
    for rawLine in text.split(separator: "\n") {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      guard let colon = line.firstIndex(of: ":") else { throw CorpusError("no key in '\(line)'") }
      let key = line[..<colon]
      let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      switch key {
      case "spec": spec = value
      case "status":
        guard let code = Int32(value) else { throw CorpusError("bad status '\(value)'") }
        status = code
      case "stderr": standardError.append(value)
      case "compiles": compiles = value == "true"
      case "generate": generated.append(try InputGenerator(value))
      case "limit": limits = try Self.applying(value, to: limits)
      case "output": outputHazards.append(try OutputHazard(value))
      default: throw CorpusError("unknown key '\(key)'")
      }
    }
    guard let status else { throw CorpusError("no status") }
    self.status = status
    self.standardError = standardError
    if let spec {
      self.spec = spec
    } else {
      let inputs = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0 != "expected.txt" }
      guard inputs.count == 1 else { throw CorpusError("name the input with 'spec:' (found \(inputs))") }
      self.spec = inputs[0]
    }
  }

  private static func applying(_ value: String, to original: InputLimits) throws -> InputLimits {
    var limits = original
    let parts = value.split(separator: " ")
    guard parts.count == 2, let number = Int(parts[1]) else { throw CorpusError("bad limit '\(value)'") }
    switch parts[0] {
    case "max-input-bytes": limits.maxInputBytes = number
    case "max-depth": limits.maxDepth = number
    case "max-alias-expansion": limits.maxAliasExpansion = number
    default: throw CorpusError("unknown limit '\(parts[0])'")
    }
    return limits
  }
}

/// Something hostile planted in the output folder before the run (after `keep.txt` and `Old.swift`).
struct OutputHazard: Sendable {
  enum Kind: String, Sendable {
    /// `fifo <path>`: a FIFO at a path the run wants to write.
    case fifo
    /// `link <path> <target>`: a symbolic link (the target is relative to the link).
    case link
    /// `file`: the output path itself is a regular file, not a folder.
    case file
    /// `sparse <path> <MiB>`: a foreign file of that many MiB that takes no disk space.
    case sparse
  }

  var kind: Kind
  var arguments: [String]

  init(_ text: String) throws {
    let parts = text.split(separator: " ").map(String.init)
    guard let first = parts.first, let kind = Kind(rawValue: first) else { throw CorpusError("bad output '\(text)'") }
    self.kind = kind
    self.arguments = Array(parts.dropFirst())
    let counts: [Kind: Int] = [.fifo: 1, .link: 2, .file: 0, .sparse: 2]
    guard arguments.count == counts[kind] else { throw CorpusError("bad output '\(text)'") }
  }

  /// Plants the hazard in the output folder `output`.
  func plant(in output: String) throws {
    switch kind {
    case .fifo:
      guard mkfifo(output + "/" + arguments[0], 0o644) == 0 else { throw CorpusError("mkfifo failed") }
    case .link:
      try FileManager.default.createSymbolicLink(
        atPath: output + "/" + arguments[0], withDestinationPath: arguments[1])
    case .file:
      try FileManager.default.removeItem(atPath: output)
      try Data("a file where the output folder should be\n".utf8).write(to: URL(fileURLWithPath: output))
    case .sparse:
      let path = output + "/" + arguments[0]
      guard let mebibytes = Int(arguments[1]),
        FileManager.default.createFile(atPath: path, contents: Data("not generated\n".utf8)),
        truncate(path, off_t(mebibytes) << 20) == 0
      else { throw CorpusError("cannot make sparse file \(path)") }
    }
  }
}

/// Writes an input too big or too deep to commit, at the start of a case's run.
struct InputGenerator: Sendable {
  enum Shape: String, Sendable {
    /// `x-deep: [[[…]]]`, `size` levels of YAML flow sequences.
    case deepYAMLFlow = "deep-yaml-flow"
    /// `x-deep: - - - … leaf`, `size` levels of YAML block sequences.
    case deepYAMLBlock = "deep-yaml-block"
    /// `{"x-deep": [[[…]]]}`, `size` levels of JSON arrays.
    case deepJSON = "deep-json"
    /// A valid OpenAPI document of `size` megabytes (one long description).
    case megabytes
    /// `A0: {$ref: A1}`, … `A<size>: {type: string}`: a chain of aliases, one recursion per link.
    case aliasChain = "alias-chain"
    /// `size` independent object schemas: one output file each.
    case flatSchemas = "flat-schemas"
    /// A lexicon with `size` array definitions, each of the next: many lookups by definition name.
    case lexiconArrayChain = "lexicon-array-chain"
    /// `A0: {allOf: [A1, {own property}]}`, … `A<size>`: every level copies the fields below it.
    case allOfChain = "allof-chain"
    /// One `oneOf` of `size` object schemas.
    case wideOneOf = "wide-oneof"
    /// `S0: {next: S1}`, … `S<size-1>: {next: S0}`: objects each using the next, in a ring.
    case objectChain = "object-chain"
    /// An empty folder named `file` (git keeps no empty folders); `size` is ignored.
    case emptyFolder = "empty-folder"
  }

  var shape: Shape
  var file: String
  var size: Int

  init(_ text: String) throws {
    let parts = text.split(separator: " ").map(String.init)
    guard parts.count == 3, let shape = Shape(rawValue: parts[0]), let size = Int(parts[2]) else {
      throw CorpusError("bad generate '\(text)'")
    }
    self.shape = shape
    self.file = parts[1]
    self.size = size
  }

  /// One operation, so every generated document has something to generate.
  static let header =
    "openapi: 3.1.0\ninfo: {title: T, version: \"1\"}\npaths: {/ping: {get: {responses: {'204': {description: ok}}}}}\n"

  /// Writes the input into `folder`.
  func write(into folder: String) throws {
    let path = folder + "/" + file
    if shape == .emptyFolder {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } else {
      try Data(bytes()).write(to: URL(fileURLWithPath: path))
    }
  }

  func bytes() -> [UInt8] {
    switch shape {
    case .emptyFolder:
      return []
    case .allOfChain:
      var text = Self.header + "components:\n  schemas:\n"
      for index in 0..<size {
        text +=
          "    A\(index): {allOf: [{$ref: '#/components/schemas/A\(index + 1)'}, "
          + "{type: object, properties: {p\(index): {type: string}}}]}\n"
      }
      return Array((text + "    A\(size): {type: object, properties: {last: {type: string}}}\n").utf8)
    case .objectChain:
      var text = Self.header + "components:\n  schemas:\n"
      for index in 0..<size {
        let next = "#/components/schemas/S\((index + 1) % size)"
        text += "    S\(index): {type: object, properties: {next: {$ref: '\(next)'}}}\n"
      }
      return Array(text.utf8)
    case .wideOneOf:
      var text = Self.header + "components:\n  schemas:\n    Wide:\n      oneOf:\n"
      for index in 0..<size { text += "        - {$ref: '#/components/schemas/V\(index)'}\n" }
      for index in 0..<size {
        text += "    V\(index): {type: object, required: [v\(index)], properties: {v\(index): {type: integer}}}\n"
      }
      return Array(text.utf8)
    case .deepYAMLFlow:
      return Array(
        (Self.header + "x-deep: " + String(repeating: "[", count: size) + String(repeating: "]", count: size)
          + "\n").utf8)
    case .deepYAMLBlock:
      return Array((Self.header + "x-deep:\n  " + String(repeating: "- ", count: size) + "leaf\n").utf8)
    case .deepJSON:
      return Array(
        ("{\"openapi\": \"3.1.0\", \"x-deep\": " + String(repeating: "[", count: size)
          + String(repeating: "]", count: size) + "}\n").utf8)
    case .megabytes:
      var bytes = Array((Self.header + "x-padding: \"").utf8)
      bytes.append(contentsOf: repeatElement(UInt8(ascii: "a"), count: size << 20))
      bytes.append(contentsOf: Array("\"\n".utf8))
      return bytes
    case .aliasChain:
      var text = Self.header + "components:\n  schemas:\n"
      for index in 0..<size { text += "    A\(index): {$ref: '#/components/schemas/A\(index + 1)'}\n" }
      return Array((text + "    A\(size): {type: string}\n").utf8)
    case .flatSchemas:
      var text = Self.header + "components:\n  schemas:\n"
      for index in 0..<size { text += "    O\(index): {type: object, properties: {name: {type: string}}}\n" }
      return Array(text.utf8)
    case .lexiconArrayChain:
      func definition(_ index: Int) -> String {
        index == size
          ? "\"l\(index)\": {\"type\": \"string\"}"
          : "\"l\(index)\": {\"type\": \"array\", \"items\": {\"type\": \"ref\", \"ref\": \"#l\(index + 1)\"}}"
      }
      let main = "\"main\": {\"type\": \"object\", \"properties\": {\"first\": {\"type\": \"ref\", \"ref\": \"#l0\"}}}"
      let definitions = [main] + (0...size).map(definition)
      return Array(
        ("{\"lexicon\": 1, \"id\": \"com.example.chain\", \"defs\": {" + definitions.joined(separator: ", ") + "}}\n")
          .utf8)
    }
  }
}

struct CorpusError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
