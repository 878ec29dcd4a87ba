/// A drop-down list on a rectangle of cells: the reader picks one of `items`.
public struct DataValidation: Sendable, Equatable {
    /// The cells it applies to, as an A1 range such as `C2:C500`.
    public var range: String
    /// The choices, in order.
    public var items: [String]

    /// Creates a list validation; nil when the items cannot be written as an inline list
    /// (an item holding a comma or a double quote, or more than 255 characters in all,
    /// the limit Excel enforces).
    public init?(range: String, items: [String]) {
        guard !items.isEmpty,
            items.allSatisfy({ !$0.contains(",") && !$0.contains("\"") && !$0.isEmpty }),
            items.joined(separator: ",").utf16.count <= 255
        else { return nil }
        self.range = range
        self.items = items
    }

    /// Creates a list validation on rows `firstRow...lastRow` (1-based) of column
    /// `column` (0-based).
    public init?(column: Int, rows: ClosedRange<Int>, items: [String]) {
        let letters = CellReference.columnName(column)
        self.init(range: "\(letters)\(rows.lowerBound):\(letters)\(rows.upperBound)", items: items)
    }

    /// The `formula1` text: the list as one quoted, comma-separated string.
    var listFormula: String {
        "\"" + items.joined(separator: ",") + "\""
    }
}
