import ChiboCore

/// The lines the indicators stage prints for people, in Vietnamese, holding no member
/// data: what was written where, and the data-coverage warning.
enum IndicatorsMessages {
    /// `chibo-indicators: đã ghi DIR/indicators.csv (1.234 dòng), review.csv và restricted/ (…)`.
    static func written(
        folder: String, rowCount: Int, window: ReviewWindow, lists: RestrictedLists
    ) -> String {
        "chibo-indicators: đã ghi \(folder)/indicators.csv (\(rowCount.groupedInVietnamese) dòng), review.csv và"
            + " restricted/ (\(lists.probationOverdue.count.groupedInVietnamese) đảng viên quá hạn dự bị,"
            + " \(lists.absenceRemovalCandidates.count.groupedInVietnamese) đảng viên cần xem xét vì vắng sinh hoạt);"
            + " kỳ số liệu \(date(window.start))–\(date(window.asOf))"
    }

    /// The warning printed when AS_OF is after the quarter of the latest accepted meeting,
    /// or nil when the data reaches AS_OF's quarter.
    static func dataCoverageWarning(_ record: ReviewRecord) -> String? {
        guard record.isDataCoverageShort else { return nil }
        let prefix = "chibo-indicators: cảnh báo: "
        guard let until = record.dataUntil else {
            return prefix
                + "không có buổi sinh hoạt chi bộ nào được nhận (meetings.csv), nên mọi số liệu đến"
                + " \(date(record.asOf)) đều chưa đầy đủ; hãy kiểm tra tệp meetings.csv trong INPUT và rejects.csv"
        }
        let last = Quarter(year: until.year, number: (until.month - 1) / 3 + 1)
        return prefix
            + "dữ liệu chỉ đến ngày \(date(until)) (buổi sinh hoạt chi bộ muộn nhất được nhận):"
            + " các số liệu sau quý \(last.number)/\(last.year), đến \(date(record.asOf)), chưa đầy đủ;"
            + " hãy xuất lại dữ liệu mới nhất vào INPUT, hoặc chọn QUARTER không sau \(last)"
    }

    /// `dd/mm/yyyy`.
    static func date(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.components
        return (dayOfMonth < 10 ? "0" : "") + String(dayOfMonth) + "/" + (month < 10 ? "0" : "")
            + String(month) + "/" + String(year)
    }
}
