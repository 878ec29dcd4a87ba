import ChiboCore

extension Period {
    /// The short Vietnamese label: `Năm 2017`, `01/01-30/06/2018`, `Tại 30/06/2018`, `Cả nhiệm kỳ`.
    public func label(asOf: Day) -> String {
        switch self {
        case .year(let year):
            "Năm \(year)"
        case .clippedYear(let first, let last):
            "\(Period.dayMonth(first))-\(Period.vietnameseDate(last))"
        case .asOf:
            "Tại \(Period.vietnameseDate(asOf))"
        case .term:
            "Cả nhiệm kỳ"
        }
    }

    /// `dd/mm/yyyy`, the Vietnamese way of writing a date.
    public static func vietnameseDate(_ day: Day) -> String {
        dayMonth(day) + "/" + String(day.year)
    }

    private static func dayMonth(_ day: Day) -> String {
        let (_, month, dayOfMonth) = day.components
        return (dayOfMonth < 10 ? "0" : "") + String(dayOfMonth) + "/" + (month < 10 ? "0" : "")
            + String(month)
    }
}
