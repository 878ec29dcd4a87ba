/// A table of a report: headings, rows of cells and group lines that span the table.
public struct ReportTable: Sendable, Equatable {
    /// One line of the table.
    public enum Row: Sendable, Equatable {
        /// One cell per column.
        case cells([String])
        /// A heading over the rows that follow (an indicator's name), across all columns.
        case group(String)
    }

    /// The column headings.
    public var headings: [String]
    /// Which columns hold numbers and are right-aligned.
    public var alignsRight: [Bool]
    /// The rows.
    public var rows: [Row]

    /// Creates a table.
    public init(headings: [String], alignsRight: [Bool], rows: [Row] = []) {
        self.headings = headings
        self.alignsRight = alignsRight
        self.rows = rows
    }

    /// Column widths in points that fill `total`. Each column first gets room for its
    /// longest unbreakable word (a number, a code, a verdict never wraps); what is left
    /// goes to the columns in proportion to how much longer their longest cell is, so
    /// long names wrap at spaces first. Headings (bold) count a character more.
    func columnWidths(total: Double, characterWidth: Double, padding: Double) -> [Double] {
        func longestWord(_ text: String) -> Int {
            text.split(separator: " ").map(\.unicodeScalars.count).max() ?? 0
        }
        var minimum = headings.map { Double(longestWord($0) + 1) }
        var natural = headings.map { Double($0.unicodeScalars.count + 1) }
        for case .cells(let cells) in rows {
            for (index, cell) in cells.enumerated() where index < natural.count {
                minimum[index] = max(minimum[index], Double(longestWord(cell)))
                natural[index] = max(natural[index], Double(cell.unicodeScalars.count))
            }
        }
        let minimumWidths = minimum.map { $0 * characterWidth + padding }
        let naturalWidths = natural.map { $0 * characterWidth + padding }
        let naturalSum = naturalWidths.reduce(0, +)
        if naturalSum <= total { return naturalWidths.map { $0 * total / naturalSum } }
        let minimumSum = minimumWidths.reduce(0, +)
        if minimumSum >= total { return minimumWidths.map { $0 * total / minimumSum } }
        let share = (total - minimumSum) / (naturalSum - minimumSum)
        return zip(minimumWidths, naturalWidths).map { low, high in low + (high - low) * share }
    }
}
