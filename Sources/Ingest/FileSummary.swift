/// What ingest did with one input file: a row of ingest_summary.csv.
public struct FileSummary: Sendable, Equatable {
    /// The input file name (`members.csv`).
    public var fileName: String
    /// The detected encoding, empty when the file is absent.
    public var encoding: String
    /// `comma`, `semicolon` or `tab`, empty when the file is absent.
    public var delimiter: String
    /// Data records read (the header excluded).
    public var rowsRead: Int
    /// Records written to normalized/.
    public var rowsAccepted: Int
    /// Records rejected with at least one error.
    public var rowsRejected: Int
    /// Warnings on accepted records.
    public var warnings: Int

    /// The line printed on stdout: `<file>: N rows read, A accepted, R rejected, W warnings`.
    public var report: String {
        "\(fileName): \(rowsRead) rows read, \(rowsAccepted) accepted, \(rowsRejected) rejected, \(warnings) warnings"
    }

    /// The fields of the ingest_summary.csv row.
    var fields: [String] {
        [
            fileName, encoding, delimiter, String(rowsRead), String(rowsAccepted), String(rowsRejected),
            String(warnings),
        ]
    }
}
