/// Myers' O(ND) shortest edit script between two line sequences.
///
/// Common leading and trailing lines are trimmed first, so a regeneration that changes a few
/// lines of a long file costs little; the search itself keeps one frontier per edit distance.
enum MyersDiff {
  enum Edit: Equatable {
    case keep(Int, Int)
    case delete(Int)
    case insert(Int)

    var isChange: Bool {
      if case .keep = self { return false }
      return true
    }

    var consumesOld: Bool {
      if case .insert = self { return false }
      return true
    }

    var consumesNew: Bool {
      if case .delete = self { return false }
      return true
    }
  }

  static func edits<Element: Hashable>(from old: [Element], to new: [Element]) -> [Edit] {
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
      old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    let oldMiddle = Array(old[prefix..<(old.count - suffix)])
    let newMiddle = Array(new[prefix..<(new.count - suffix)])

    var result: [Edit] = (0..<prefix).map { .keep($0, $0) }
    for edit in middleEdits(oldMiddle, newMiddle) {
      switch edit {
      case .keep(let a, let b): result.append(.keep(a + prefix, b + prefix))
      case .delete(let a): result.append(.delete(a + prefix))
      case .insert(let b): result.append(.insert(b + prefix))
      }
    }
    for offset in 0..<suffix {
      result.append(.keep(old.count - suffix + offset, new.count - suffix + offset))
    }
    return result
  }

  /// Beyond this many edits the script is "replace everything": still a correct diff, and the
  /// search's memory (which grows with the square of the distance) stays bounded.
  static let maxDistance = 2_000

  private static func middleEdits<Element: Hashable>(_ old: [Element], _ new: [Element]) -> [Edit] {
    let n = old.count
    let m = new.count
    let replaceAll: [Edit] = (0..<n).map { .delete($0) } + (0..<m).map { .insert($0) }
    if n == 0 || m == 0 { return replaceAll }
    let limit = min(n + m, maxDistance)
    let offset = limit + 1
    var frontier = [Int](repeating: 0, count: 2 * offset + 1)
    // trace[d] holds the frontier before step d, diagonals -d-1...d+1 only.
    var trace: [[Int]] = []
    for distance in 0...limit {
      trace.append(Array(frontier[(offset - distance - 1)...(offset + distance + 1)]))
      for diagonal in stride(from: -distance, through: distance, by: 2) {
        var x: Int
        if diagonal == -distance
          || (diagonal != distance && frontier[offset + diagonal - 1] < frontier[offset + diagonal + 1])
        {
          x = frontier[offset + diagonal + 1]
        } else {
          x = frontier[offset + diagonal - 1] + 1
        }
        var y = x - diagonal
        while x < n, y < m, old[x] == new[y] {
          x += 1
          y += 1
        }
        frontier[offset + diagonal] = x
        if x >= n, y >= m { return backtrack(trace: trace, n: n, m: m) }
      }
    }
    return replaceAll
  }

  private static func backtrack(trace: [[Int]], n: Int, m: Int) -> [Edit] {
    var edits: [Edit] = []
    var x = n
    var y = m
    for distance in stride(from: trace.count - 1, through: 0, by: -1) {
      let frontier = trace[distance]
      // frontier[k + distance + 1] is diagonal k.
      func at(_ diagonal: Int) -> Int { frontier[diagonal + distance + 1] }
      let diagonal = x - y
      let previousDiagonal: Int
      if diagonal == -distance || (diagonal != distance && at(diagonal - 1) < at(diagonal + 1)) {
        previousDiagonal = diagonal + 1
      } else {
        previousDiagonal = diagonal - 1
      }
      let previousX = distance == 0 ? 0 : at(previousDiagonal)
      let previousY = previousX - previousDiagonal
      while x > previousX, y > previousY {
        x -= 1
        y -= 1
        edits.append(.keep(x, y))
      }
      guard distance > 0 else { break }
      if x == previousX {
        y -= 1
        edits.append(.insert(y))
      } else {
        x -= 1
        edits.append(.delete(x))
      }
    }
    return edits.reversed()
  }
}
