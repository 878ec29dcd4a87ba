#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open file read at given offsets (pread): to find where a second reader of a
/// normalized file may start, and to read single records again.
final class FileBytes {
    private let descriptor: Int32

    /// Opens `path`; nil when it cannot be opened.
    init?(path: String) {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 { return nil }
    }

    deinit { close(descriptor) }

    /// The size of the file; 0 when it cannot be told.
    var size: Int {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return 0 }
        return Int(status.st_size)
    }

    /// The `count` bytes from `offset` on; nil when the file is shorter or unreadable.
    func read(from offset: Int, count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        let filled = bytes.withUnsafeMutableBytes { buffer in
            var filled = 0
            while filled < count {
                let got = pread(
                    descriptor, buffer.baseAddress! + filled, count - filled, off_t(offset + filled))
                if got < 0 && errno == EINTR { continue }
                if got <= 0 { break }
                filled += got
            }
            return filled
        }
        return filled == count ? bytes : nil
    }

    /// The first offset after a line feed at or after `offset` whose byte starts no
    /// empty line (a blank line is skipped by the reader, not a record); nil when there
    /// is none within the 1 MiB from `offset`.
    ///
    /// A line start is only a guess at a record start (a quoted field may hold a line
    /// feed), so whoever splits a file checks that a reader of the whole file meets a
    /// record there.
    func lineStart(from offset: Int) -> Int? {
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
}
