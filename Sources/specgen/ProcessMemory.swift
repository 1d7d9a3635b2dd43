#if canImport(Glibc)
  import CGlibcMalloc
  import Glibc
#endif

/// How the command-line tool asks glibc's allocator for memory: in one large step, backed by huge
/// pages where the system allows them.
///
/// A run allocates tens of megabytes (YouTube's document tree, IR and rendered files) and exits. glibc
/// grew the heap 132 KiB at a time and the kernel zero-filled it one 4 KiB page at a time: about 2,370
/// page faults and 11 ms of system time, a quarter of the run's CPU. Growing the heap once by 64 MiB,
/// marked for transparent huge pages (the kernel's `madvise` mode, the usual default), makes it about
/// 1,480 faults and 7.3 ms; YouTube's median went from 30.4 to 28.7 ms over 100 runs alternating with the
/// build without it, Livepeer's from 27.3 to 26.4 ms, peak memory 19.6 to 20.7 MiB. Pages the run does
/// not touch are never backed. When huge pages are scarce the kernel may compact memory on a fault; over
/// those 100 runs the slowest tenth was no slower (90th percentile 33.8 ms, 34.6 without). Only the
/// executable does this: the tests and the fuzzer keep glibc's defaults.
enum ProcessMemory {
  /// How much the heap grows by at once.
  static let heapStep = 64 << 20

  static func reserveHeap() {
    #if canImport(Glibc)
      // Grow by `heapStep` whenever the heap grows, never give the top back while the process runs, and
      // serve blocks up to 16 MiB (the document's bytes, large arrays) from the heap, not from mappings
      // of their own that are faulted in and unmapped each time.
      guard mallopt(M_TOP_PAD, Int32(heapStep)) == 1, mallopt(M_TRIM_THRESHOLD, Int32(2 * heapStep)) == 1,
        mallopt(M_MMAP_THRESHOLD, 16 << 20) == 1
      else { return }
      // One allocation larger than the heap's free top makes glibc grow it now, by `heapStep` more.
      let start = sbrk(0)
      guard let block = malloc(1 << 20) else { return }
      // Handed to a function the optimizer cannot see into, or it drops the malloc-free pair.
      guard malloc_usable_size(block) > 0 else { return free(block) }
      free(block)
      let end = sbrk(0)
      guard let start, let end, end > start else { return }
      // Whole huge pages only: the kernel backs a 2 MiB-aligned range with one huge page.
      let hugePage = 2 << 20
      let from = (Int(bitPattern: start) + hugePage - 1) & ~(hugePage - 1)
      let to = Int(bitPattern: end) & ~(hugePage - 1)
      guard to > from, let address = UnsafeMutableRawPointer(bitPattern: from) else { return }
      // Advice only: on a system without transparent huge pages this fails and nothing changes.
      _ = madvise(address, to - from, MADV_HUGEPAGE)
    #endif
  }
}
