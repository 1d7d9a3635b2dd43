import Dispatch
import Foundation

/// Renders independent files on every core.
///
/// Once names are decided, each file is a pure function of the IR and the symbol table, so files
/// render concurrently; the result keeps the order of the indices, not of completion, so output
/// stays deterministic.
public enum ParallelRendering {
  /// Starts the worker threads rendering will use, so they exist by the time it begins.
  ///
  /// libdispatch creates its pool's threads on first use, and the first one took about 4 ms to start
  /// running here: longer than rendering all of Livepeer's declarations on the other core, so the
  /// first `files` call ran nearly single-threaded. Callers ask for the pool before reading the spec,
  /// while there is still parsing and translating to overlap with.
  public static func prepareWorkers() {
    for _ in 1..<max(2, ProcessInfo.processInfo.activeProcessorCount) {
      DispatchQueue.global().async {}
    }
  }

  /// `render(0) ... render(count - 1)`, computed in chunks across the machine's cores.
  static func files(count: Int, _ render: @Sendable (Int) -> EmittedFile) -> [EmittedFile] {
    guard count > 1 else { return (0..<count).map(render) }
    let files = RenderedFiles(count: count)
    // Chunks of at least 8 keep dispatch overhead small; about four per core balance uneven files.
    let chunk = max(8, count / (4 * ProcessInfo.processInfo.activeProcessorCount) + 1)
    DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { part in
      for index in (part * chunk)..<min(count, (part + 1) * chunk) {
        files.store(render(index), at: index)
      }
    }
    return files.all
  }
}

/// One slot per file, filled by concurrent iterations that each own distinct indices.
///
/// `@unchecked` because the compiler cannot see that indices never overlap; `concurrentPerform`
/// returns only after every iteration, so reading `all` afterwards races with nothing.
private final class RenderedFiles: @unchecked Sendable {
  private let slots: UnsafeMutablePointer<EmittedFile?>
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

  func store(_ file: EmittedFile, at index: Int) { slots[index] = file }

  var all: [EmittedFile] { (0..<count).compactMap { slots[$0] } }
}
