import Testing

@testable import OpenAPIFrontEnd

/// Which spec patterns reach generated validation: those Swift `Regex` compiles and that do not
/// repeat a group holding an unbounded quantifier (exponential backtracking).
@Suite struct PatternCheckTests {
  @Test(arguments: [
    "^(a+)+$", "(a*)*", "(\\w+\\s?)+$", "^([a-z]+,?)*$", "(x+x+)+y", "((ab)*c)*", "(?:a+){2,}", "(a{1,}){3}",
    "([0-9]+)*?", "(a++)+",
  ])
  func nestedQuantifiersAreRefused(_ pattern: String) {
    #expect(PatternCheck.hasNestedQuantifier(pattern))
    #expect(PatternCheck.problem(pattern)?.contains("backtrack exponentially") == true)
  }

  @Test(arguments: [
    "^http(s)?://", "^([01]\\d|2[0-3]):?([0-5]\\d)$", "(\\d{4})-(\\d{2})-(\\d{2})", "^[a-z]+(-[a-z]+)?$",
    "^(?:\\d{2,3}:[0-5]\\d:[0-5]\\d(?:\\.\\d{1,3}|\\:\\d{1,2})?|\\d{1,7})$", "[(+*)]+", "\\(a+\\)+", "(ab)+", "(a?)+",
    "^bytes [0-9]*-[0-9]*\\/[0-9]*$", "(a+){1}",
  ])
  func ordinaryPatternsAreKept(_ pattern: String) {
    #expect(!PatternCheck.hasNestedQuantifier(pattern))
    #expect(PatternCheck.problem(pattern) == nil)
  }

  @Test func aPatternRegexCannotCompileIsRefused() {
    #expect(PatternCheck.problem("^(unclosed") == "Swift Regex cannot compile it")
    #expect(PatternCheck.problem("[z-a]") != nil)
  }
}
