/// Several files written as one: every file is written in full to its temporary sibling
/// first, and only when all of them are written are they renamed into place, so a stage
/// that fails (no permission, a full disk, a file-size limit, a bad input found late)
/// leaves every earlier output as it was, not some replaced and some not.
///
/// Each file keeps its `Confidentiality` from its first byte (an `AtomicFileWriter` per
/// file). The renames come last, in the order the files were added; they are renames
/// within folders the temporaries were just created in, which is what makes a failure
/// between two of them unlikely, not impossible.
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

    /// Renames every file into place, in the order they were added.
    public func commit() throws(FileError) {
        for writer in writers { try writer.moveIntoPlace() }
        writers.removeAll()
    }
}
