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
        var bytes: [UInt8] = []
        render(into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of `rendered()` to `bytes`.
    func render(into bytes: inout [UInt8]) {
        let widths = columnWidths
        var lineStart = 0
        func startLine() {
            lineStart = bytes.count
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
        }
        func endLine() {
            TextTable.trimTrailingSpaces(of: &bytes, from: lineStart)
            bytes.append(UInt8(ascii: "\n"))
        }
        func renderRow(_ cells: [[String]], alignsBottom: Bool) {
            let height = cells.map(\.count).max() ?? 0
            for lineIndex in 0..<height {
                startLine()
                for (column, cell) in cells.enumerated() {
                    if column > 0 { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2)) }
                    let offset = alignsBottom ? height - cell.count : 0
                    let index = lineIndex - offset
                    let text = cell.indices.contains(index) ? cell[index] : ""
                    let padding = repeatElement(
                        UInt8(ascii: " "), count: max(0, widths[column] - text.displayWidth))
                    if alignsRight[column] { bytes.append(contentsOf: padding) }
                    bytes.append(contentsOf: text.utf8)
                    if !alignsRight[column] { bytes.append(contentsOf: padding) }
                }
                endLine()
            }
        }
        renderRow(headingLines, alignsBottom: true)
        let ruleWidth = widths.reduce(0, +) + 2 * max(0, widths.count - 1)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "-"), count: ruleWidth))
        bytes.append(UInt8(ascii: "\n"))
        for line in lines {
            switch line {
            case .cells(let cells): renderRow(cells, alignsBottom: false)
            case .text(let text):
                startLine()
                bytes.append(contentsOf: text.utf8)
                endLine()
            }
        }
    }

    /// Removes the spaces at the end of the line that starts at `lineStart`, as
    /// `String.trimmingTrailingSpaces()` does: byte by byte, unless the space follows a
    /// non-ASCII character that might join it into one `Character` (a prepended mark).
    static func trimTrailingSpaces(of bytes: inout [UInt8], from lineStart: Int) {
        var end = bytes.count
        while end > lineStart && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard end < bytes.count else { return }
        if end > lineStart && bytes[end - 1] >= 0x80 {
            let line = String(decoding: bytes[lineStart...], as: UTF8.self).trimmingTrailingSpaces()
            bytes.removeSubrange(lineStart...)
            bytes.append(contentsOf: line.utf8)
        } else {
            bytes.removeSubrange(end...)
        }
    }
}
