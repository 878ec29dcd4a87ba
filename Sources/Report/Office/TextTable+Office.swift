import OfficeReports

extension TextTable {
    /// The table for a Word document: the same headings and cells, group lines spanning
    /// the table, and the indentation that aligns plain text left out.
    var reportTable: ReportTable {
        ReportTable(
            headings: headings, alignsRight: alignsRight,
            rows: lines.map { line in
                switch line {
                case .cells(let cells): .cells(cells.map { $0.trimmingLeadingSpaces })
                case .text(let text): .group(text.trimmingLeadingSpaces)
                }
            })
    }
}

extension String {
    fileprivate var trimmingLeadingSpaces: String {
        String(drop { $0 == " " })
    }
}
