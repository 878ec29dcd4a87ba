/// The cell formats a workbook offers, each one entry of styles.xml.
///
/// Number formats use the built-in ids of ECMA-376 (3 = `#,##0`, 2 = `0.00`, 49 = `@`),
/// which Excel and LibreOffice show with the reader's own separators: `1,234` in
/// English settings, `1.234` in Vietnamese ones.
public enum CellStyle: Int, Sendable, CaseIterable {
    /// General format, no emphasis.
    case general = 0
    /// Text format (`@`): what staff type into the cell later stays text too.
    case text
    /// A column header: bold, shaded, bordered, text.
    case header
    /// An integer with thousands separators (`#,##0`).
    case integer
    /// A number with exactly two decimals (`0.00`). Percentages in the 0–100 range
    /// take this, not `0.00%`, which would multiply them by 100 again.
    case decimal
    /// Bold text, for titles and totals.
    case boldText
    /// Text that wraps within the column width.
    case wrappedText
    /// An integer (`#,##0`) in dark red on a light red fill, for a figure that needs attention.
    case flaggedInteger
    /// A two-decimal number (`0.00`) in dark red on a light red fill.
    case flaggedDecimal
    /// Text in dark red on a light red fill.
    case flaggedText
}
