import SpecgenDiagnostics

/// Bounds how deeply a front end's translation recurses, turning input that would exhaust the stack
/// into a positioned error.
///
/// Each front end recurses once per nested schema (a property's type, an item, a branch, an alias
/// followed): it calls `enter(_:)` before and `leave()` after, typically as
/// `try nesting.enter(node); defer { nesting.leave() }`.
package struct NestingGuard {
  /// How many levels may be entered at once, the same for every front end.
  ///
  /// 200: the OpenAPI and Discovery front ends used it (the Lexicon front end 128), and the
  /// bad-input corpus pins it (`ref-alias-chain`). It stays below the reader's default document
  /// depth (256, `ReaderLimits.maxDepth`), so within one document it only binds for nesting no real
  /// spec has; what it mostly stops is recursion through references, which no document depth
  /// bounds. Two hundred levels of the deepest recursion (OpenAPI: use, translate, declare, the
  /// object's fields, use again) fit a test thread's stack in a debug build, which a test checks.
  package static let limit = 200

  /// How many levels are entered now.
  package private(set) var depth = 0

  /// A guard with nothing entered.
  package init() {}

  /// Enters one more level for `node`, or throws at `node` when that would reach `limit`.
  ///
  /// `what` names what nests in the message: "schema nesting is deeper than 200 levels". On error
  /// nothing is entered, so no `leave()` is owed.
  package mutating func enter(_ node: LocatedNode, what: String = "schema nesting") throws(DiagnosticError) {
    guard depth + 1 < Self.limit else {
      throw node.error("\(what) is deeper than \(Self.limit) levels")
    }
    depth += 1
  }

  /// Leaves the level the last successful `enter(_:what:)` entered.
  package mutating func leave() {
    precondition(depth > 0, "NestingGuard.leave() without a matching enter")
    depth -= 1
  }
}
