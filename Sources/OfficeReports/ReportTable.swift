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

    /// Column widths in points that fill `total`: a column whose longest cell is short
    /// (numbers, codes, verdicts) gets exactly the room it needs and never wraps; the
    /// remaining width goes to the longer text columns in proportion to their longest
    /// cells. Headings count by their longest word, as they may wrap.
    func columnWidths(total: Double, characterWidth: Double, padding: Double) -> [Double] {
        var natural = headings.map { heading in
            Double(heading.split(separator: " ").map(\.unicodeScalars.count).max() ?? 1)
        }
        for case .cells(let cells) in rows {
            for (index, cell) in cells.enumerated() where index < natural.count {
                natural[index] = max(natural[index], Double(cell.unicodeScalars.count))
            }
        }
        // Whole headings on one line when everything fits so.
        let unwrapped = zip(natural, headings).map { max($0, Double($1.unicodeScalars.count)) }
        let unwrappedSum = unwrapped.map { $0 * characterWidth + padding }.reduce(0, +)
        if unwrappedSum <= total {
            return unwrapped.map { ($0 * characterWidth + padding) * total / unwrappedSum }
        }
        let needed = natural.map { $0 * characterWidth + padding }
        let sum = needed.reduce(0, +)
        if sum <= total { return needed.map { $0 * total / sum } }
        let shortLimit = 14 * characterWidth + padding
        let fixed = needed.filter { $0 <= shortLimit }.reduce(0, +)
        let flexible = needed.filter { $0 > shortLimit }.reduce(0, +)
        guard flexible > 0, fixed < total else { return needed.map { $0 * total / sum } }
        return needed.map { $0 <= shortLimit ? $0 : $0 * (total - fixed) / flexible }
    }
}
