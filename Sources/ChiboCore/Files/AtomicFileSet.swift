#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Several files written as one: every file is written in full to its temporary sibling
/// first, and only when all of them are written are they renamed into place, so a stage
/// that fails (no permission, a full disk, a file-size limit, a bad input found late)
/// leaves every earlier output as it was, not some replaced and some not.
///
/// Each file keeps its `Confidentiality` from its first byte (an `AtomicFileWriter` per
/// file). The renames come last, in the order the files were added. Should one of them
/// fail (a folder planted where a file goes), the files already renamed are put back: each
/// file being replaced is first hard-linked to a backup beside it (the same inode, so the
/// same owner-only mode), renamed back on failure and removed on success.
public final class AtomicFileSet {
    private var writers: [AtomicFileWriter] = []

    /// An empty set.
    public init() {}

    /// The final paths of the files added so far, in order.
    public var paths: [String] { writers.map(\.path) }

    /// Writes `bytes` to the temporary sibling of `path`; nothing is in place until
    /// `commit()`.
    public func add(_ bytes: some Collection<UInt8>, at path: String, confidentiality: Confidentiality)
        throws(FileError)
    {
        let writer = try AtomicFileWriter(path: path, confidentiality: confidentiality)
        writers.append(writer)
        try writer.write(bytes)
        try writer.finishWriting()
    }

    /// Adds a file whose temporary was written beforehand (`writer`, finished here if it
    /// is not yet), renamed in the order it is added: for a big file written while other
    /// work goes on, yet renamed after the files added before it.
    public func add(_ writer: AtomicFileWriter) throws(FileError) {
        writers.append(writer)
        try writer.finishWriting()
    }

    /// Removes the temporaries of the files not yet committed (also done when the set is
    /// discarded), so that the folders they were in can be removed.
    public func discard() { writers.removeAll() }

    /// Renames every file into place, in the order they were added; on a failure, puts
    /// back the files already replaced and removes those that are new, then throws.
    public func commit() throws(FileError) {
        // (path, its backup or nil when the file is new) for each file moved so far.
        var moved: [(path: String, backup: String?)] = []
        defer { writers.removeAll() }
        for writer in writers {
            let backup = writer.path + ".tmp-\(getpid())-previous"
            unlink(backup)
            let hasBackup = link(writer.path, backup) == 0
            do {
                try writer.moveIntoPlace()
            } catch {
                if hasBackup { unlink(backup) }
                for (path, backup) in moved.reversed() {
                    if let backup { rename(backup, path) } else { unlink(path) }
                }
                throw error
            }
            moved.append((writer.path, hasBackup ? backup : nil))
        }
        for case (_, let backup?) in moved { unlink(backup) }
    }
}
