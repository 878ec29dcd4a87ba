import OfficeReports

extension TextTable {
    /// The table for a Word document: the same headings and cells, group lines spanning
    /// the table, and the indentation that aligns plain text left out.
    var reportTable: ReportTable {
        ReportTable(
            headings: headings.map { $0.replacingOccurrences(of: "\n", with: " ") }, alignsRight: alignsRight,
            rows: lines.map { line in
                switch line {
                // A cell's lines (a wrapped name, a value above its fraction) become one
                // line that Word wraps itself.
                case .cells(let cells):
                    .cells(
                        cells.map { lines in
                            // Most cells are one line (a million at national size).
                            if lines.count == 1 { return lines[0].trimmingLeadingSpaces }
                            return lines.map(\.trimmingLeadingSpaces).filter { !$0.isEmpty }.joined(
                                separator: " ")
                        })
                case .text(let text): .group(text.trimmingLeadingSpaces)
                }
            })
    }
}

extension String {
    fileprivate var trimmingLeadingSpaces: String {
        // A text that does not start with a space byte does not start with a space.
        guard utf8.first == UInt8(ascii: " ") else { return self }
        return String(drop { $0 == " " })
    }
}
