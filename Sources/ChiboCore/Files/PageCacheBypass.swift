#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading and writing big files without the page cache (`O_DIRECT`), where the system
/// and the file system allow it.
///
/// On the virtual machines this project runs on, every page the page cache takes afresh
/// costs the host a fault: copying 2.4 GB of attendance into the page cache took a core
/// for 6–8 s, where the disk takes the same bytes at 1.8 GB/s straight from an aligned
/// block. Only files no stage reads back at once go this way; a file written so is not
/// in the page cache, and is read back the same way (`isMostlyUncached`).
public enum PageCacheBypass {
    /// The alignment of addresses, sizes and offsets that `O_DIRECT` asks for (the
    /// logical block size of every disk in use, or a multiple of it).
    public static let alignment = 4096

    /// `O_DIRECT` on Linux, where its value depends on the architecture; nil elsewhere.
    private static var flag: Int32? {
        #if os(Linux) && arch(x86_64)
            return 0o40000
        #elseif os(Linux) && arch(arm64)
            return 0o200000
        #else
            return nil
        #endif
    }

    /// Turns `O_DIRECT` on for `descriptor`; false when the system or file system refuses.
    public static func enable(on descriptor: Int32) -> Bool {
        guard let flag else { return false }
        let flags = fcntl(descriptor, F_GETFL)
        return flags >= 0 && fcntl(descriptor, F_SETFL, flags | flag) == 0
    }

    /// Turns `O_DIRECT` off for `descriptor`; whether it was on and is now off.
    @discardableResult
    public static func disable(on descriptor: Int32) -> Bool {
        guard let flag else { return false }
        let flags = fcntl(descriptor, F_GETFL)
        guard flags >= 0, flags & flag != 0 else { return false }
        return fcntl(descriptor, F_SETFL, flags & ~flag) == 0
    }

    /// Whether fewer than a tenth of the pages of the open file `descriptor`, `size`
    /// bytes, are in the page cache: read through it, they would take as many fresh
    /// pages; read around it, the cached ones would be read from the disk again (after
    /// being written there, if dirty). False when it cannot be told.
    public static func isMostlyUncached(_ descriptor: Int32, size: Int) -> Bool {
        #if os(Linux)
            let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
            guard size >= 1 << 20, pageSize > 0 else { return false }
            guard let mapping = mmap(nil, size, PROT_READ, MAP_SHARED, descriptor, 0), mapping != MAP_FAILED
            else { return false }
            defer { munmap(mapping, size) }
            let pages = (size + pageSize - 1) / pageSize
            let residency = UnsafeMutablePointer<UInt8>.allocate(capacity: pages)
            defer { residency.deallocate() }
            guard mincore(mapping, size, residency) == 0 else { return false }
            var resident = 0
            for page in 0..<pages { resident &+= Int(residency[page] & 1) }
            return resident * 10 < pages
        #else
            return false
        #endif
    }

    /// Tells the kernel that `descriptor` is read from start to end once (a bigger
    /// read-ahead).
    public static func adviseSequentialReading(_ descriptor: Int32) {
        #if os(Linux)
            _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_SEQUENTIAL)
        #endif
    }

    /// Drops `count` bytes of `descriptor` from `offset` from the page cache, once read.
    public static func drop(_ descriptor: Int32, from offset: Int, count: Int) {
        #if os(Linux)
            _ = posix_fadvise(descriptor, off_t(offset), off_t(count), POSIX_FADV_DONTNEED)
        #endif
    }
}
