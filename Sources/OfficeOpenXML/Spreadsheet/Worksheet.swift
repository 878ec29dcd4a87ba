/// One sheet of a workbook: rows of cells, column widths, frozen panes, filters and
/// drop-down lists.
public struct Worksheet: Sendable, Equatable {
    /// The tab name; the workbook sanitizes it and makes it unique when writing.
    public var name: String
    /// The rows from the top; a row may be shorter than others.
    public var rows: [[SheetCell]]
    /// Rows after `rows`, made one at a time when the sheet is measured and written, so
    /// that a sheet of a million rows is never held as cells.
    public var rowSource: RowSource?
    /// Column widths in characters, from column A; columns past the end keep the default.
    public var columnWidths: [Double]
    /// The format of cells not yet written in each column, from column A (`.general` past
    /// the end): what a reader types there later takes it. Unlike prepared empty cells, a
    /// column format does not extend the sheet's used range, which Excel's "Save as CSV"
    /// would write out as lines of separators.
    public var columnStyles: [CellStyle]
    /// How many rows from the top stay in view when scrolling (and repeat on printed pages).
    public var frozenRows: Int
    /// How many columns from the left stay in view when scrolling.
    public var frozenColumns: Int
    /// Whether the last frozen row gets filter buttons over the rows below it.
    public var hasAutoFilter: Bool
    /// Rectangles shown as one cell, as A1 ranges such as `A1:F1`.
    public var mergedRanges: [String]
    /// Drop-down lists.
    public var validations: [DataValidation]
    /// Whether the sheet prints across the page rather than down it.
    public var isLandscape: Bool
    /// Whether printing shrinks the sheet so that all its columns fit the page width.
    public var fitsColumnsToPage: Bool
    /// Heights in points of rows that need more than one line (wrapped headers), by
    /// 0-based row; Excel does not grow a row for wrapped text when it opens a file.
    public var rowHeights: [Int: Double]

    /// Creates a sheet.
    public init(
        name: String, rows: [[SheetCell]] = [], frozenRows: Int = 0, frozenColumns: Int = 0,
        hasAutoFilter: Bool = false, isLandscape: Bool = false
    ) {
        self.name = name
        self.rows = rows
        self.rowSource = nil
        self.columnWidths = []
        self.columnStyles = []
        self.frozenRows = frozenRows
        self.frozenColumns = frozenColumns
        self.hasAutoFilter = hasAutoFilter
        self.mergedRanges = []
        self.validations = []
        self.isLandscape = isLandscape
        self.rowHeights = [:]
        self.fitsColumnsToPage = false
    }

    /// Appends a row.
    public mutating func append(_ row: [SheetCell]) {
        rows.append(row)
    }

    /// The number of columns of the widest row.
    public var columnCount: Int {
        max(rows.reduce(0) { max($0, $1.count) }, rowSource?.columnCount ?? 0)
    }

    /// The number of rows, those of `rowSource` included.
    public var rowCount: Int {
        rows.count + (rowSource?.count ?? 0)
    }

    /// Every row, those of `rowSource` made into cells.
    public var allRows: [[SheetCell]] {
        var all: [[SheetCell]] = []
        all.reserveCapacity(rowCount)
        forEachRow { _, row in all.append(row) }
        return all
    }

    /// Calls `body` with each row's 0-based index and cells, `rows` first, then those of
    /// `rowSource`, made one at a time into one reused array.
    func forEachRow(_ body: (Int, [SheetCell]) -> Void) {
        for (index, row) in rows.enumerated() { body(index, row) }
        guard let rowSource else { return }
        var row: [SheetCell] = []
        row.reserveCapacity(rowSource.columnCount)
        for index in 0..<rowSource.count {
            row.removeAll(keepingCapacity: true)
            rowSource.make(index, &row)
            body(rows.count + index, row)
        }
    }

    /// Sets each column's width from its longest content, within `minimum...maximum`
    /// characters; merged title cells are left out, as they span several columns.
    public mutating func fitColumnWidths(minimum: Double = 6, maximum: Double = 60) {
        var widths = [Double](repeating: minimum, count: columnCount)
        var lastTexts = [(text: String, style: CellStyle, length: Double)?](
            repeating: nil, count: columnCount)
        let mergedRows = Set(
            mergedRanges.compactMap { range -> Int? in
                let first = range.split(separator: ":").first ?? ""
                return Int(first.drop { $0.isLetter })
            })
        forEachRow { rowIndex, row in
            guard !mergedRows.contains(rowIndex + 1) else { return }
            for (column, cell) in row.enumerated() {
                // A column at the widest it may be is not measured again (long messages
                // and values reach it within the first rows).
                if widths[column] >= maximum { continue }
                let length: Double
                switch cell.value {
                case .empty: continue
                case .text(let text):
                    // A column repeats its text down many rows: equal bytes, equal width.
                    if let last = lastTexts[column], last.style == cell.style,
                        ExactText(last.text) == ExactText(text)
                    {
                        length = last.length
                    } else {
                        length = Worksheet.width(of: text, style: cell.style)
                        lastTexts[column] = (text, cell.style, length)
                    }
                case .number(let number):
                    // A literal is ASCII: one character a byte.
                    let digits = number.description.utf8.count
                    // Grouping separators every three digits of integers.
                    length =
                        Double(
                            digits
                                + ((cell.style == .integer || cell.style == .flaggedInteger)
                                    ? (digits - 1) / 3 : 0))
                        + ((cell.style == .decimal || cell.style == .flaggedDecimal) ? 3 : 0)
                }
                widths[column] = max(widths[column], min(maximum, length + 2))
            }
        }
        columnWidths = widths
    }

    /// The width of a text cell in characters: its longest line, a bold one wider.
    private static func width(of text: String, style: CellStyle) -> Double {
        // Scalars, not characters: a good enough width for NFC text, and fast.
        // Counted on the UTF-8 bytes: every byte but a continuation byte starts a scalar.
        var longestLine = 0
        var current = 0
        for byte in text.utf8 {
            if byte == 0x0A {
                current = 0
            } else if byte & 0xC0 != 0x80 {
                current += 1
                longestLine = max(longestLine, current)
            }
        }
        return Double(longestLine) * (style == .header || style == .boldText ? 1.15 : 1)
    }
}

/// Rows of a worksheet made when it is measured and written rather than held as cells:
/// row `index` is what `make(index, &row)` appends to an empty array.
public final class RowSource: Sendable, Equatable {
    /// How many rows it makes.
    public let count: Int
    /// The number of cells of its widest row.
    public let columnCount: Int
    let make: @Sendable (_ index: Int, _ row: inout [SheetCell]) -> Void

    /// Creates a source of `count` rows of at most `columnCount` cells.
    public init(
        count: Int, columnCount: Int,
        make: @escaping @Sendable (_ index: Int, _ row: inout [SheetCell]) -> Void
    ) {
        self.count = count
        self.columnCount = columnCount
        self.make = make
    }

    /// The same source (rows made by code are not compared).
    public static func == (lhs: RowSource, rhs: RowSource) -> Bool {
        lhs === rhs
    }
}
