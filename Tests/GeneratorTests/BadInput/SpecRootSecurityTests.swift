import Foundation
import GeneratorPipeline
import Testing

/// specgen reads nothing outside the spec's folder and opens no socket.
///
/// The forbidden targets are FIFOs with no writer: opening one for reading blocks forever, so a
/// generator that opened the file before deciding to refuse it would hang (and hit the time limit)
/// instead of failing fast. `strace` then shows, for the real executable, that no `open` of anything
/// outside the root and no `socket`/`connect` happens at all.
@Suite(.timeLimit(.minutes(2))) struct SpecRootSecurityTests {
  /// Lays out `root/` (the spec folder) and `outside/secret.yaml` (a FIFO), and a spec whose schema is `ref`.
  private func layout(ref: String, in scratch: ScratchFolder) throws {
    try FileManager.default.createDirectory(atPath: scratch.url("outside"), withIntermediateDirectories: true)
    #expect(mkfifo(scratch.url("outside/secret.yaml"), 0o600) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: scratch.url("root-link.yaml"), withDestinationPath: scratch.url("outside/secret.yaml"))
    try scratch.write(
      "root/openapi.yaml",
      """
      openapi: 3.1.0
      info: {title: T, version: "1"}
      paths: {}
      components:
        schemas:
          Thing: {$ref: '\(ref)'}

      """)
    try FileManager.default.createSymbolicLink(
      atPath: scratch.url("root/link.yaml"), withDestinationPath: "../outside/secret.yaml")
  }

  @Test(arguments: ["../outside/secret.yaml#/x", "link.yaml#/x", "OUTSIDE/outside/secret.yaml#/x", "../root-link.yaml"])
  func outsideRootReferenceIsRefusedBeforeAnyRead(_ ref: String) throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try layout(ref: ref.replacingOccurrences(of: "OUTSIDE", with: scratch.path), in: scratch)
    let outcome = SpecgenCommands.generate(
      spec: scratch.url("root/openapi.yaml"), output: scratch.url("out"), moduleName: "M", access: .public)
    #expect(outcome.status == .inputError)
    #expect(outcome.standardError.last?.contains("outside the spec root") == true, "\(outcome.standardError)")
    #expect(!FileManager.default.fileExists(atPath: scratch.url("out")))
  }

  @Test func fifoInsideRootIsRefusedWithoutWaiting() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try layout(ref: "pipe.yaml#/x", in: scratch)
    #expect(mkfifo(scratch.url("root/pipe.yaml"), 0o600) == 0)
    let outcome = SpecgenCommands.generate(
      spec: scratch.url("root/openapi.yaml"), output: scratch.url("out"), moduleName: "M", access: .public)
    #expect(outcome.status == .inputError)
    #expect(outcome.standardError.last?.hasSuffix("pipe.yaml': not a regular file") == true, "\(outcome.standardError)")
  }

  /// A FIFO given as the spec itself: refused at once, and the diagnostic starts with `path:1:1:`.
  @Test func fifoAsTheSpecIsRefusedWithItsPath() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    #expect(mkfifo(scratch.url("spec.yaml"), 0o600) == 0)
    let outcome = SpecgenCommands.generate(
      spec: scratch.url("spec.yaml"), output: scratch.url("out"), moduleName: "M", access: .public)
    #expect(outcome.status == .inputError)
    #expect(
      outcome.standardError == [
        "\(scratch.url("spec.yaml")):1:1: error: cannot read '\(scratch.url("spec.yaml"))': not a regular file"
      ])
  }

  /// The executable under `strace -f`: every spec kind, a remote `$ref` and an outside-root `$ref`.
  @Test(arguments: ["legal-recursion/openapi.yaml", "lexicon-legal-recursive/lexicons", "ref-remote-url/openapi.yaml"])
  func executableOpensNoSocket(_ spec: String) throws {
    let trace = try traceExecutable(spec: BadInputCase.corpusFolder + "/" + spec)
    let networkCalls = trace.filter { $0.contains("socket(") || $0.contains("connect(") }
    #expect(networkCalls.isEmpty, "\(networkCalls)")
    #expect(trace.contains { $0.contains("openat(") }, "strace recorded no opens at all")
  }

  @Test func executableOpensNothingOutsideTheRoot() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try layout(ref: "../outside/secret.yaml#/x", in: scratch)
    let trace = try traceExecutable(spec: scratch.url("root/openapi.yaml"))
    #expect(trace.contains { $0.contains("root/openapi.yaml") }, "the spec itself is opened")
    let outside = trace.filter { $0.contains("secret") || $0.contains("outside") }
    #expect(outside.isEmpty, "\(outside)")
  }

  /// Runs `specgen generate <spec>` under `strace -f -e trace=open,openat,socket,connect` and returns the trace lines.
  private func traceExecutable(spec: String) throws -> [String] {
    let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }
    let executable = Self.executable
    try #require(strace != nil, "strace is needed to prove specgen opens no socket (apt-get install strace)")
    try #require(FileManager.default.isExecutableFile(atPath: executable), "build specgen first: \(executable)")
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let traceFile = scratch.url("trace.txt")
    // An output folder with entries in it, so the scan of existing files is traced too.
    try scratch.write("out/keep.txt", "a file specgen did not write\n")
    try scratch.write("out/Sub/Old.swift", owned("struct Old {}\n"))
    let result = try EmitterFixture.run(
      strace ?? "strace",
      [
        "-f", "-e", "trace=open,openat,socket,connect", "-o", traceFile, executable, "generate", spec, "--output",
        scratch.url("out"), "--module-name", "M",
      ])
    #expect(result.status == 0 || result.status == 1, "\(result.output)")
    let text = try String(contentsOfFile: traceFile, encoding: .utf8)
    return text.split(separator: "\n").map(String.init)
  }

  /// The `specgen` executable SwiftPM built next to this test bundle.
  static let executable: String = {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return bundle.appendingPathComponent("specgen").path
  }()
}
