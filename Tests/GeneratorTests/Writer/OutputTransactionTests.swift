import Foundation
import OutputWriter
import SpecgenDiagnostics
import Testing

@Suite struct OutputTransactionTests {
  /// A folder with owned, foreign and nested files, and the plan that rewrites it.
  private func populatedFolder() throws -> (ScratchFolder, OutputPlan) {
    let folder = try ScratchFolder()
    try folder.write("Out/Same.swift", owned("same\n"))
    try folder.write("Out/Changed.swift", owned("old\n"))
    try folder.write("Out/Stale.swift", owned("stale\n"))
    try folder.write("Out/Mine.swift", "// hand-written\n")
    return (folder, try OutputPlan(folder: folder.url("Out"), desired: Self.desired))
  }

  private static let desired = [
    "Same.swift": owned("same\n"), "Changed.swift": owned("new\n"), "Added.swift": owned("added\n"),
    "Group/Nested.swift": owned("nested\n"),
  ]

  @Test func applyWritesUpdatesAndDeletesOnlyOwnedFilesAndLeavesNoTemporaries() throws {
    let (folder, plan) = try populatedFolder()
    defer { folder.remove() }
    try OutputTransaction([plan]).apply()
    #expect(
      try folder.snapshot("Out") == [
        "Same.swift": owned("same\n"), "Changed.swift": owned("new\n"), "Added.swift": owned("added\n"),
        "Group": "folder", "Group/Nested.swift": owned("nested\n"), "Mine.swift": "// hand-written\n",
      ])
    // Applying the same desired set again changes nothing.
    let again = try OutputPlan(folder: folder.url("Out"), desired: Self.desired)
    #expect(again.isEmpty)
    #expect(again.unchanged.count == 4)
  }

  // The plan has 5 renames: create Added, back up + replace Changed, create Nested, back up Stale.
  @Test(arguments: 0..<5)
  func aFailureAtAnyCommitStepLeavesTheFolderByteIdentical(step: Int) throws {
    let (folder, plan) = try populatedFolder()
    defer { folder.remove() }
    let before = try folder.snapshot()
    var transaction = OutputTransaction([plan])
    transaction.failBeforeCommitStep = step
    #expect(throws: DiagnosticError.self) { try transaction.apply() }
    #expect(try folder.snapshot() == before)
  }

  @Test func aFailureWhileStagingLeavesTheFolderByteIdentical() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    try folder.write("Out/Changed.swift", owned("old\n"))
    // Plan first, then put a plain file where the plan needs a folder: staging must fail.
    let plan = try OutputPlan(
      folder: folder.url("Out"),
      desired: ["Changed.swift": owned("new\n"), "New/Deeper/File.swift": owned("x\n")])
    try folder.write("Out/New", "in the way")
    let before = try folder.snapshot()
    #expect(throws: DiagnosticError.self) { try OutputTransaction([plan]).apply() }
    #expect(try folder.snapshot() == before)
  }

  @Test func severalPlansCommitTogetherOrNotAtAll() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    try folder.write("A/One.swift", owned("a1\n"))
    try folder.write("B/Two.swift", owned("b2\n"))
    let planA = try OutputPlan(folder: folder.url("A"), desired: ["One.swift": owned("a1 new\n")])
    let planB = try OutputPlan(folder: folder.url("B"), desired: ["Three.swift": owned("b3\n")])
    let before = try folder.snapshot()

    // Steps: A backs up and replaces One (0, 1), B creates Three (2) and moves Two aside (3).
    // Failing at B's last step must also undo A.
    var failing = OutputTransaction([planA, planB])
    failing.failBeforeCommitStep = 3
    #expect(throws: DiagnosticError.self) { try failing.apply() }
    #expect(try folder.snapshot() == before)

    try OutputTransaction([planA, planB]).apply()
    #expect(try folder.snapshot("A") == ["One.swift": owned("a1 new\n")])
    #expect(try folder.snapshot("B") == ["Three.swift": owned("b3\n")])
  }

  @Test func removingTheLastFileOfASubfolderRemovesTheEmptySubfolderButNotTheOutputFolder() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    try folder.write("Out/Group/Old.swift", owned("x\n"))
    try folder.write("Out/Top.swift", owned("x\n"))
    try OutputTransaction([try OutputPlan(folder: folder.url("Out"), desired: [:])]).apply()
    #expect(try folder.snapshot() == ["Out": "folder"])
  }
}
