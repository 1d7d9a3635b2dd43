import Foundation
import SpecgenDiagnostics
import Testing

@testable import OutputWriter

/// What the writer does with hostile output folders: huge files, FIFOs and links at generated
/// paths, a file where the folder should be, a folder it may not write. Every refusal names the
/// path and what to do, and changes nothing.
@Suite struct OutputFolderHazardTests {
  /// A sparse file of `size` bytes starting with `head` (no disk space used beyond `head`).
  private func sparse(_ path: String, size: Int, head: String) throws {
    #expect(FileManager.default.createFile(atPath: path, contents: Data(head.utf8)))
    #expect(truncate(path, off_t(size)) == 0)
  }

  @Test func aHugeForeignFileIsJudgedByItsFirstBytesOnly() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    // 8 GiB: reading it whole (as the scan used to) would take minutes and more memory than the machine has.
    try sparse(folder.url("huge.bin"), size: 8 << 30, head: "not generated\n")
    let start = ContinuousClock.now
    let plan = try OutputPlan(folder: folder.path, desired: ["A.swift": owned("a\n")])
    #expect(ContinuousClock.now - start < .seconds(5))
    #expect(plan.changes.map(\.path) == ["A.swift"])
  }

  @Test func aHugeFileWithAForgedHeaderIsNotReadWhole() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    try sparse(folder.url("Forged.swift"), size: 4 << 30, head: owned("x\n"))
    let plan = try OutputPlan(folder: folder.path, desired: ["Forged.swift": owned("y\n")])
    #expect(plan.changes.map(\.action) == [.update])
    #expect(plan.changes[0].oldContents?.hasSuffix("[\(4 << 30) bytes, not read]\n") == true)
  }

  @Test func anOwnedFileOfTheSameSizeIsComparedByteForByte() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    try folder.write("A.swift", owned("aaa\n"))
    try folder.write("B.swift", owned("bbb\n"))
    let plan = try OutputPlan(folder: folder.path, desired: ["A.swift": owned("aaa\n"), "B.swift": owned("bbc\n")])
    #expect(plan.unchanged == ["A.swift"])
    #expect(plan.changes.map(\.path) == ["B.swift"])
    #expect(plan.changes[0].oldContents == owned("bbb\n"))
  }

  @Test func aHeaderLineLongerThanTheBoundIsNotOwned() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    let longSpec = String(repeating: "s", count: OwnershipHeader.maxLineBytes)
    try folder.write("Long.swift", owned("x\n", spec: longSpec))
    let plan = try OutputPlan(folder: folder.path, desired: [:])
    #expect(plan.isEmpty, "a file the scan cannot prove is owned is left alone")
  }

  @Test func aFIFOAtAGeneratedPathIsRefusedByPathWithoutWaiting() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    #expect(mkfifo(folder.url("Model.swift"), 0o644) == 0)
    let error = #expect(throws: DiagnosticError.self) {
      try OutputPlan(folder: folder.path, desired: ["Model.swift": owned("m\n")])
    }
    let message = error?.description ?? ""
    #expect(message.contains("\(folder.path)/Model.swift: it is not a regular file"))
    #expect(message.contains("remove it or choose another output folder"))
  }

  @Test func aSymbolicLinkAtAGeneratedPathIsRefusedByPath() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    try folder.write("target.txt", "mine\n")
    try FileManager.default.createSymbolicLink(atPath: folder.url("Model.swift"), withDestinationPath: "target.txt")
    let error = #expect(throws: DiagnosticError.self) {
      try OutputPlan(folder: folder.path, desired: ["Model.swift": owned("m\n")])
    }
    #expect(error?.description.contains("\(folder.path)/Model.swift: it is a symbolic link") == true)
    #expect(error?.description.contains("remove it or choose another output folder") == true)
    #expect(folder.read("target.txt") == "mine\n")
  }

  @Test func anOutputPathThatIsAFileIsRefusedByPath() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    try folder.write("out", "a file\n")
    let error = #expect(throws: DiagnosticError.self) {
      try OutputPlan(folder: folder.url("out"), desired: ["A.swift": owned("a\n")])
    }
    #expect(
      error?.description
        == "error: output path \(folder.url("out")) exists and is not a folder; remove it or choose another output folder"
    )
  }

  @Test(.enabled(if: geteuid() != 0, "root writes into read-only folders"))
  func aReadOnlyFolderIsRefusedByPathAndLeftAsItWas() throws {
    let folder = try ScratchFolder()
    defer {
      chmod(folder.url("out"), 0o755)
      folder.remove()
    }
    try folder.write("out/Old.swift", owned("old\n"))
    #expect(chmod(folder.url("out"), 0o555) == 0)
    let before = try folder.snapshot("out")
    let plan = try OutputPlan(folder: folder.url("out"), desired: ["A.swift": owned("a\n")])
    let error = #expect(throws: DiagnosticError.self) { try OutputTransaction([plan]).apply() }
    #expect(error?.description.contains("cannot write \(folder.url("out"))/A.swift") == true)
    #expect(error?.description.contains("make \(folder.url("out")) writable or choose another output folder") == true)
    #expect(try folder.snapshot("out") == before)
  }

  @Test func aSpecPathTooLongForTheHeaderIsCutAndTheFileStaysOwned() {
    let line = OwnershipHeader.line(specPath: String(repeating: "\u{1}", count: 5000))
    #expect(line.utf8.count <= OwnershipHeader.maxLineBytes)
    #expect(line.hasSuffix("…. Do not edit."))
    #expect(OwnershipHeader.isOwned(Array((line + "\n\nstruct A {}\n").utf8)))
  }

  @Test func controlCharactersInTheSpecPathKeepTheHeaderOneLineAndOwned() {
    let line = OwnershipHeader.line(specPath: "evil\nx.yaml:1:1: error: forged\r.yaml")
    #expect(line == "// Generated by specgen from evil\\nx.yaml:1:1: error: forged\\r.yaml. Do not edit.")
    #expect(OwnershipHeader.isOwned(Array((line + "\n\nstruct A {}\n").utf8)))
  }

  @Test func folderPathArithmeticNeedsNoFoundation() {
    #expect(FolderPath.parent(of: "o/A.swift") == "o")
    #expect(FolderPath.parent(of: "o") == "")
    #expect(FolderPath.parent(of: "/o") == "/")
    #expect(FolderPath.parent(of: "a//b/") == "a")
  }

  /// `--output o` (one character, relative) crashed in Foundation's `deletingLastPathComponent`.
  @Test func aOneCharacterRelativeOutputFolderIsCreated() throws {
    let executable = SpecRootSecurityTests.executable
    try #require(FileManager.default.isExecutableFile(atPath: executable), "build specgen first: \(executable)")
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      "spec.yaml",
      "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents: {schemas: {A: {type: object}}}\n")
    let result = try EmitterFixture.run(
      "/usr/bin/env", ["-C", scratch.path, executable, "generate", "spec.yaml", "--output", "o", "--module-name", "M"])
    #expect(result.status == 0, "\(result.output)")
    #expect(scratch.read("o/A.swift")?.hasPrefix("// Generated by specgen from spec.yaml. Do not edit.") == true)
  }
}
