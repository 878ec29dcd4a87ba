/// What ingest did with one input file: a row of ingest_summary.csv, written by the
/// ingest stage and read by the report stage.
public struct FileSummary: Sendable, Hashable {
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

    /// The line printed on stdout, in Vietnamese:
    /// `<file>: đọc N dòng, nhận A, loại R, W cảnh báo`, thousands grouped with `.`.
    public var report: String {
        "\(fileName): đọc \(rowsRead.groupedInVietnamese) dòng, nhận \(rowsAccepted.groupedInVietnamese),"
            + " loại \(rowsRejected.groupedInVietnamese), \(warnings.groupedInVietnamese) cảnh báo"
    }

    /// The columns of ingest_summary.csv.
    public static let columns = [
        "file", "encoding", "delimiter", "rows_read", "rows_accepted", "rows_rejected", "warnings",
    ]

    /// Creates a summary.
    public init(
        fileName: String, encoding: String, delimiter: String, rowsRead: Int, rowsAccepted: Int,
        rowsRejected: Int, warnings: Int
    ) {
        self.fileName = fileName
        self.encoding = encoding
        self.delimiter = delimiter
        self.rowsRead = rowsRead
        self.rowsAccepted = rowsAccepted
        self.rowsRejected = rowsRejected
        self.warnings = warnings
    }

    /// The fields of the ingest_summary.csv row, in `columns` order.
    public var fields: [String] {
        [
            fileName, encoding, delimiter, String(rowsRead), String(rowsAccepted), String(rowsRejected),
            String(warnings),
        ]
    }
}
