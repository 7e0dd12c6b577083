#if canImport(Glibc)
import CMalloc
#endif

/// How the process asks the C allocator for memory, set once before any command runs.
///
/// glibc gives a large block (a page's HTML, an export's bytes: tens of MB on a big roadmap) a mapping
/// of its own, returned to the system when freed; but after the first such block is freed it raises
/// that threshold to the block's size, so the next ones come from the heap, where freed space is
/// rarely given back. A 200,000-item roadmap then peaked at 540–560 MB instead of 450–480 MB. A
/// fixed threshold keeps blocks of 16 MB and more mapped (`Benchmarks/README.md`, issue 19).
enum MemoryPolicy {
    static func apply() {
        #if canImport(Glibc)
        _ = mallopt(M_MMAP_THRESHOLD, 16 * 1024 * 1024)
        #endif
    }
}
