extension Response.Status {
  /// Whether the status says the call succeeded: a `2xx` code or the `2XX` range.
  public var isSuccess: Bool {
    switch self {
    case .code(let code): return (200...299).contains(code)
    case .range(let digit): return digit == 2
    case .default: return false
    }
  }
}

extension Operation {
  /// The responses that describe success, in status order: every `2xx` code and the `2XX` range;
  /// when there is none, the `default` response, if nothing else is documented (it then describes
  /// every answer, success included). A subscription without a `2xx` has none: its `101` opens the
  /// stream and is no answer to decode.
  ///
  /// The one rule for "the success responses": the emitter plans the output enum and the error
  /// enum by it, and the OpenAPI front end names inline response schemas by it (`…Response` for
  /// the one success, `…Response<status>` otherwise), through `successStatuses(among:kind:)`.
  public var successResponses: [Response] {
    Self.successes(among: responses, kind: kind, status: \.status)
  }

  /// Which of `statuses` describe success by the rule of `successResponses`, in status order: for a
  /// front end that names an operation's responses before it has built them.
  public static func successStatuses(among statuses: [Response.Status], kind: Kind = .request) -> [Response.Status] {
    successes(among: statuses, kind: kind, status: { $0 })
  }

  /// The rule itself, over anything that has a status.
  private static func successes<Element>(
    among elements: [Element], kind: Kind, status: (Element) -> Response.Status
  ) -> [Element] {
    let successes = elements.filter { status($0).isSuccess }
    if !successes.isEmpty { return successes.sorted { status($0) < status($1) } }
    if kind == .subscription { return [] }
    let documentsOthers = elements.contains { status($0) != .default }
    return documentsOthers ? [] : elements.filter { status($0) == .default }
  }
}
