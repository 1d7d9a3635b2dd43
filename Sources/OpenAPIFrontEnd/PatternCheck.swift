/// Decides whether a schema's `pattern` can go into generated validation.
///
/// Generated code checks patterns with Swift `Regex`, a backtracking engine: a pattern it cannot
/// compile would never be checked, and a quantified group that itself holds an unbounded quantifier
/// (`^(a+)+$`, `(\w*)*`, `([a-z]+,?)*`) can backtrack exponentially (21 characters took 49 s) on
/// data from a server. Both are left out of validation with a positioned warning instead.
/// Overlapping alternations under a quantifier (`(a|a)*`) are not detected.
enum PatternCheck {
  /// Why `pattern` is not checked, or nil when it is fine.
  static func problem(_ pattern: String) -> String? {
    guard (try? Regex(pattern)) != nil else {
      return "Swift Regex cannot compile it"
    }
    if hasNestedQuantifier(pattern) {
      return "it repeats a group that holds an unbounded quantifier, which can backtrack exponentially on some inputs"
    }
    return nil
  }

  /// Whether a group holding `*`, `+` or `{n,}` is itself repeated more than once.
  static func hasNestedQuantifier(_ pattern: String) -> Bool {
    let characters = Array(pattern)
    // Per open group: whether it holds an unbounded quantifier so far.
    var groups: [Bool] = [false]
    var index = 0
    /// The quantifier starting at `index` (after an atom): whether it allows more than one
    /// repetition, whether it is unbounded, and where it ends (lazy `?` / possessive `+` included).
    func quantifier(at start: Int) -> (repeats: Bool, unbounded: Bool, end: Int)? {
      guard start < characters.count else { return nil }
      var result: (repeats: Bool, unbounded: Bool, end: Int)
      switch characters[start] {
      case "*", "+": result = (true, true, start + 1)
      case "?": result = (false, false, start + 1)
      case "{":
        guard let close = characters[start...].firstIndex(of: "}") else { return nil }
        let body = String(characters[(start + 1)..<close])
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), !parts[0].isEmpty
        else { return nil }
        if parts.count == 1 {
          result = (Int(parts[0]) ?? 0 > 1, false, close + 1)
        } else if parts[1].isEmpty {
          result = (true, true, close + 1)
        } else {
          result = (Int(parts[1]) ?? 0 > 1, false, close + 1)
        }
      default: return nil
      }
      if result.end < characters.count, characters[result.end] == "?" || characters[result.end] == "+" {
        result.end += 1
      }
      return result
    }
    while index < characters.count {
      let character = characters[index]
      switch character {
      case "\\":
        index += 2
        if let found = quantifier(at: index) {
          if found.unbounded { groups[groups.count - 1] = true }
          index = found.end
        }
        continue
      case "[":
        // Skip the class: a leading `^` and `]`, and escapes, are part of it.
        var end = index + 1
        if end < characters.count, characters[end] == "^" { end += 1 }
        if end < characters.count, characters[end] == "]" { end += 1 }
        while end < characters.count, characters[end] != "]" {
          end += characters[end] == "\\" ? 2 : 1
        }
        index = end + 1
        if let found = quantifier(at: index) {
          if found.unbounded { groups[groups.count - 1] = true }
          index = found.end
        }
        continue
      case "(":
        groups.append(false)
        index += 1
        // `(?:`, `(?=`, `(?<name>`: the `?` opens a modifier, not a quantifier.
        if index < characters.count, characters[index] == "?" { index += 1 }
        continue
      case ")":
        let inner = groups.count > 1 ? groups.removeLast() : false
        index += 1
        if let found = quantifier(at: index) {
          if inner, found.repeats { return true }
          if inner || found.unbounded { groups[groups.count - 1] = true }
          index = found.end
        } else if inner {
          groups[groups.count - 1] = true
        }
        continue
      default:
        index += 1
        if let found = quantifier(at: index) {
          if found.unbounded { groups[groups.count - 1] = true }
          index = found.end
        }
      }
    }
    return false
  }
}
