#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Threads of specgen's own, started once and kept for the life of the process, that the stages
/// share: translating Discovery methods beside the schemas, reading the output folder while names are
/// decided, rendering and writing files on every core.
///
/// Not libdispatch's pool: on Linux its workers are started lazily and wake late, and in about half
/// of the runs `concurrentPerform` rendered YouTube's 337 files on the calling thread alone (9.6 ms
/// of wall time for 9.6 ms of CPU). These threads wait on one condition and are woken by every job.
///
/// A job never waits for another job, so no work can deadlock the pool; `forEach` has its caller
/// take part, so it completes even when every worker is busy with a long job.
public final class WorkerPool: @unchecked Sendable {
  /// One thread fewer than the machine has cores: the caller of `forEach` is the other one.
  public static let shared = WorkerPool(threads: ProcessInfo.processInfo.activeProcessorCount - 1)

  /// How many threads work beside the caller (0 on a single core: everything runs on the caller).
  public let threadCount: Int

  private let condition = ThreadCondition()
  /// Jobs not yet taken, oldest first (`next` is the first not taken: removal stays O(1)).
  private var jobs: [@Sendable () -> Void] = []
  private var next = 0

  /// Starts `threads` threads (none for 0 or fewer). The threads hold the pool, so it lives as long
  /// as the process, as they do.
  public init(threads: Int) {
    threadCount = max(0, threads)
    for _ in 0..<threadCount {
      // Rendering recurses through nested declarations; the default secondary-thread stack is small.
      startDetachedThread(stackSize: 8 << 20) { self.work() }
    }
  }

  /// Starts the pool's threads now, so they are running by the time the first job arrives (a new
  /// thread took milliseconds to be scheduled). Idempotent.
  public static func prepare() {
    _ = shared
  }

  /// Runs `job` on a worker, or, without workers, right away on the calling thread.
  public func submit(_ job: @escaping @Sendable () -> Void) {
    guard threadCount > 0 else { return job() }
    condition.lock()
    jobs.append(job)
    condition.signal()
    condition.unlock()
  }

  /// `body(0) ... body(count - 1)`, each exactly once, spread over the caller and the workers;
  /// returns when all have returned. Iterations must be independent.
  public func forEach(_ count: Int, _ body: (Int) -> Void) {
    guard count > 1, threadCount > 0 else { return (0..<count).forEach(body) }
    withoutActuallyEscaping(body) { body in
      let loop = SharedLoop(count: count, body: body)
      for _ in 0..<min(threadCount, count - 1) { submit { loop.run() } }
      loop.run()
      loop.waitUntilFinished()
    }
  }

  /// `[transform(0), ..., transform(count - 1)]`, computed in chunks of `chunk` consecutive indices
  /// spread over the caller and the workers; the result keeps the order of the indices, not of
  /// completion, so it is the same on every run.
  ///
  /// Without a `chunk`, each thread gets about four: few enough that handing them out costs nothing
  /// beside the work, enough that uneven items (a large file among small ones) still balance.
  public func map<Element>(_ count: Int, chunk: Int? = nil, _ transform: (Int) -> Element) -> [Element] {
    guard count > 1, threadCount > 0 else { return (0..<count).map(transform) }
    let chunk = max(1, chunk ?? count / (4 * (threadCount + 1)))
    let slots = Slots<Element>(count: count)
    forEach((count + chunk - 1) / chunk) { part in
      for index in (part * chunk)..<min(count, (part + 1) * chunk) {
        slots.store(transform(index), at: index)
      }
    }
    return slots.all
  }

  private func work() {
    while true {
      condition.lock()
      while next == jobs.count { condition.wait() }
      let job = jobs[next]
      next += 1
      if next == jobs.count {
        jobs.removeAll(keepingCapacity: true)
        next = 0
      }
      condition.unlock()
      job()
    }
  }
}

/// The iterations of one `forEach`, handed out one index at a time to whichever thread asks next.
///
/// `body` does not escape `forEach`: the caller clears it before returning, and a worker that starts
/// late finds no index left and never calls it.
private final class SharedLoop: @unchecked Sendable {
  private let condition = ThreadCondition()
  private let count: Int
  private var body: ((Int) -> Void)?
  private var taken = 0
  private var finished = 0

  init(count: Int, body: @escaping (Int) -> Void) {
    self.count = count
    self.body = body
  }

  /// Takes and runs indices until none is left.
  func run() {
    while let index = takeIndex() {
      call(at: index)
      condition.lock()
      finished += 1
      if finished == count { condition.broadcast() }
      condition.unlock()
    }
  }

  private func takeIndex() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    guard taken < count else { return nil }
    taken += 1
    return taken - 1
  }

  /// Calls `body`, holding it only for the call: it must be released before the iteration counts as
  /// finished, or `forEach` could return while a worker still references it.
  private func call(at index: Int) {
    condition.lock()
    let body = self.body
    condition.unlock()
    body?(index)
  }

  /// Waits for iterations other threads are still running, then drops `body`.
  func waitUntilFinished() {
    condition.lock()
    while finished < count { condition.wait() }
    body = nil
    condition.unlock()
  }
}

/// A value computed on a worker while the caller goes on; `value` waits for it.
public final class PendingResult<Value: Sendable, Failure: Error>: @unchecked Sendable {
  private let condition = ThreadCondition()
  private var result: Result<Value, Failure>?

  /// Starts `compute` on `pool`.
  public init(on pool: WorkerPool = .shared, _ compute: @escaping @Sendable () throws(Failure) -> Value) {
    pool.submit { [self] in
      let outcome: Result<Value, Failure>
      do throws(Failure) {
        outcome = .success(try compute())
      } catch {
        outcome = .failure(error)
      }
      condition.lock()
      result = outcome
      condition.broadcast()
      condition.unlock()
    }
  }

  /// The computed value, or its error; waits until it is ready.
  public func value() throws(Failure) -> Value {
    condition.lock()
    while result == nil { condition.wait() }
    let outcome = result!
    condition.unlock()
    return try outcome.get()
  }
}

/// One slot per index, filled by concurrent iterations that each own distinct indices.
///
/// `@unchecked` because the compiler cannot see that indices never overlap; `forEach` returns only
/// after every iteration, so reading `all` afterwards races with nothing.
private final class Slots<Element>: @unchecked Sendable {
  private let slots: UnsafeMutablePointer<Element?>
  private let count: Int

  init(count: Int) {
    self.count = count
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil, count: count)
  }

  deinit {
    slots.deinitialize(count: count)
    slots.deallocate()
  }

  func store(_ element: Element, at index: Int) { slots[index] = element }

  var all: [Element] { (0..<count).map { slots[$0]! } }
}
