/// A plain-text table whose columns line up by display width, for report.txt and the
/// compare output. Lines carry no trailing spaces, so `diff` shows only real changes.
struct TextTable {
    /// One line of the table.
    enum Line {
        /// A row of cells, one per column.
        case cells([String])
        /// A line of free text (a group heading), not aligned and not counted in widths.
        case text(String)
    }

    /// The column headings.
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

    mutating func append(_ cells: [String]) {
        precondition(cells.count == headings.count, "one cell per column")
        lines.append(.cells(cells))
    }

    mutating func appendText(_ text: String) {
        lines.append(.text(text))
    }

    /// The rendered table, each line ending with LF.
    func rendered() -> String {
        var widths = headings.map(\.displayWidth)
        for case .cells(let cells) in lines {
            for (index, cell) in cells.enumerated() { widths[index] = max(widths[index], cell.displayWidth) }
        }
        let margin = String(repeating: " ", count: indent)
        func render(_ cells: [String]) -> String {
            var line = margin
            for (index, cell) in cells.enumerated() {
                if index > 0 { line += "  " }
                line += cell.padded(to: widths[index], alignsRight: alignsRight[index])
            }
            return line.trimmingTrailingSpaces() + "\n"
        }
        var output = render(headings)
        let ruleWidth = widths.reduce(0, +) + 2 * max(0, widths.count - 1)
        output += margin + String(repeating: "-", count: ruleWidth) + "\n"
        for line in lines {
            switch line {
            case .cells(let cells): output += render(cells)
            case .text(let text): output += (margin + text).trimmingTrailingSpaces() + "\n"
            }
        }
        return output
    }
}
