import SchemaIR

/// An error enum several operations share because they document the same error answers (the same
/// statuses and body types): declared once, named by each operation with a typealias, so
/// `catch LivepeerClient.GetStreamError.notFound` keeps working and 55 copies become one.
struct SharedErrorPlan {
  /// `NotFoundOrTooManyRequestsError`, after its cases.
  var typeName: String
  /// The cases, each documented with its users' description when they all give the same one, and
  /// with its status alone otherwise ("Bad Request" here, "Bad request error" there).
  var cases: [OperationPlan.ErrorCase]
  /// How many operations use it.
  var users: Int
  /// Whether this operation's file declares the enum: true for its first user only.
  var declaresType: Bool
}

extension OperationPlanner {
  /// Counts the operations of the client itself (not of a resource, whose types nest elsewhere)
  /// documenting each set of error answers, before any is planned, so a set used twice is named once.
  mutating func countErrorSets(_ operations: [Operation]) {
    for operation in operations where operation.resourcePath.isEmpty && !operation.isXRPC {
      let cases = errorCases(operation, excluding: Self.successResponses(operation))
      guard !cases.isEmpty else { continue }
      let key = Self.errorSetKey(cases)
      errorSetUses[key, default: 0] += 1
      guard let documented = errorSetCases[key] else {
        errorSetCases[key] = cases
        continue
      }
      errorSetCases[key] = zip(documented, cases).map { kept, other in
        var kept = kept
        if kept.documentation != other.documentation { kept.documentation = Documentation() }
        return kept
      }
    }
  }

  /// The shared enum for `cases`, or nil when no other operation documents the same answers.
  mutating func sharedErrorPlan(_ cases: [OperationPlan.ErrorCase], shareable: Bool) -> SharedErrorPlan? {
    guard shareable, !cases.isEmpty else { return nil }
    let key = Self.errorSetKey(cases)
    let users = errorSetUses[key, default: 0]
    guard users > 1, let documented = errorSetCases[key] else { return nil }
    if let name = errorSetNames[key] {
      return SharedErrorPlan(typeName: name, cases: documented, users: users, declaresType: false)
    }
    let name = typeScope.allocate(cases.map { SwiftNamer.typeName($0.caseName) }.joined(separator: "Or") + "Error")
    errorSetNames[key] = name
    return SharedErrorPlan(typeName: name, cases: documented, users: users, declaresType: true)
  }

  /// What makes two sets of error answers one enum: statuses, case names and body types, not the
  /// descriptions.
  private static func errorSetKey(_ cases: [OperationPlan.ErrorCase]) -> [OperationPlan.ErrorCase] {
    cases.map { errorCase in
      var key = errorCase
      key.documentation = Documentation()
      return key
    }
  }
}
