import OfficeOpenXML

/// rejects.xlsx: the problems of rejects.csv for the staff who fix the exports, one
/// sheet per input file with problems, errors first.
///
/// Every value is a text cell holding exactly what was read (a bad date `03/02/17`
/// stays those characters, `001` keeps its zeros, `=SUM(A1)` is not evaluated); the line
/// is a number so that the sheet sorts by it. The file holds personal data (names and
/// ids in the values): the caller writes it owner-only.
public struct RejectsWorkbook: Sendable {
    /// The problems, in rejects.csv order.
    public var entries: [RejectEntry]

    /// Creates the workbook's content.
    public init(entries: [RejectEntry]) {
        self.entries = entries
    }

    /// The data rows a sheet holds under its header row: Excel's 1,048,576 rows less
    /// the header (smaller in tests).
    var rowsPerSheet = 1_048_575

    static let headings = ["Tệp", "Dòng", "Cột", "Giá trị", "Mã", "Mức độ", "Nội dung"]

    /// The workbook: files in order of first appearance, and within a file errors, then
    /// warnings, then notices, each in rejects.csv order.
    public func workbook() -> Workbook {
        let sheets = sheets()
        return Workbook(sheets: sheets.isEmpty ? [Self.emptySheet] : sheets, properties: Self.properties)
    }

    /// The sheets of the files with problems, in order of first appearance, none without
    /// problems (`workbook()` then holds `emptySheet`).
    func sheets() -> [Worksheet] {
        var files: [String] = []
        var byFile: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            if byFile[entry.file] == nil { files.append(entry.file) }
            byFile[entry.file, default: []].append(index)
        }
        var sheets: [Worksheet] = []
        for file in files {
            // Indices break ties, so rejects.csv order is kept within each severity.
            let sorted = byFile[file, default: []].sorted { lhs, rhs in
                (entries[lhs].severity, lhs) < (entries[rhs].severity, rhs)
            }
            // A sheet holds 1,048,576 rows, the header included; a file with more problems
            // continues on `<file> (2)`, `<file> (3)`…
            var start = 0
            repeat {
                let end = min(start + rowsPerSheet, sorted.count)
                sheets.append(sheet(named: file, rows: Array(sorted[start..<end])))
                start = end
            } while start < sorted.count
        }
        return sheets
    }

    /// The one sheet of a workbook without problems.
    static var emptySheet: Worksheet {
        RejectsWorkbook(entries: []).sheet(named: "Không có vấn đề", rows: [])
    }

    /// The workbook's title and language.
    static let properties = DocumentProperties(
        title: "Các dòng bị loại bỏ và cảnh báo", language: "vi-VN", application: "chibo")

    /// The .xlsx bytes.
    public func bytes() throws(ZipError) -> [UInt8] {
        try workbook().bytes()
    }

    /// The sheet of the problems `rows` (indices into `entries`), under the headings: made
    /// a row at a time as the sheet is measured and written (`RowSource`), not held as
    /// cells (hundreds of thousands of rows on the national year, each an array of seven).
    private func sheet(named name: String, rows: [Int]) -> Worksheet {
        var sheet = Worksheet(name: name, frozenRows: 1, hasAutoFilter: true, isLandscape: true)
        sheet.append(RejectsWorkbook.headings.map(SheetCell.header))
        let entries = self.entries
        sheet.rowSource = RowSource(count: rows.count, columnCount: RejectsWorkbook.headings.count) {
            index, row in
            // Field by field rather than a copy of the entry, which would retain every text.
            let entry = rows[index]
            row.append(.text(entries[entry].file))
            row.append(.integer(entries[entry].line, style: .general))
            row.append(.text(entries[entry].column))
            row.append(.text(entries[entry].value))
            row.append(.text(entries[entry].code))
            row.append(
                .text(
                    entries[entry].severity.vietnamese,
                    style: entries[entry].severity == .error ? .flaggedText : .text))
            row.append(.text(entries[entry].message))
        }
        sheet.fitColumnWidths(maximum: 60)
        sheet.fitsColumnsToPage = true
        return sheet
    }
}
