import WorkerThreads

/// Keeps what a run built (parsed documents, IR, rendered files) until the process exits, when the
/// system takes the memory back at once, instead of freeing it object by object.
///
/// The command-line tool turns it on, as compilers do: freeing YouTube's document tree, IR and
/// rendered files one object at a time was about 9M instructions, 2% of generating it. It is off by
/// default, so long-lived processes (the tests, the fuzzer) free memory as usual.
public enum ExitTimeRelease {
  private static let lock = ThreadLock()
  /// What is kept; nil until `enable()`, so nothing is kept.
  nonisolated(unsafe) private static var kept: [Any]?

  /// From now on, `keep` holds what it is given until the process exits.
  public static func enable() {
    lock.withLock { kept = kept ?? [] }
  }

  /// Holds `value` until the process exits when enabled; otherwise does nothing.
  static func keep(_ value: Any) {
    lock.withLock { kept?.append(value) }
  }
}
