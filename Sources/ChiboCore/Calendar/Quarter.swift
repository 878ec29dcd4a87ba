/// A calendar quarter such as `2018-Q2`, the moment a review is made at.
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year.
    public var year: Int
    /// 1 … 4.
    public var number: Int

    /// Creates a quarter; `number` must be 1 … 4.
    public init(year: Int, number: Int) {
        precondition((1...4).contains(number), "a quarter is numbered 1 to 4")
        self.year = year
        self.number = number
    }

    /// Parses `yyyy-Qn`; nil for anything else.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), bytes[5] == UInt8(ascii: "Q") else {
            return nil
        }
        var year = 0
        for byte in bytes[0..<4] {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            year = year * 10 + Int(digit)
        }
        let number = Int(bytes[6] &- UInt8(ascii: "0"))
        guard year > 0, (1...4).contains(number) else { return nil }
        self.init(year: year, number: number)
    }

    /// Orders chronologically.
    public static func < (lhs: Quarter, rhs: Quarter) -> Bool {
        (lhs.year, lhs.number) < (rhs.year, rhs.number)
    }

    /// `2018-Q2`.
    public var description: String { "\(year)-Q\(number)" }

    /// The last day of the quarter: the review's AS_OF.
    public var lastDay: Day {
        let month = number * 3
        return Day(year: year, month: month, day: Day.daysInMonth(year: year, month: month))!
    }

    /// The quarter before this one.
    public var previous: Quarter {
        number == 1 ? Quarter(year: year - 1, number: 4) : Quarter(year: year, number: number - 1)
    }
}
