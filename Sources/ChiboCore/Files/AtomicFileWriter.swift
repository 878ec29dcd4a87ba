#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file through a temporary sibling and renames it into place on `commit()`,
/// so a reader never sees a half-written file and a failed stage leaves the previous
/// file untouched.
///
/// The temporary file is a new file (`O_CREAT | O_EXCL`, never an existing file or a
/// planted symbolic link) created with the mode of its `Confidentiality`: an owner-only
/// file is 0600 from its first byte whatever the umask, and the rename keeps that mode.
///
/// Bytes are buffered in 1 MiB blocks. A writer that is never committed removes its
/// temporary file when it is discarded.
public final class AtomicFileWriter {
    /// The final path of the file.
    public let path: String
    /// Who may read the file.
    public let confidentiality: Confidentiality
    let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var isFinished = false
    private var isClosed = false
    private static let blockSize = 1 << 20
    /// When set (before the first byte), every byte written is also added to it, in
    /// order: the stamp of the file in place, without reading it back.
    public var stampAccumulator: AttendanceCompanion.Stamp.Accumulator?

    /// Creates the temporary file next to `path` with the permissions of
    /// `confidentiality`.
    public init(path: String, confidentiality: Confidentiality) throws(FileError) {
        self.path = path
        self.confidentiality = confidentiality
        let mode = confidentiality.fileMode
        var attempt = 0
        var candidate = path + ".tmp-\(getpid())"
        var opened: Int32 = -1
        while true {
            opened = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if opened >= 0 { break }
            // A leftover of a crashed run with the same process id: take the next name
            // rather than reuse a file someone else may hold open or have planted.
            guard errno == EEXIST, attempt < 100 else {
                throw FileError(path: path, operation: "create", code: errno)
            }
            attempt += 1
            candidate = path + ".tmp-\(getpid())-\(attempt)"
        }
        descriptor = opened
        temporaryPath = candidate
        // The umask may only narrow the creation mode, and an owner-only file is already
        // 0600 or narrower; set it exactly so the owner can read it back.
        if confidentiality == .ownerOnly && fchmod(descriptor, mode) != 0 {
            let code = errno
            close(descriptor)
            unlink(temporaryPath)
            throw FileError(path: path, operation: "chmod", code: code)
        }
        buffer.reserveCapacity(AtomicFileWriter.blockSize)
    }

    deinit {
        if !isFinished {
            if !isClosed { close(descriptor) }
            unlink(temporaryPath)
        }
    }

    /// Appends bytes.
    public func write(_ bytes: some Collection<UInt8>) throws(FileError) {
        // A big piece (a whole report) is written from its own storage rather than
        // copied into the buffer first, which would double its memory.
        if bytes.count >= AtomicFileWriter.blockSize {
            let outcome = bytes.withContiguousStorageIfAvailable { storage in
                Result { () throws(FileError) in
                    try flush()
                    try writeAll(UnsafeRawBufferPointer(storage))
                }
            }
            if let outcome { return try outcome.get() }
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= AtomicFileWriter.blockSize { try flush() }
    }

    /// Appends the UTF-8 bytes of a string.
    public func write(_ text: String) throws(FileError) {
        try write(text.utf8)
    }

    private func flush() throws(FileError) {
        try buffer.withUnsafeBytes { raw in Result { () throws(FileError) in try writeAll(raw) } }.get()
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ raw: UnsafeRawBufferPointer) throws(FileError) {
        stampAccumulator?.add(raw)
        var offset = 0
        while offset < raw.count {
            let written = systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, operation: "write", code: errno)
            }
            offset += written
        }
    }

    /// Flushes, closes and renames the file into place.
    public func commit() throws(FileError) {
        try finishWriting()
        try moveIntoPlace()
    }

    /// Flushes and closes the temporary file: every byte is written, nothing is in place
    /// yet. A writer discarded after this still removes its temporary file.
    public func finishWriting() throws(FileError) {
        guard !isClosed else { return }
        try flush()
        isClosed = true
        if close(descriptor) != 0 {
            isFinished = true
            unlink(temporaryPath)
            throw FileError(path: path, operation: "close", code: errno)
        }
    }

    /// Renames the finished temporary file into place.
    public func moveIntoPlace() throws(FileError) {
        try finishWriting()
        isFinished = true
        if rename(temporaryPath, path) != 0 {
            let code = errno
            unlink(temporaryPath)
            throw FileError(path: path, operation: "rename", code: code)
        }
    }

    /// Writes a whole file atomically in one call.
    public static func write(
        _ text: String, to path: String, confidentiality: Confidentiality
    ) throws(FileError) {
        let writer = try AtomicFileWriter(path: path, confidentiality: confidentiality)
        try writer.write(text)
        try writer.commit()
    }
}

// `write` is shadowed by the methods above inside the class.
@inline(__always)
private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, pointer, count)
}
