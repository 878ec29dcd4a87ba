import CSV

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a second reader of a UTF-8 file starts: the first line start past the middle.
///
/// A line start is only a guess at a record start (a quoted field may hold a line feed),
/// so the reader of the whole file checks that it meets a record there.
struct FileSplit {
    /// The byte offset in the file.
    let offset: Int
    /// The offset in the decoded text, which has no byte order mark.
    let textOffset: Int
    /// The size of the file in bytes.
    let size: Int

    /// The split of the file at `path`, read as `encoding`; nil when it is not UTF-8, has
    /// no more than `minimumSize` bytes or no line start in the megabyte past its middle
    /// (past a line feed, not at a blank line).
    init?(path: String, encoding: TextEncoding, above minimumSize: Int) {
        guard let markLength = encoding.utf8MarkLength else { return nil }
        guard let size = FileSplit.size(of: path), size > minimumSize else { return nil }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let middle = max(size / 2, markLength)
        let blockSize = 1 << 20
        let block = UnsafeMutablePointer<UInt8>.allocate(capacity: blockSize)
        defer { block.deallocate() }
        let count = pread(descriptor, block, blockSize, off_t(middle))
        guard count > 1 else { return nil }
        guard
            let index = (0..<(count - 1)).first(where: { index in
                block[index] == 0x0A && block[index + 1] != 0x0A && block[index + 1] != 0x0D
            })
        else { return nil }
        offset = middle + index + 1
        textOffset = offset - markLength
        self.size = size
    }

    /// The size in bytes of the file at `path`; nil when it cannot be told.
    static func size(of path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Int(status.st_size)
    }
}
