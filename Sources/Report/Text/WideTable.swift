/// A table with a few leading columns (the indicator) and more data columns (district
/// units, years) than a page is wide: the data columns are laid out in groups, as many as
/// fit `maxWidth` display columns, each group a table of its own that repeats the
/// leading columns, so a 100-column page or terminal never wraps a line.
struct WideTable {
    /// One row: its leading cells and its data cells, each one or more lines.
    struct Row {
        var leading: [[String]]
        var data: [[String]]
    }

    /// One line of the table: a row or a line of text repeated in every group.
    enum Line {
        case row(Row)
        case text(String)
    }

    /// The leading columns' headings (`\n` between heading lines).
    var leadingHeadings: [String]
    /// The data columns' headings.
    var dataHeadings: [String]
    /// Whether each data column is right-aligned (leading columns are left-aligned).
    var dataAlignsRight: Bool = true
    /// The widest line allowed, indent included.
    var maxWidth = TextReport.pageWidth
    /// The lines in order.
    var lines: [Line] = []

    init(leadingHeadings: [String], dataHeadings: [String]) {
        self.leadingHeadings = leadingHeadings
        self.dataHeadings = dataHeadings
    }

    mutating func append(leading: [[String]], data: [[String]]) {
        precondition(leading.count == leadingHeadings.count && data.count == dataHeadings.count)
        lines.append(.row(Row(leading: leading, data: data)))
    }

    mutating func appendText(_ text: String) {
        lines.append(.text(text))
    }

    /// The consecutive ranges of data columns laid out together: each as wide as fits,
    /// at least one column each.
    var groups: [Range<Int>] {
        let whole = table(columns: 0..<dataHeadings.count)
        let widths = whole.columnWidths
        let leadingWidth =
            whole.indent + widths.prefix(leadingHeadings.count).reduce(0, +)
            + 2 * max(0, leadingHeadings.count - 1)
        var groups: [Range<Int>] = []
        var start = 0
        var lineWidth = leadingWidth
        for index in dataHeadings.indices {
            let columnWidth = 2 + widths[leadingHeadings.count + index]
            if index > start, lineWidth + columnWidth > maxWidth {
                groups.append(start..<index)
                start = index
                lineWidth = leadingWidth
            }
            lineWidth += columnWidth
        }
        if start < dataHeadings.count || groups.isEmpty { groups.append(start..<dataHeadings.count) }
        return groups
    }

    /// The table of the leading columns and the data columns `columns`.
    private func table(columns: Range<Int>) -> TextTable {
        var table = TextTable(
            headings: leadingHeadings + Array(dataHeadings[columns]),
            alignsRight: leadingHeadings.map { _ in false } + columns.map { _ in dataAlignsRight })
        for line in lines {
            switch line {
            case .row(let row):
                // A row with nothing in this group's columns is left out of the group.
                let data = Array(row.data[columns])
                if columns.count < dataHeadings.count, data.allSatisfy({ $0.allSatisfy(\.isEmpty) }) {
                    continue
                }
                table.appendLines(row.leading + data)
            case .text(let text): table.appendText(text)
            }
        }
        return table
    }

    /// The groups' tables, separated by an empty line.
    func rendered() -> String {
        var bytes: [UInt8] = []
        for (index, columns) in groups.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: "\n")) }
            table(columns: columns).render(into: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
