import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A scratch file for personal data that never has a name for longer than an instant:
/// created owner-only (`O_CREAT | O_EXCL | O_NOFOLLOW`, mode 0600) and unlinked at once, so
/// the open descriptor keeps its bytes and the system frees them when it is closed, however
/// the process ends.
public enum UnlinkedScratchFile {
    /// Creates a new scratch file at `path` (or `path-1`, `path-2`, … when a leftover of a
    /// crashed run with the same process id holds the name: never a file someone else may
    /// hold or have planted) for reading and writing; returns its descriptor.
    public static func create(at path: String) throws(FileError) -> Int32 {
        var candidate = path
        var descriptor: Int32 = -1
        for attempt in 1...100 {
            descriptor = open(candidate, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if descriptor >= 0 { break }
            guard errno == EEXIST, attempt < 100 else {
                throw FileError(path: candidate, operation: "create", code: errno)
            }
            candidate = path + "-\(attempt)"
        }
        // The umask may only narrow 0600; set it exactly so the owner can read it back.
        if fchmod(descriptor, 0o600) != 0 || unlink(candidate) != 0 {
            let code = errno
            close(descriptor)
            unlink(candidate)
            throw FileError(path: candidate, operation: "create", code: code)
        }
        return descriptor
    }

    /// Closes `descriptor`, a scratch file's, on a thread of its own: closing the last
    /// descriptor of an unlinked file frees its blocks there and then, which waits for the
    /// pages still being written back and, on a file system mounted with `discard`, for
    /// the device to trim them (2.7 s for the members' raw values of a national year, on
    /// the ingest's critical path).
    public static func closeInBackground(_ descriptor: Int32) {
        closing.async { _ = close(descriptor) }
    }

    /// Waits until every descriptor handed to `closeInBackground` is closed.
    public static func waitForBackgroundCloses() {
        closing.sync {}
    }

    private static let closing = DispatchQueue(label: "chibo.scratch-file-close", qos: .utility)
}
