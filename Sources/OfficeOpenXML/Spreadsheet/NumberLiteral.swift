/// A number as SpreadsheetML stores it in a cell: ASCII digits with an optional minus
/// sign and a `.` point, never an exponent, a grouping separator or a locale's comma.
///
/// Keeping the caller's decimal text (rather than a `Double`) writes `84.5` as `84.5`,
/// never as `84.499999999999986`; the reader's regional settings only change how the
/// display format shows it.
public struct NumberLiteral: Sendable, Hashable, CustomStringConvertible {
    /// The literal as written into the cell.
    public let description: String

    /// Reads `text` as `-?digits(.digits)?`; nil for anything else (including empty text).
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        var index = bytes.first == UInt8(ascii: "-") ? 1 : 0
        let wholeStart = index
        while index < bytes.count, NumberLiteral.isDigit(bytes[index]) { index += 1 }
        guard index > wholeStart else { return nil }
        if index < bytes.count {
            guard bytes[index] == UInt8(ascii: "."), index + 1 < bytes.count else { return nil }
            index += 1
            while index < bytes.count, NumberLiteral.isDigit(bytes[index]) { index += 1 }
            guard index == bytes.count else { return nil }
        }
        description = text
    }

    /// The literal of an integer.
    public init(_ integer: Int) {
        description = String(integer)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
