import SchemaIR
import SwiftEmitter
import Testing

/// The `Validatable` extensions the emitter writes: their text, that they compile without warnings,
/// lint clean, and report what they should when run.
@Suite struct ValidationEmitterTests {
  typealias F = EmitterFixture
  static let files = F.emit(ValidationFixture.declarations)

  static func file(_ name: String) -> String { F.file(name, in: files) }

  @Test func eachMemberShapeGetsOneCheck() {
    #expect(
      Self.file("Limits.swift").snippet("extension Limits: Validatable") == #"""
        extension Limits: Validatable {
          public func validate(at path: ValidationPath, into report: inout ValidationReport) {
            report.check(
              integer: count, at: path.member("count"), .minimum(0, exclusive: true), .maximum(9.223372036854776e+18))
            report.check(number: ratio, at: path.member("ratio"), .multipleOf(0.5))
            // pattern not checked: Swift Regex cannot compile "(["
            report.check(text: code, at: path.member("code"), .minLength(2, .characters))
            report.check(text: self.path, at: path.member("path"), .pattern("^/"))
            report.check(text: _older, at: path.member("older"), .maxLength(3, .characters))
            report.check(text: note?.value, at: path.member("note"), .maxLength(4, .characters))
            report.check(text: level?.rawValue, at: path.member("level"), .maxLength(5, .characters))
            report.check(text: handle, at: path.member("handle"), .minLength(3, .characters))
            report.check(items: tags, at: path.member("tags"), .maxItems(3), .uniqueItems)
            report.checkEach(text: tags, at: path.member("tags"), .maxLength(2, .characters))
            child.validate(at: path.member("child"), into: &report)
            report.check(bool: flag, at: path.member("flag"), .constant(true))
            report.check(text: at?.rawValue, at: path.member("at"), .maxLength(30, .characters))
            report.check(text: zip, at: path.member("zip"), .pattern("^\\d{5}(-\\d{4})?$"))
          }
        }
        """#)
  }

  @Test func anInvalidPatternIsSkippedWithAComment() {
    let limits = Self.file("Limits.swift")
    #expect(
      limits.snippet("    // pattern not checked")
        == #"    // pattern not checked: Swift Regex cannot compile "([""#)
    #expect(
      limits.snippet("    report.check(text: code,")
        == #"    report.check(text: code, at: path.member("code"), .minLength(2, .characters))"#)
    #expect(!limits.contains(".pattern(\"([\")"))
  }

  @Test func unionsValidateTheActiveCaseOnly() {
    #expect(
      Self.file("Choice.swift").snippet("extension Choice: Validatable") == """
        extension Choice: Validatable {
          public func validate(at path: ValidationPath, into report: inout ValidationReport) {
            switch self {
            case .child(let value):
              value.validate(at: path, into: &report)
            case .handle(let value):
              report.check(text: value, at: path, .minLength(3, .characters))
            default:
              break
            }
          }
        }
        """)
  }

  @Test func closedEnumerationsThatCanHoldUnlistedValuesCheckMembership() {
    #expect(
      Self.file("Strict.swift") == """
        import SpecgenRuntime

        public struct Strict: OpenEnumeration {
          public let rawValue: String
          public init(rawValue: String) { self.rawValue = rawValue }

          /// The values the API lists.
          public static let allCases: [Strict] = []
        }

        extension Strict: Validatable {
          public func validate(at path: ValidationPath, into report: inout ValidationReport) {
            report.checkListed(self, at: path)
          }
        }

        """)
    // An open enumeration never fails, so it needs no conformance of its own.
    #expect(!Self.file("Level.swift").contains("Validatable"))
  }

  @Test func unconstrainedModelsGetNoConformanceAndNoImport() {
    let plain = Self.file("Plain.swift")
    #expect(!plain.contains("Validatable"))
    #expect(!plain.contains("import SpecgenRuntime"))
    #expect(
      Self.file("Loop.swift").snippet("extension Loop: Validatable") == """
        extension Loop: Validatable {
          public func validate(at path: ValidationPath, into report: inout ValidationReport) {
            next.validate(at: path.member("next"), into: &report)
            child.validate(at: path.member("child"), into: &report)
          }
        }
        """)
  }

  @Test func modelsNamedLikeTheRuntimeDoNotShadowIt() throws {
    let report = F.object(
      "#/s/ValidationReport",
      [ValidationFixture.field("validate", .primitive(.integer), required: true, Constraints(maximum: .init("3")))])
    let files = F.emit([report])
    #expect(
      F.file("ValidationReportModel.swift", in: files) == """
        import SpecgenRuntime

        public struct ValidationReportModel: Codable, Hashable, Sendable {
          /// - Constraints: maximum 3
          public var validate: Int

          /// Creates a value; optional members default to absent (`nil`).
          public init(validate: Int) {
            self.validate = validate
          }
        }

        extension ValidationReportModel: Validatable {
          public func validate(at path: ValidationPath, into report: inout ValidationReport) {
            report.check(integer: validate, at: path.member("validate"), .maximum(3))
          }
        }

        """)
    let result = try F.typecheck(files)
    #expect(result.status == 0, "\(result.output)")
  }

  @Test func outputIsDeterministic() {
    #expect(F.emit(ValidationFixture.declarations) == Self.files)
  }

  @Test func extensionsTypecheckWithoutWarnings() throws {
    let result = try F.typecheck(Self.files)
    #expect(result.status == 0, "\(result.output)")
  }

  @Test(arguments: [EmitterOptions.AccessLevel.internal, .package])
  func extensionsTypecheckAtEveryAccessLevel(_ access: EmitterOptions.AccessLevel) throws {
    let files = F.emit(ValidationFixture.declarations, access: access)
    #expect(F.file("Limits.swift", in: files).contains("\n  \(access == .package ? "package " : "")func validate(at"))
    let result = try F.typecheck(files)
    #expect(result.status == 0, "\(result.output)")
  }

  @Test func extensionsAreLintClean() throws {
    let result = try F.lint(Self.files)
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.isEmpty, "\(result.output)")
  }

  static let main = #"""
    import SpecgenRuntime

    let bad = Limits(
      count: 0, ratio: 0.75, code: "x", path: "rel", older: "long", note: .value("12345"),
      level: .init(rawValue: "toolong"), handle: "ab", tags: ["a", "bcd", "a", "e"], child: Child(name: ""),
      flag: false, at: DateTime(rawValue: "2024-01-01T00:00:00.123456789012345Z"), zip: "1234")
    for violation in bad.violations { print(violation.kind.rawValue, violation) }
    print(Choice.handle("ab").violations.map(\.description))
    print(Choice.text("").violations.isEmpty, Choice.child(Child(name: "n")).violations.isEmpty)
    print(Strict(rawValue: "x").violations.map(\.description))
    print(Loop(next: Loop(next: Loop(child: Child(name: "")))).violations.map(\.description))
    do {
      try Limits(count: 1, path: "/", handle: "abc", tags: ["a", "b"], zip: "12345-6789").validate()
      print("valid")
    } catch {
      print(error)
    }
    """#

  @Test func generatedValidationReportsEveryViolation() throws {
    let result = try F.compileAndRun(Self.files, main: Self.main)
    #expect(result.status == 0, "\(result.output)")
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "minimum count: must be greater than 0 (got 0)",
        "multipleOf ratio: must be a multiple of 0.5 (got 0.75)",
        "minLength code: must be at least 2 characters long (got 1)",
        "pattern path: must match the pattern ^/",
        "maxLength older: must be at most 3 characters long (got 4)",
        "maxLength note: must be at most 4 characters long (got 5)",
        "maxLength level: must be at most 5 characters long (got 7)",
        "minLength handle: must be at least 3 characters long (got 2)",
        "maxItems tags: must have at most 3 items (got 4)",
        "uniqueItems tags: items must be unique (item 2 repeats an earlier one)",
        "maxLength tags[1]: must be at most 2 characters long (got 3)",
        "minLength child.name: must be at least 1 character long (got 0)",
        "constant flag: must be true (got false)",
        "maxLength at: must be at most 30 characters long (got 36)",
        #"pattern zip: must match the pattern ^\d{5}(-\d{4})?$"#,
        #"["must be at least 3 characters long (got 2)"]"#,
        "true true",
        #"["must be one of the listed values (got x)"]"#,
        #"["next.next.child.name: must be at least 1 character long (got 0)"]"#,
        "valid",
      ])
  }
}
