#if canImport(Glibc)
import Glibc
#endif

/// glibc hands every allocation over 128 KB its own fresh pages and returns them on free, so
/// each large string a compile builds and drops (documents are megabytes) pays its page faults
/// again. Keeping allocations up to 32 MB on the heap and trimming it rarely makes a full
/// compile of a large plan about 10% faster; nothing else changes.
enum MemoryTuning {
    static func apply() {
        #if canImport(Glibc)
        // `mallopt` is in <malloc.h>, which the Glibc module does not import.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3  // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
        _ = mallopt(mmapThreshold, 32 << 20)
        _ = mallopt(trimThreshold, 128 << 20)
        #endif
    }
}
