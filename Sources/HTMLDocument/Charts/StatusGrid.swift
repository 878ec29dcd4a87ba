/// A grid of rows (categories) by columns (measures), each cell coloured by its
/// `Assessment` and marked with its symbol, so it reads in greyscale and for colour-blind
/// readers; a last column counts the cells met out of those assessed.
///
/// It is an HTML table rather than an SVG picture: its text can be selected, copied into a
/// document and read by a screen reader cell by cell, row headings can link to sections, and
/// a printed table repeats its column headings on every page.
public struct StatusGrid: Sendable {
    /// A column: one measure.
    public struct Column: Sendable {
        /// The short heading (`3`).
        public var heading: String
        /// The full name, shown as the heading's tooltip; nil for none (where the names are
        /// written out nearby, to keep a page with many grids small).
        public var title: String?
        /// Where the heading links to, if anywhere.
        public var link: String?

        /// Creates a column.
        public init(heading: String, title: String?, link: String? = nil) {
            self.heading = heading
            self.title = title
            self.link = link
        }
    }

    /// A row: one category and its cells, one per column.
    public struct Row: Sendable {
        /// The row heading.
        public var heading: String
        /// Where the heading links to, if anywhere.
        public var link: String?
        /// One assessment per column.
        public var cells: [Assessment]
        /// Whether the row stands out (a total above the others).
        public var isEmphasized: Bool

        /// Creates a row.
        public init(heading: String, link: String? = nil, cells: [Assessment], isEmphasized: Bool = false) {
            self.heading = heading
            self.link = link
            self.cells = cells
            self.isEmphasized = isEmphasized
        }
    }

    /// The table's caption.
    public var caption: String
    /// The heading of the row-heading column.
    public var cornerHeading: String
    /// The heading of the tally column (`Đạt`).
    public var tallyHeading: String
    /// The columns.
    public var columns: [Column]
    /// The rows.
    public var rows: [Row]

    /// Creates a grid; every row has one cell per column.
    public init(
        caption: String, cornerHeading: String, tallyHeading: String, columns: [Column], rows: [Row]
    ) {
        precondition(rows.allSatisfy { $0.cells.count == columns.count }, "one cell per column")
        self.caption = caption
        self.cornerHeading = cornerHeading
        self.tallyHeading = tallyHeading
        self.columns = columns
        self.rows = rows
    }

    /// `met/assessed` for `cells`, `3/5`; cells without a verdict are not counted.
    public static func tally(of cells: [Assessment]) -> String {
        let met = cells.filter { $0 == .met }.count
        let judged = cells.filter { $0 == .met || $0 == .notMet }.count
        return "\(met)/\(judged)"
    }

    /// Writes the grid as a `<table class="status-grid">`.
    public func write(to writer: inout HTMLWriter) {
        writer.open("table", ["class": "status-grid"])
        writer.element("caption", text: caption)
        writer.open("thead")
        writer.open("tr")
        writer.element("th", ["scope": "col", "class": "corner"], text: cornerHeading)
        for column in columns {
            writer.open("th", attributes: [("scope", "col")] + (column.title.map { [("title", $0)] } ?? []))
            if let link = column.link {
                writer.element("a", ["href": link], text: column.heading)
            } else {
                writer.text(column.heading)
            }
            writer.close("th")
        }
        writer.element("th", ["scope": "col", "class": "tally"], text: tallyHeading)
        writer.close("tr")
        writer.close("thead")
        writer.newline()
        writer.open("tbody")
        for row in rows {
            writer.open("tr", attributes: row.isEmphasized ? [("class", "emphasized")] : [])
            writer.open("th", ["scope": "row"])
            if let link = row.link {
                writer.element("a", ["href": link], text: row.heading)
            } else {
                writer.text(row.heading)
            }
            writer.close("th")
            for cell in row.cells {
                writer.element("td", ["class": cell.className], text: cell.symbol)
            }
            writer.element("td", ["class": "tally"], text: StatusGrid.tally(of: row.cells))
            writer.close("tr")
            writer.newline()
        }
        writer.close("tbody")
        writer.close("table")
        writer.newline()
    }
}
