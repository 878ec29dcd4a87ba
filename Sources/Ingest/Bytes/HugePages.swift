#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Asks the system to back a big hash table with huge pages before its first touch: its
/// lookups land anywhere in it (megabytes of slots), and on 4 KiB pages nearly every one
/// also missed the TLB, which a virtual machine pays twice.
enum HugePages {
    /// The size of a huge page on x86-64 and most ARM64 Linux systems.
    static let size = 2 << 20

    /// Advises huge pages for the whole huge pages inside the `byteCount` bytes at `base`,
    /// when they are at least four; advice only, and nothing off Linux.
    static func advise(_ base: UnsafeMutableRawPointer, byteCount: Int) {
        #if os(Linux)
            guard byteCount >= size * 4 else { return }
            let start = (Int(bitPattern: base) + size - 1) & ~(size - 1)
            let end = (Int(bitPattern: base) + byteCount) & ~(size - 1)
            if end > start, let address = UnsafeMutableRawPointer(bitPattern: start) {
                _ = madvise(address, end - start, MADV_HUGEPAGE)
            }
        #endif
    }
}
