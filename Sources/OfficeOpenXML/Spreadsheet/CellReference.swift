/// A1-style cell references.
public enum CellReference {
    /// The letters of a 0-based column: 0 → `A`, 25 → `Z`, 26 → `AA`.
    public static func columnName(_ column: Int) -> String {
        var number = column + 1
        var letters: [UInt8] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(UInt8(ascii: "A") + UInt8(remainder))
            number = (number - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// The reference of a 0-based row and column: (0, 0) → `A1`.
    public static func cell(row: Int, column: Int) -> String {
        columnName(column) + String(row + 1)
    }
}
