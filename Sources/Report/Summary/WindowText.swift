import ChiboCore

/// The review window in words, and how two reviews' windows differ, as every report
/// (text, web page, Word) states them next to a comparison (SPEC "Reviews").
public enum WindowText {
    /// `từ 01/01/2016 đến 30/06/2018`.
    public static func range(from start: Day, to end: Day) -> String {
        "từ \(Period.vietnameseDate(start)) đến \(Period.vietnameseDate(end))"
    }

    /// The length of [`start`, `end`]: `2 năm 6 tháng` when it is whole months (it starts
    /// on a month's first day and ends on one's last day), else `183 ngày`.
    public static func length(from start: Day, to end: Day) -> String {
        let next = end.adding(days: 1)
        guard start.dayOfMonth == 1, next.dayOfMonth == 1 else {
            return "\(Int(end.number - start.number) + 1) ngày"
        }
        let months = (next.year - start.year) * 12 + next.month - start.month
        switch (months / 12, months % 12) {
        case (0, let rest): return "\(rest) tháng"
        case (let years, 0): return "\(years) năm"
        case (let years, let rest): return "\(years) năm \(rest) tháng"
        }
    }

    /// What differs between the window of `current` and that of `previous`, in one
    /// sentence; nil when they start on the same day and have the same length. A quarterly
    /// review compared with the same quarter a year earlier has the same length when both
    /// start on 1 January.
    public static func difference(current: ReviewRecord, previous: ReviewRecord) -> String? {
        let currentLength = length(from: current.windowStart, to: current.asOf)
        let previousLength = length(from: previous.windowStart, to: previous.asOf)
        var differences: [String] = []
        let startsDiffer: Bool
        if current.review.kind == .quarterly && previous.review.kind == .quarterly {
            // A year to date starts on another day every year; only its day of the year counts.
            let (_, month, day) = current.windowStart.components
            let (_, previousMonth, previousDay) = previous.windowStart.components
            startsDiffer = month != previousMonth || day != previousDay
        } else {
            startsDiffer = current.windowStart != previous.windowStart
        }
        if startsDiffer {
            differences.append(
                "bắt đầu khác ngày (\(Period.vietnameseDate(current.windowStart)) so với"
                    + " \(Period.vietnameseDate(previous.windowStart)))")
        }
        if currentLength != previousLength {
            differences.append("dài khác nhau (\(currentLength) so với \(previousLength))")
        }
        guard !differences.isEmpty else { return nil }
        return "Lưu ý: hai kỳ so sánh " + differences.joined(separator: " và ")
            + ", nên số liệu cộng dồn không so sánh trực tiếp được."
    }
}
