/// A plain-text table whose columns line up by display width, for report.txt and the
/// compare output. Lines carry no trailing spaces, so `diff` shows only real changes.
///
/// A cell may hold several lines (a wrapped indicator name, a value above its
/// numerator/denominator); a heading may too, split at `\n` and aligned on the rule.
struct TextTable {
    /// One line of the table.
    enum Line {
        /// A row of cells, one per column, each one or more lines.
        case cells([[String]])
        /// A line of free text (a group heading), not aligned and not counted in widths.
        case text(String)
    }

    /// The column headings, each split into lines at `\n`.
    var headings: [String]
    /// Which columns are right-aligned (numbers).
    var alignsRight: [Bool]
    /// Spaces before every line.
    var indent = 2
    /// The body.
    var lines: [Line] = []

    init(headings: [String], alignsRight: [Bool], indent: Int = 2) {
        precondition(headings.count == alignsRight.count, "one alignment per column")
        self.headings = headings
        self.alignsRight = alignsRight
        self.indent = indent
    }

    /// Appends a row of one-line cells.
    mutating func append(_ cells: [String]) {
        appendLines(cells.map { [$0] })
    }

    /// Appends a row whose cells may take several lines; the row is as tall as its
    /// tallest cell, shorter cells are top-aligned.
    mutating func appendLines(_ cells: [[String]]) {
        precondition(cells.count == headings.count, "one cell per column")
        lines.append(.cells(cells))
    }

    mutating func appendText(_ text: String) {
        lines.append(.text(text))
    }

    /// The heading of each column as its lines.
    private var headingLines: [[String]] {
        headings.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    /// The display width of each column: its widest heading or cell line.
    var columnWidths: [Int] {
        var widths = headingLines.map { $0.map(\.displayWidth).max() ?? 0 }
        for case .cells(let cells) in lines {
            for (index, cell) in cells.enumerated() {
                widths[index] = max(widths[index], cell.map(\.displayWidth).max() ?? 0)
            }
        }
        return widths
    }

    /// The width of the widest line: the indent, the columns and two spaces between them.
    var width: Int {
        let widths = columnWidths
        return indent + widths.reduce(0, +) + 2 * max(0, widths.count - 1)
    }

    /// The rendered table, each line ending with LF.
    func rendered() -> String {
        let widths = columnWidths
        let margin = String(repeating: " ", count: indent)
        func render(_ cells: [String]) -> String {
            var line = margin
            for (index, cell) in cells.enumerated() {
                if index > 0 { line += "  " }
                line += cell.padded(to: widths[index], alignsRight: alignsRight[index])
            }
            return line.trimmingTrailingSpaces() + "\n"
        }
        func renderRow(_ cells: [[String]], alignsBottom: Bool) -> String {
            let height = cells.map(\.count).max() ?? 0
            var output = ""
            for lineIndex in 0..<height {
                output += render(
                    cells.map { cell in
                        let offset = alignsBottom ? height - cell.count : 0
                        let index = lineIndex - offset
                        return cell.indices.contains(index) ? cell[index] : ""
                    })
            }
            return output
        }
        var output = renderRow(headingLines, alignsBottom: true)
        let ruleWidth = widths.reduce(0, +) + 2 * max(0, widths.count - 1)
        output += margin + String(repeating: "-", count: ruleWidth) + "\n"
        for line in lines {
            switch line {
            case .cells(let cells): output += renderRow(cells, alignsBottom: false)
            case .text(let text): output += (margin + text).trimmingTrailingSpaces() + "\n"
            }
        }
        return output
    }
}
