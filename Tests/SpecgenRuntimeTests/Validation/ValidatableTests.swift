import SpecgenRuntime
import Testing

/// Recursion and reporting, with models written the way the generator writes them.
@Suite struct ValidatableTests {
  struct Spec: Validatable {
    var url: String

    func validate(at path: ValidationPath, into report: inout ValidationReport) {
      report.check(text: url, at: path.member("url"), .pattern("^(srt|rtmps?)://"))
    }
  }

  struct Target: Validatable {
    var profile: String
    var spec: Spec?

    func validate(at path: ValidationPath, into report: inout ValidationReport) {
      report.check(text: profile, at: path.member("profile"), .minLength(1, .characters))
      spec.validate(at: path.member("spec"), into: &report)
    }
  }

  struct Multistream: Validatable {
    var targets: [Target]?

    func validate(at path: ValidationPath, into report: inout ValidationReport) {
      targets.validate(at: path.member("targets"), into: &report)
    }
  }

  struct Stream: Validatable {
    var name: String
    var reconnectWindow: Double?
    var multistream: Nullable<Multistream>?
    var labels: [String: Spec]

    func validate(at path: ValidationPath, into report: inout ValidationReport) {
      report.check(number: reconnectWindow, at: path.member("reconnect_window"), .minimum(0), .maximum(1800))
      report.check(text: name, at: path.member("name"), .maxLength(5, .characters))
      multistream.validate(at: path.member("multistream"), into: &report)
      labels.validate(at: path.member("labels"), into: &report)
    }
  }

  static let invalid = Stream(
    name: "much too long", reconnectWindow: 3600,
    multistream: .value(
      Multistream(targets: [
        Target(profile: "", spec: Spec(url: "http://a")), Target(profile: "ok", spec: nil),
        Target(profile: "p", spec: Spec(url: "ftp://b")),
      ])),
    labels: ["b": Spec(url: "x"), "a": Spec(url: "srt://ok")])

  @Test func everyViolationIsReportedWithItsPath() {
    #expect(
      Self.invalid.violations.map(\.description) == [
        "reconnect_window: must be at most 1800 (got 3600.0)",
        "name: must be at most 5 characters long (got 13)",
        "multistream.targets[0].profile: must be at least 1 character long (got 0)",
        "multistream.targets[0].spec.url: must match the pattern ^(srt|rtmps?)://",
        "multistream.targets[2].spec.url: must match the pattern ^(srt|rtmps?)://",
        "labels[\"b\"].url: must match the pattern ^(srt|rtmps?)://",
      ])
    #expect(Self.invalid.violations.map(\.kind) == [.maximum, .maxLength, .minLength, .pattern, .pattern, .pattern])
  }

  @Test func validateThrowsAllViolationsAtOnce() {
    #expect(throws: ValidationError(violations: Self.invalid.violations)) { try Self.invalid.validate() }
    do {
      try Self.invalid.validate()
    } catch {
      #expect(error.violations.count == 6)
      #expect(error.description.hasPrefix("invalid value, 6 violations:\n  reconnect_window: must be at most 1800"))
    }
  }

  @Test func validValuesAndNullsPass() throws {
    let valid = Stream(name: "ok", reconnectWindow: 60, multistream: .null, labels: [:])
    #expect(valid.violations.isEmpty)
    try valid.validate()
    let absent = Stream(name: "ok", reconnectWindow: nil, multistream: nil, labels: ["a": Spec(url: "rtmps://h")])
    #expect(absent.violations.isEmpty)
  }

  @Test func pathsSpellMembersIndicesAndKeys() {
    let root = ValidationPath()
    #expect(root.description == "")
    #expect(root.member("a").index(2).member("b").key("k").description == "a[2].b[\"k\"]")
    #expect(root.index(0).description == "[0]")
    #expect(Violation(path: "", kind: .minimum, message: "must be at least 1").description == "must be at least 1")
  }

  enum Level: RawRepresentable, CaseIterable, Equatable {
    case low
    case unknown(Int)

    static let allCases: [Level] = [.low]
    init(rawValue: Int) { self = rawValue == 1 ? .low : .unknown(rawValue) }
    var rawValue: Int {
      switch self {
      case .low: 1
      case .unknown(let value): value
      }
    }
  }

  @Test func closedEnumerationsRejectUnlistedValues() {
    var report = ValidationReport()
    report.checkListed(Level.low, at: "level")
    report.checkListed(Level.unknown(7), at: "level")
    report.checkListed(Level?.none, at: "level")
    #expect(report.violations.map(\.description) == ["level: must be one of the listed values (got 7)"])
  }
}
