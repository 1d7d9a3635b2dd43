import Foundation

/// Keeps what a run built (parsed documents, IR, rendered files) until the process exits, when the
/// system takes the memory back at once, instead of freeing it object by object.
///
/// The command-line tool turns it on, as compilers do: freeing YouTube's document tree, IR and
/// rendered files one object at a time was about 9M instructions, 2% of generating it. It is off by
/// default, so long-lived processes (the tests, the fuzzer) free memory as usual.
public enum ExitTimeRelease {
  private static let state = Mutex()

  /// From now on, `keep` holds what it is given until the process exits.
  public static func enable() {
    state.withLock { $0.enabled = true }
  }

  /// Holds `value` until the process exits when enabled; otherwise does nothing.
  static func keep(_ value: Any) {
    state.withLock { state in
      if state.enabled { state.kept.append(value) }
    }
  }

  private struct State {
    var enabled = false
    var kept: [Any] = []
  }

  /// `State` behind a lock (`Synchronization.Mutex` needs macOS 15).
  private final class Mutex: @unchecked Sendable {
    private let lock = NSLock()
    private var state = State()

    func withLock<Result>(_ body: (inout State) -> Result) -> Result {
      lock.lock()
      defer { lock.unlock() }
      return body(&state)
    }
  }
}
