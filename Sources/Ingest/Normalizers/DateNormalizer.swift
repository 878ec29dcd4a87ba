import ChiboCore

/// Reads the date forms of the exports: `dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`,
/// `dd.mm.yyyy`, `yyyy-mm-dd`, each optionally followed by a time of day
/// (` 00:00:00`, or `T00:00:00` after the ISO form), and Excel serial day numbers (`43466`, `43466.0`).
enum DateNormalizer {
    /// The largest Excel serial number (9999-12-31).
    static let maximumSerial = 2_958_465

    /// The day written in `raw`, nil when it is empty; throws `date.two_digit_year`
    /// or `date.invalid`.
    static func day(from raw: String) throws(ProblemCode) -> Day? {
        if let parts = commonFormParts(raw) {
            guard let day = Day(year: parts.year, month: parts.month, day: parts.day) else {
                throw .dateInvalid
            }
            return day
        }
        var bytes = Array(TextNormalizer.trimmed(raw).utf8)
        if bytes.isEmpty { return nil }
        // A time of day after a space: "15/03/2018 00:00:00", "2018-03-15 0:00"; or
        // after a `T` in the ISO form: "2018-03-15T00:00:00".
        if let space = bytes.firstIndex(of: 0x20)
            ?? (bytes.count > 10 && bytes[10] == UInt8(ascii: "T") && bytes[4] == UInt8(ascii: "-")
                ? 10 : nil)
        {
            let time = bytes[(space + 1)...].drop(while: { $0 == 0x20 })
            guard time.contains(UInt8(ascii: ":")),
                time.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") })
            else { throw .dateInvalid }
            bytes.removeSubrange(space...)
        }
        if bytes.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") }),
            bytes.filter({ $0 == UInt8(ascii: ".") }).count <= 1,
            isDigit(bytes[0])
        {
            if let day = serialDay(bytes) { return day }
            if !bytes.contains(UInt8(ascii: ".")) { throw .dateInvalid }
        }
        return try calendarDay(bytes)
    }

    /// The year, month and day of the two forms nearly every export writes, `dd/mm/yyyy`
    /// (or with `-` or `.`) and `yyyy-mm-dd`, read without allocating; nil for any other
    /// text, which the general path reads (with the same result for these forms).
    private static func commonFormParts(_ raw: String) -> (year: Int, month: Int, day: Int)? {
        var raw = raw
        return raw.withUTF8 { bytes in
            guard bytes.count == 10 else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    guard isDigit(bytes[index]) else { return nil }
                    value = value * 10 + Int(bytes[index] - 0x30)
                }
                return value
            }
            let separator = bytes[2]
            if separator == bytes[5]
                && (separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-")
                    || separator == UInt8(ascii: "."))
            {
                guard let day = number(0..<2), let month = number(3..<5), let year = number(6..<10) else {
                    return nil
                }
                return (year, month, day)
            }
            if bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-") {
                guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
                    return nil
                }
                return (year, month, day)
            }
            return nil
        }
    }

    /// An Excel serial number (1900 date system): serial 1 is 1900-01-01, and serial 60
    /// is Excel's nonexistent 1900-02-29, so serials from 61 on are one day ahead.
    /// A fraction (the time of day) is ignored. Nil when `bytes` is not a serial.
    static func serialDay(_ bytes: [UInt8]) -> Day? {
        let integerPart = bytes.prefix(while: isDigit)
        let rest = bytes.dropFirst(integerPart.count)
        if !rest.isEmpty {
            // "43466.0": a dot then digits; "15.03.2018" has two dots and is not a serial.
            guard rest.first == UInt8(ascii: "."), rest.count > 1, rest.dropFirst().allSatisfy(isDigit) else {
                return nil
            }
        }
        guard integerPart.count <= 7 else { return nil }
        let serial = integerPart.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        guard (1...maximumSerial).contains(serial), serial != 60 else { return nil }
        let base = serial < 60 ? Day(year: 1899, month: 12, day: 31)! : Day(year: 1899, month: 12, day: 30)!
        return base.adding(days: serial)
    }

    private static func calendarDay(_ bytes: [UInt8]) throws(ProblemCode) -> Day {
        guard let separator = bytes.first(where: { !isDigit($0) }),
            separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") || separator == UInt8(ascii: ".")
        else { throw .dateInvalid }
        let parts = bytes.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }) else {
            throw .dateInvalid
        }
        func number(_ part: ArraySlice<UInt8>) -> Int { part.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        let year: Int
        let month: Int
        let dayOfMonth: Int
        if parts[0].count == 4 {
            // Only the ISO form puts the year first.
            guard separator == UInt8(ascii: "-"), parts[1].count <= 2, parts[2].count <= 2 else {
                throw .dateInvalid
            }
            (year, month, dayOfMonth) = (number(parts[0]), number(parts[1]), number(parts[2]))
        } else {
            guard parts[0].count <= 2, parts[1].count <= 2 else { throw .dateInvalid }
            if parts[2].count == 2 { throw .dateTwoDigitYear }
            guard parts[2].count == 4 else { throw .dateInvalid }
            (year, month, dayOfMonth) = (number(parts[2]), number(parts[1]), number(parts[0]))
        }
        guard let day = Day(year: year, month: month, day: dayOfMonth) else { throw .dateInvalid }
        return day
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
