/// Hands out names that are unique within one scope, deterministically: the first claimant of a name
/// keeps it, later ones get `2`, `3`, ... in the order they ask (`foo-bar`, `foo_bar` → `FooBar`, `FooBar2`).
package struct NameAllocator {
  private var taken: Set<String> = []
  /// Per base name, the suffix to try first: names are never released, so every smaller suffix is
  /// still taken, and starting at 2 each time made thousands of equal names quadratic.
  private var nextSuffix: [String: Int] = [:]
  /// Compare names case-insensitively (for file names on case-insensitive file systems).
  private let ignoresCase: Bool

  package init(reserving reserved: some Sequence<String> = [String](), ignoresCase: Bool = false) {
    self.ignoresCase = ignoresCase
    for name in reserved { taken.insert(key(name)) }
  }

  /// Marks `name` as used without allocating it.
  package mutating func reserve(_ name: String) {
    taken.insert(key(name))
  }

  /// Whether `name` is already used in this scope.
  package func isTaken(_ name: String) -> Bool {
    taken.contains(key(name))
  }

  /// `base` if free, else `base2`, `base3`, ...; the result is marked used.
  package mutating func allocate(_ base: String) -> String {
    // Most names are free: one hash. A suffix is recorded only for names that were claimed before.
    if taken.insert(key(base)).inserted { return base }
    var candidate = base
    var counter = nextSuffix[key(base)] ?? 2
    while taken.contains(key(candidate)) {
      candidate = base + String(counter)
      counter += 1
    }
    taken.insert(key(candidate))
    nextSuffix[key(base)] = counter
    return candidate
  }

  private func key(_ name: String) -> String {
    ignoresCase ? name.lowercased() : name
  }
}
