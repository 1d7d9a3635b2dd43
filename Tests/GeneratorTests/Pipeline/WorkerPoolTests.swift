import Foundation
import Testing
import WorkerThreads

@Suite struct WorkerPoolTests {
  /// Counts, per index, how often an iteration ran.
  final class Counts: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [Int]

    init(_ count: Int) { counts = Array(repeating: 0, count: count) }

    func bump(_ index: Int) { lock.withLock { counts[index] += 1 } }
    var all: [Int] { lock.withLock { counts } }
  }

  @Test(arguments: [0, 1, 3])
  func forEachRunsEveryIndexOnce(threads: Int) {
    let pool = WorkerPool(threads: threads)
    for count in [0, 1, 2, 7, 1000] {
      let counts = Counts(count)
      pool.forEach(count) { counts.bump($0) }
      #expect(counts.all == Array(repeating: 1, count: count), "\(count) iterations on \(threads) workers")
    }
  }

  @Test(arguments: [0, 1, 3])
  func mapKeepsTheOrderOfTheIndices(threads: Int) {
    let pool = WorkerPool(threads: threads)
    for chunk in [1, 8, 5000] {
      #expect(pool.map(1000, chunk: chunk) { $0 * $0 } == (0..<1000).map { $0 * $0 })
    }
  }

  @Test func forEachCompletesWhileEveryWorkerIsBusy() {
    let pool = WorkerPool(threads: 1)
    let release = DispatchSemaphore(value: 0)
    pool.submit { release.wait() }
    // The only worker waits for the semaphore, so the caller must run every iteration itself.
    let counts = Counts(100)
    pool.forEach(100) { counts.bump($0) }
    #expect(counts.all == Array(repeating: 1, count: 100))
    release.signal()
  }

  /// Tests run in parallel and each may generate: callers share one pool, and each one's `forEach`,
  /// `map` and `PendingResult` must complete whatever the others queue.
  @Test func concurrentCallersAllComplete() {
    let pool = WorkerPool(threads: 1)
    let totals = Counts(8)
    DispatchQueue.concurrentPerform(iterations: 8) { caller in
      for round in 0..<50 {
        let pending = PendingResult<Int, Never>(on: pool) { round }
        let squares = pool.map(64, chunk: 4) { $0 * $0 }
        pool.forEach(16) { _ in totals.bump(caller) }
        if pending.value() == round, squares == (0..<64).map({ $0 * $0 }) { totals.bump(caller) }
      }
    }
    #expect(totals.all == Array(repeating: 50 * 17, count: 8))
  }

  @Test func pendingResultsGiveTheirValueOrTheirError() throws {
    struct Refused: Error, Equatable {}
    let value = PendingResult<Int, Never>(on: WorkerPool(threads: 1)) { 6 * 7 }
    let failure = PendingResult<Int, Refused>(on: WorkerPool(threads: 1)) { () throws(Refused) in throw Refused() }
    #expect(value.value() == 42)
    #expect(throws: Refused()) { try failure.value() }
    // Without workers the value is computed at once, on the caller.
    let inline = PendingResult<Int, Never>(on: WorkerPool(threads: 0)) { 7 }
    #expect(inline.value() == 7)
  }
}
