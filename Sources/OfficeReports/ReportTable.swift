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
            if let measures = text.utf8.withContiguousStorageIfAvailable(ReportTable.measures), let measures {
                return measures.longestWord
            }
            return text.split(separator: " ").map(\.unicodeScalars.count).max() ?? 0
        }
        var minimum = headings.map { Double(longestWord($0) + 1) }
        var natural = headings.map { Double($0.unicodeScalars.count + 1) }
        for case .cells(let cells) in rows {
            for (index, cell) in cells.enumerated() where index < natural.count {
                let measures = cell.utf8.withContiguousStorageIfAvailable(ReportTable.measures) ?? nil
                let scalars = measures?.scalars ?? cell.unicodeScalars.count
                minimum[index] = max(minimum[index], Double(measures?.longestWord ?? longestWord(cell)))
                natural[index] = max(natural[index], Double(scalars))
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

    /// The number of scalars of a text, and of its longest run between spaces, counted on
    /// its bytes; nil when a scalar is outside ASCII, U+0080–U+02FF and U+1E00–U+1EFF
    /// (where a space may join a combining mark into one `Character`, which splitting at
    /// `Character`s would not cut).
    static func measures(_ bytes: UnsafeBufferPointer<UInt8>) -> (scalars: Int, longestWord: Int)? {
        var scalars = 0
        var word = 0
        var longest = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                if lead == UInt8(ascii: " ") {
                    longest = max(longest, word)
                    word = 0
                    scalars += 1
                    continue
                }
            } else if lead < 0xCC {
                index += 2  // U+0080–U+02FF
            } else if lead == 0xE1, index + 2 < count, bytes[index + 1] >= 0xB8, bytes[index + 1] <= 0xBB {
                index += 3  // U+1E00–U+1EFF
            } else {
                return nil
            }
            word += 1
            scalars += 1
        }
        return (scalars, max(longest, word))
    }
}
