#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A mutex, straight on POSIX threads.
///
/// Not Foundation's `NSLock`: that class lives in the full Foundation, and importing it links ICU
/// and its data into specgen (tens of megabytes of binary whose relocations every run pays at
/// start). specgen needs only `FoundationEssentials`.
public class ThreadLock: @unchecked Sendable {
  // A heap cell, never moved: a pthread mutex must stay at the address it was made at.
  fileprivate let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

  public init() {
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  public final func lock() { pthread_mutex_lock(mutex) }

  public final func unlock() { pthread_mutex_unlock(mutex) }

  /// `body()`, holding the lock.
  public final func withLock<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
    lock()
    defer { unlock() }
    return try body()
  }
}

/// A mutex and a condition variable that waits with it.
final class ThreadCondition: ThreadLock, @unchecked Sendable {
  private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

  override init() {
    super.init()
    pthread_cond_init(condition, nil)
  }

  deinit {
    pthread_cond_destroy(condition)
    condition.deallocate()
  }

  /// Unlocks, waits for a `signal` or `broadcast`, and locks again (possibly woken spuriously: wait
  /// in a loop on the state the condition guards).
  func wait() { pthread_cond_wait(condition, mutex) }

  /// Wakes one waiting thread.
  func signal() { pthread_cond_signal(condition) }

  /// Wakes every waiting thread.
  func broadcast() { pthread_cond_broadcast(condition) }
}

/// Starts a detached thread with a stack of `stackSize` bytes that runs `body` and never joins.
func startDetachedThread(stackSize: Int, _ body: @escaping @Sendable () -> Void) {
  final class Start {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
  }
  var attributes = pthread_attr_t()
  pthread_attr_init(&attributes)
  defer { pthread_attr_destroy(&attributes) }
  pthread_attr_setstacksize(&attributes, stackSize)
  pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
  let start = Unmanaged.passRetained(Start(body)).toOpaque()
  #if canImport(Darwin)
    var thread: pthread_t?
  #else
    var thread = pthread_t()
  #endif
  let status = pthread_create(
    &thread, &attributes,
    { argument in
      #if canImport(Darwin)
        let start = Unmanaged<Start>.fromOpaque(argument).takeRetainedValue()
      #else
        let start = Unmanaged<Start>.fromOpaque(argument!).takeRetainedValue()
      #endif
      start.body()
      return nil
    }, start)
  precondition(status == 0, "specgen could not start a worker thread (pthread_create: \(status))")
}
