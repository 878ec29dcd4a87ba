import ChiboCore

/// One cell of a spreadsheet CSV: text, or a number the spreadsheet must read as a number.
public enum SpreadsheetCell: Hashable, Sendable {
    /// Text; neutralized when a spreadsheet could read it as a formula.
    case text(String)
    /// A number, written in the dialect's decimal form, never quoted or neutralized.
    case number(DecimalNumber)
    /// Nothing.
    case empty

    /// The first characters that make Excel or LibreOffice evaluate a cell as a formula
    /// (SPEC "Spreadsheet-ready CSV"): `=`, `+`, `-`, `@`, tab, CR.
    static let formulaTriggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// Whether each ASCII scalar is one of `formulaTriggers`, looked up without hashing.
    private static let isTrigger: [Bool] = (0..<128).map {
        formulaTriggers.contains(Character(Unicode.Scalar(UInt8($0))))
    }

    /// `text` made safe to open in a spreadsheet: an apostrophe in front when it starts
    /// with a formula trigger. A text that is a plain number (`-3`, `-0.5`) is a value, not
    /// a formula, and is left alone.
    ///
    /// The first `Unicode.Scalar` decides, not the first `Character`: "\r\n" is one
    /// grapheme, and a combining mark after `=` would otherwise hide it.
    public static func neutralized(_ text: String) -> String {
        // The triggers are single ASCII scalars: compared as such, without making a
        // `Character` of every cell's first scalar.
        guard let first = text.unicodeScalars.first, first.isASCII,
            isTrigger[Int(first.value)]
        else { return text }
        if DecimalNumber(text) != nil { return text }
        return "'" + text
    }

    /// The cell as written in `dialect`.
    func field(in dialect: SpreadsheetDialect) -> String {
        switch self {
        case .text(let text): SpreadsheetCell.neutralized(text)
        case .number(let number): number.formatted(decimalMark: dialect.decimalMark)
        case .empty: ""
        }
    }
}
