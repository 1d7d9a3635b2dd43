/// How front ends name the element type of an array they declare inline: `targets` → `target`.
///
/// Both front ends name inline declarations from where they sit; keeping the rule here makes an
/// OpenAPI `items` and a Lexicon array element of the same name come out the same.
public enum ElementNaming {
  /// `targets` → `target`, `policies` → `policy`, `boxes` → `box`; a name that is not a plural gets
  /// `Item` (`data` → `dataItem`) so the element's name stays distinct from the array's.
  public static func singular(_ name: String) -> String {
    let lower = name.lowercased()
    if lower.hasSuffix("ies"), name.count > 3 { return String(name.dropLast(3)) + "y" }
    if lower.hasSuffix("sses") || lower.hasSuffix("xes") || lower.hasSuffix("ches") || lower.hasSuffix("shes") {
      return String(name.dropLast(2))
    }
    if lower.hasSuffix("s"), !lower.hasSuffix("ss"), !lower.hasSuffix("us"), !lower.hasSuffix("is"), name.count > 3 {
      return String(name.dropLast())
    }
    return name + "Item"
  }
}
