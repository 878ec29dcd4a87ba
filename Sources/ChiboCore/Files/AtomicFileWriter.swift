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
/// Bytes are buffered in 1 MiB blocks. A writer that is never committed removes its
/// temporary file when it is discarded.
public final class AtomicFileWriter {
    /// The final path of the file.
    public let path: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var isFinished = false
    private static let blockSize = 1 << 20

    /// Creates the temporary file next to `path`, readable by the owner only when
    /// `ownerOnly` is true.
    public init(path: String, ownerOnly: Bool = false) throws(FileError) {
        self.path = path
        self.temporaryPath = path + ".tmp-\(getpid())"
        let mode: mode_t = ownerOnly ? 0o600 : 0o644
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        if descriptor < 0 { throw FileError(path: temporaryPath, operation: "create", code: errno) }
        // The umask may have narrowed the mode; set it exactly.
        fchmod(descriptor, mode)
        buffer.reserveCapacity(AtomicFileWriter.blockSize)
    }

    deinit {
        if !isFinished {
            close(descriptor)
            unlink(temporaryPath)
        }
    }

    /// Appends bytes.
    public func write(_ bytes: some Collection<UInt8>) throws(FileError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= AtomicFileWriter.blockSize { try flush() }
    }

    /// Appends the UTF-8 bytes of a string.
    public func write(_ text: String) throws(FileError) {
        try write(Array(text.utf8))
    }

    private func flush() throws(FileError) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw FileError(path: temporaryPath, operation: "write", code: errno)
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, closes and renames the file into place.
    public func commit() throws(FileError) {
        try flush()
        if close(descriptor) != 0 {
            isFinished = true
            unlink(temporaryPath)
            throw FileError(path: temporaryPath, operation: "close", code: errno)
        }
        isFinished = true
        if rename(temporaryPath, path) != 0 {
            let code = errno
            unlink(temporaryPath)
            throw FileError(path: path, operation: "rename", code: code)
        }
    }

    /// Writes a whole file atomically in one call.
    public static func write(_ text: String, to path: String, ownerOnly: Bool = false) throws(FileError) {
        let writer = try AtomicFileWriter(path: path, ownerOnly: ownerOnly)
        try writer.write(text)
        try writer.commit()
    }
}

// `write` is shadowed by the methods above inside the class.
@inline(__always)
private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, pointer, count)
}
