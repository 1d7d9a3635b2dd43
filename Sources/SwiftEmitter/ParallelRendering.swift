import WorkerThreads

/// Renders independent files on every core.
///
/// Once names are decided, each file is a pure function of the IR and the symbol table, so files
/// render concurrently; the result keeps the order of the indices, not of completion, so output
/// stays deterministic.
enum ParallelRendering {
  /// `render(0) ... render(count - 1)`, computed in chunks across the machine's cores.
  static func files(count: Int, _ render: @Sendable (Int) -> EmittedFile) -> [EmittedFile] {
    let pool = WorkerPool.shared
    // Chunks of at least 8 keep hand-out overhead small; about four per core balance uneven files.
    return pool.map(count, chunk: max(8, count / (4 * (pool.threadCount + 1)) + 1), render)
  }
}
