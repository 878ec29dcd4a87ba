#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds where a second reader of a normalized file may start: just after a line feed.
///
/// A line start is only a guess at a record start (a quoted field may hold a line feed),
/// so whoever splits a file checks that a reader of the whole file meets a record there.
enum LineStart {
    /// The first offset after a line feed at or after `offset` whose byte starts no
    /// empty line (a blank line is skipped by the reader, not a record); nil when there
    /// is none within the 1 MiB after `offset` or the file cannot be read.
    static func find(in path: String, from offset: Int) -> Int? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let blockSize = 1 << 20
        let block = UnsafeMutablePointer<UInt8>.allocate(capacity: blockSize)
        defer { block.deallocate() }
        let count = pread(descriptor, block, blockSize, off_t(offset))
        guard count > 1 else { return nil }
        for index in 0..<(count - 1) where block[index] == 0x0A {
            let next = block[index + 1]
            if next != 0x0A && next != 0x0D { return offset + index + 1 }
        }
        return nil
    }

    /// The size of the file at `path`; 0 when it cannot be told.
    static func size(of path: String) -> Int {
        var status = stat()
        guard stat(path, &status) == 0 else { return 0 }
        return Int(status.st_size)
    }
}
