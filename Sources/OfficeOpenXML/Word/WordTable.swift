/// A table: rows of cells over fixed column widths.
public struct WordTable: Sendable, Equatable {
    /// One cell; it may span several grid columns.
    public struct Cell: Sendable, Equatable {
        /// The paragraphs; an empty cell still gets one empty paragraph.
        public var paragraphs: [WordParagraph]
        /// How many grid columns the cell covers.
        public var columnSpan: Int
        /// A background colour as `RRGGBB`; nil for none.
        public var shading: String?

        /// Creates a cell.
        public init(_ paragraphs: [WordParagraph], columnSpan: Int = 1, shading: String? = nil) {
            self.paragraphs = paragraphs
            self.columnSpan = columnSpan
            self.shading = shading
        }

        /// A cell of one paragraph of one run.
        public init(
            _ text: String, isBold: Bool = false, alignment: WordParagraph.Alignment = .left,
            fontSize: Double? = nil, shading: String? = nil
        ) {
            self.init(
                [WordParagraph([WordRun(text, isBold: isBold, fontSize: fontSize)], alignment: alignment)],
                shading: shading)
        }
    }

    /// The rows, each a list of cells.
    public var rows: [[Cell]]
    /// Column widths in points; they should add up to the text width.
    public var columnWidths: [Double]
    /// Whether the table and its cells have single-line borders.
    public var hasBorders: Bool
    /// How many rows from the top repeat at the top of every page the table runs onto.
    public var headerRowCount: Int

    /// Creates a table.
    public init(rows: [[Cell]], columnWidths: [Double], hasBorders: Bool = true, headerRowCount: Int = 0) {
        self.rows = rows
        self.columnWidths = columnWidths
        self.hasBorders = hasBorders
        self.headerRowCount = headerRowCount
    }
}
