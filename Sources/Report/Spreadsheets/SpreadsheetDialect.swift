/// The two spreadsheet CSV flavours staff open: Excel/LibreOffice with English-style
/// number settings, and with Vietnamese regional settings.
public enum SpreadsheetDialect: String, CaseIterable, Sendable {
    /// Comma-separated, `.` decimals: `indicators_wide.csv`.
    case international
    /// Semicolon-separated, `,` decimals, as a Vietnamese-locale spreadsheet expects:
    /// `indicators_wide_vi.csv`.
    case vietnamese

    /// The output file name.
    public var fileName: String {
        self == .international ? "indicators_wide.csv" : "indicators_wide_vi.csv"
    }

    /// The field separator.
    public var delimiter: UInt8 { self == .international ? UInt8(ascii: ",") : UInt8(ascii: ";") }

    /// The decimal mark of numbers.
    public var decimalMark: Character { self == .international ? "." : "," }
}
