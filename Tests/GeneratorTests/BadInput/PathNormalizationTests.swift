import Testing

@testable import SpecReader

/// A path relative to the spec root loses its `.` and empty components and resolves `..` lexically;
/// one that would climb above the root, or is absolute, is refused (nil). Paths already normal are
/// returned as they are, so the fast path must agree with the slow one on every case.
@Suite struct PathNormalizationTests {
  @Test(arguments: [
    ("a/b.yaml", "a/b.yaml"), ("openapi.yaml", "openapi.yaml"), (".hidden/x.json", ".hidden/x.json"),
    ("...", "..."), ("a/.../b", "a/.../b"), ("a.b/..c/d..", "a.b/..c/d.."),
    ("./a", "a"), ("a/./b", "a/b"), ("a/../b", "b"), ("a//b", "a/b"), ("a/", "a"), ("a/b/..", "a"),
    (".", ""), ("", ""),
  ])
  func normalizes(path: String, expected: String) {
    #expect(SpecRootConfinement.normalize(path) == expected)
  }

  @Test(arguments: ["../a", "a/../../b", "..", "/etc/passwd", "/"])
  func refusesPathsAboveTheRootOrAbsolute(path: String) {
    #expect(SpecRootConfinement.normalize(path) == nil)
  }
}
