/// One cell of a worksheet: text, a number or nothing, with its style.
///
/// There is no formula case: every text is written as a string, so `=SUM(A1)` in a
/// unit's name is shown as those eight characters and never evaluated.
public struct SheetCell: Sendable, Equatable {
    /// What a cell holds.
    public enum Value: Sendable, Equatable {
        /// Nothing (the cell is left out of the sheet unless styled).
        case empty
        /// Text, shown exactly as given.
        case text(String)
        /// A number.
        case number(NumberLiteral)
    }

    /// The content.
    public var value: Value
    /// The format.
    public var style: CellStyle

    /// Creates a cell.
    public init(_ value: Value, style: CellStyle) {
        self.value = value
        self.style = style
    }

    /// A text cell, in text format unless another style is given.
    public static func text(_ text: String, style: CellStyle = .text) -> SheetCell {
        SheetCell(.text(text), style: style)
    }

    /// An integer with thousands separators.
    public static func integer(_ integer: Int, style: CellStyle = .integer) -> SheetCell {
        SheetCell(.number(NumberLiteral(integer)), style: style)
    }

    /// A number shown with two decimals.
    public static func decimal(_ literal: NumberLiteral, style: CellStyle = .decimal) -> SheetCell {
        SheetCell(.number(literal), style: style)
    }

    /// A header cell.
    public static func header(_ text: String) -> SheetCell {
        SheetCell(.text(text), style: .header)
    }

    /// An empty cell without format.
    public static let empty = SheetCell(.empty, style: .general)
}
