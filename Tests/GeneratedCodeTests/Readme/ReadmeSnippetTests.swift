import Foundation
import Livepeer
import SpecgenRuntime
import Testing

/// The README's Swift blocks are the regions of the ReadmeSnippets files, verbatim; each region's calls run
/// against a recording transport and send what the README says.
@Suite struct ReadmeSnippetTests {
  /// A fenced ```swift block of README.md: its `import` lines and the rest.
  struct Block: CustomStringConvertible {
    var imports: [String]
    var code: String
    var description: String { code }
  }

  static func readmeBlocks() throws -> [Block] {
    let text = try String(contentsOf: PackageLayout.root.appendingPathComponent("README.md"), encoding: .utf8)
    var blocks: [Block] = []
    var current: [String]?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if current == nil, line == "```swift" {
        current = []
      } else if let lines = current, line == "```" {
        current = nil
        // A package manifest is checked by scripts/check-install.sh, which builds it.
        if lines.first?.hasPrefix("// swift-tools-version") == true { continue }
        let imports = lines.filter { $0.hasPrefix("import ") }
        let code = lines.filter { !$0.hasPrefix("import ") }.drop { $0.isEmpty }.joined(separator: "\n")
        blocks.append(Block(imports: imports, code: code))
      } else if current != nil {
        current?.append(line)
      }
    }
    return blocks
  }

  /// A `// README: name` region of a ReadmeSnippets file, indentation removed, with the file's imports.
  struct Region {
    var name: String
    var code: String
    var imports: Set<String>
  }

  static func snippetRegions() throws -> [Region] {
    let folder = PackageLayout.root.appendingPathComponent("Tests/GeneratedCodeTests/Readme")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasPrefix("ReadmeSnippets") && $0.hasSuffix(".swift") }.sorted()
    var regions: [Region] = []
    for file in files {
      let lines = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let imports = Set(lines.filter { $0.hasPrefix("import ") })
      var name: String?
      var body: [String] = []
      for line in lines {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("// README: ") {
          name = String(trimmed.dropFirst("// README: ".count))
          body = []
        } else if trimmed == "// README end", let open = name {
          let indent = body.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
          let code = body.map { String($0.dropFirst(min(indent, $0.count))) }.joined(separator: "\n")
          regions.append(Region(name: open, code: code, imports: imports))
          name = nil
        } else if name != nil {
          body.append(line)
        }
      }
    }
    return regions
  }

  @Test func everyReadmeSwiftBlockIsACompiledSnippet() throws {
    let blocks = try Self.readmeBlocks()
    let regions = try Self.snippetRegions()
    #expect(blocks.count >= 9)
    #expect(regions.count == blocks.count)
    for block in blocks {
      let region = regions.first { $0.code == block.code }
      #expect(region != nil, "README block is not a region of a ReadmeSnippets file:\n\(block)")
      #expect(Set(block.imports).isSubset(of: region?.imports ?? []), "\(block.imports)")
    }
    let shown = Set(blocks.map(\.code))
    for region in regions {
      #expect(shown.contains(region.code), "region '\(region.name)' is not shown in README.md")
    }
  }

  @Test func livepeerSnippetSendsWhatItSays() async throws {
    #expect(try ReadmeSnippets.livepeerClient(apiKey: "k").serverURL.absoluteString == "https://livepeer.studio/api")
    let transport = RecordingTransport(answers: [
      .json(201, #"{"id":"s1","name":"studio","streamKey":"abcd-1234"}"#),
      APIResponse(status: 204),
      .json(404, #"{"errors":["not found"]}"#),
    ])
    let output = SnippetOutput()
    try await ReadmeSnippets.livepeerCalls(
      LivepeerClient(transport: transport, credentials: .init(apiKey: "secret")), output: output)
    let sent = transport.requests.map(\.request)
    #expect(
      sent.map { "\($0.method) \($0.path)" } == ["POST /stream", "PATCH /stream/s1", "GET /stream/no-such-stream"])
    #expect(sent.allSatisfy { $0.header("Authorization") == "Bearer secret" })
    #expect(try JSONValue(jsonData: try #require(sent[0].body)) == ["name": "studio"])
    #expect(try JSONValue(jsonData: try #require(sent[1].body)) == ["playbackPolicy": nil, "record": true])
    #expect(output.printed == ["studio abcd-1234", #"404 ["not found"]"#])

    let validation = SnippetOutput()
    ReadmeSnippets.livepeerValidation(output: validation)
    #expect(validation.printed.count == 1)
    #expect(
      FfmpegProfile(width: 64, name: "tiny", height: 64, bitrate: 1, fps: 0).violations.map(\.path) == [
        "width", "height", "bitrate",
      ])
  }
}
