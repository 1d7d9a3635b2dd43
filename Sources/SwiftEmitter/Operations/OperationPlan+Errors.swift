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
      errorSets[Self.errorSetKey(cases), default: ErrorSet(cases: cases)].add(cases, user: operation.name)
    }
  }

  /// The shared enum for `cases`, or nil when no other operation documents the same answers.
  mutating func sharedErrorPlan(_ cases: [OperationPlan.ErrorCase], shareable: Bool) -> SharedErrorPlan? {
    guard shareable, !cases.isEmpty else { return nil }
    let key = Self.errorSetKey(cases)
    guard let set = errorSets[key], set.users.count > 1 else { return nil }
    if let name = set.typeName {
      return SharedErrorPlan(typeName: name, cases: set.cases, users: set.users.count, declaresType: false)
    }
    var statuses = cases.map { SwiftNamer.typeName($0.caseName) }.joined(separator: "Or")
    // Past three statuses the list stops reading as a name (`BadRequestOrUnauthorizedOr…Error`); the
    // words every user's name starts with say better what the enum is for (`genTextToImage`,
    // `genLLM`… share `GenError`).
    if cases.count > Self.statusesInName, let prefix = Self.sharedLeadingWords(set.users) {
      statuses = prefix
    }
    // When the name is taken, most often by a model (api.video's `ConflictError` body), else by another
    // set of the same statuses with other bodies, the enum says what it is, `ConflictErrorResponse`
    // (after the `HTTPErrorResponse` it conforms to), instead of taking a number (`ConflictError2`).
    let base = typeScope.isTaken(statuses + "Error") ? statuses + "ErrorResponse" : statuses + "Error"
    let name = typeScope.allocate(base)
    errorSets[key]?.typeName = name
    return SharedErrorPlan(typeName: name, cases: set.cases, users: set.users.count, declaresType: true)
  }

  /// How many statuses a shared enum's name lists at most.
  static let statusesInName = 3

  /// The UpperCamelCase words all of `names` begin with (`genTextToImage`, `genLLM` → `Gen`), or nil
  /// when they share none or one name is nothing but them.
  static func sharedLeadingWords(_ names: [String]) -> String? {
    let words = names.map { SwiftNamer.words($0).map { $0.lowercased() } }
    guard var shared = words.first else { return nil }
    for other in words.dropFirst() {
      shared = Array(zip(shared, other).prefix { $0 == $1 }.map(\.0))
    }
    guard !shared.isEmpty, words.allSatisfy({ $0.count > shared.count }) else { return nil }
    let original = SwiftNamer.words(names[0]).prefix(shared.count)
    return SwiftNamer.typeName(original.joined(separator: " "))
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

/// What the planner knows of one set of error answers: how many operations document it, its cases
/// documented for all of them, and the shared enum's name once its first user is planned.
struct ErrorSet {
  var cases: [OperationPlan.ErrorCase]
  /// The operations documenting the set, by source name, in document order.
  var users: [String] = []
  var typeName: String?

  /// Counts one more user; a case whose description differs from the others' keeps its status alone.
  mutating func add(_ other: [OperationPlan.ErrorCase], user: String) {
    users.append(user)
    for index in cases.indices where cases[index].documentation != other[index].documentation {
      cases[index].documentation = Documentation()
    }
  }
}
