#if canImport(Glibc)
  import CGlibcMalloc
  import Glibc
#endif

/// How the command-line tool asks glibc's allocator for memory: in one large step.
///
/// A run allocates tens of megabytes (YouTube's document tree, IR and rendered files) and exits. glibc
/// grew the heap 132 KiB at a time (about 150 `brk` calls) and gave every block over 128 KiB a mapping of
/// its own, faulted in and unmapped again. Growing the heap by 64 MiB at once and serving blocks up to
/// 16 MiB from it took YouTube's median from 30.4 to 29.7 ms over 100 runs alternating with the build
/// without it; untouched pages are never backed (peak memory 19.6 → 20.0 MiB). Only the executable does
/// this: the tests and the fuzzer keep glibc's defaults.
///
/// Not tried again: marking the heap for transparent huge pages. It cut page faults by 900 and the
/// median by 3 ms, but on this virtual machine a huge-page fault sometimes took tens of milliseconds,
/// and in a noisy period a quarter of the runs took over 45 ms (mean 41 ms against 36 ms without).
enum ProcessMemory {
  /// How much the heap grows by at once.
  static let heapStep = 64 << 20

  static func reserveHeap() {
    #if canImport(Glibc)
      // Grow by `heapStep` whenever the heap grows, never give the top back while the process runs, and
      // serve blocks up to 16 MiB (the document's bytes, large arrays) from the heap, not from mappings
      // of their own that are faulted in and unmapped each time.
      // Each is advice: a setting glibc refuses leaves its default, and the run is as before.
      _ = mallopt(M_TOP_PAD, Int32(heapStep))
      _ = mallopt(M_TRIM_THRESHOLD, Int32(2 * heapStep))
      _ = mallopt(M_MMAP_THRESHOLD, 16 << 20)
    #endif
  }
}
