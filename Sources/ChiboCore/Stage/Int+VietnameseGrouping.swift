extension Int {
    /// The number with `.` between groups of thousands, as Vietnamese text writes counts
    /// (`1.234`, `250.577`), for the stages' messages.
    public var groupedInVietnamese: String {
        var digits = String(magnitude)
        var index = digits.endIndex
        while digits.distance(from: digits.startIndex, to: index) > 3 {
            index = digits.index(index, offsetBy: -3)
            digits.insert(".", at: index)
        }
        return (self < 0 ? "-" : "") + digits
    }
}
