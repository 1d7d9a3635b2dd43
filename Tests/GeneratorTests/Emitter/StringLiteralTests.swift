import Testing

@testable import SwiftEmitter

/// Text from a spec written as a Swift string literal: quotes, backslashes and control characters
/// escaped, every other character (any script, emoji sequences) kept as it is.
@Suite struct StringLiteralTests {
  @Test(arguments: [
    ("plain text", #""plain text""#),
    (#"say "hi" \ bye"#, #""say \"hi\" \\ bye""#),
    ("line\nbreak\ttab\rreturn", #""line\nbreak\ttab\rreturn""#),
    ("\u{1}\u{1F}\u{7F}", #""\u{1}\u{1f}\u{7f}""#),
    ("héllo \u{1F468}\u{200D}\u{1F469} \u{2028}", "\"héllo \u{1F468}\u{200D}\u{1F469} \u{2028}\""),
    ("", #""""#),
  ])
  func escapesWhatASwiftLiteralMustAndKeepsTheRest(_ text: String, _ literal: String) {
    #expect(DeclarationEmitter.literal(text) == literal)
  }
}
