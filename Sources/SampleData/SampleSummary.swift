/// What a generation run wrote.
public struct SampleSummary: Sendable {
    /// One written file.
    public struct WrittenFile: Sendable, Equatable {
        /// The file name.
        public var fileName: String
        /// Data records (the header excluded).
        public var records: Int
        /// Size in bytes.
        public var bytes: Int
    }

    /// The files, in `Entity` order.
    public var files: [WrittenFile]
    /// The deliberately bad rows, in the order written.
    public var problems: [DeliberateProblem]

    /// The total size in bytes.
    public var totalBytes: Int { files.reduce(0) { $0 + $1.bytes } }
}
