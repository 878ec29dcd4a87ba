import ChiboCore

/// The report's tables and notes in the shape report.docx lays out (one table per
/// section, no page-width groups), built from the same rows and words as report.txt.
extension TextReport {
    /// Every province row: the indicator as a group line, then the period, target,
    /// result, numerator/denominator and verdict.
    func provinceTable() -> TextTable {
        var table = TextTable(
            headings: ["Chỉ tiêu / Kỳ", "Mục tiêu", "Kết quả", "Tử số/Mẫu số", "Đánh giá"],
            alignsRight: [false, true, true, true, false])
        var currentIndicator: String?
        for row in provinceRows {
            if row.indicator != currentIndicator {
                currentIndicator = row.indicator
                table.appendText(row.numberedName)
            }
            table.append([
                "   " + periodName(row.period).capitalizedFirst, row.targetText, row.valueText,
                row.fractionText,
                row.statusText,
            ])
        }
        return table
    }

    /// How the district table picks the one period it shows of each indicator.
    static let mainPeriodNote =
        "Mỗi chỉ tiêu ở kỳ đánh giá của nó: thời điểm báo cáo, nếu không thì năm trọn gần nhất, nếu không"
        + " thì cả kỳ."

    /// Each indicator at its main period, a row per unit, the province first.
    func districtTable() -> TextTable {
        let main = mainPeriods
        var table = TextTable(
            headings: ["Mã đơn vị", "Đơn vị", "Mục tiêu", "Kết quả", "Tử số/Mẫu số", "Đánh giá"],
            alignsRight: [false, false, true, true, true, false])
        var currentIndicator: String?
        // The main period and kind of the rows' code, looked up when the code changes (a
        // code outside the catalog is a ratio when its row has a denominator).
        var code: (indicator: String, main: Period?, hasDenominator: Bool, isRatio: Bool)?
        for index in indicators.indices {
            let row = indicators[index]
            if code?.indicator != row.indicator || code?.hasDenominator != (row.denominator != nil) {
                code = (row.indicator, main[row.indicator], row.denominator != nil, row.isRatio)
            }
            guard row.period == code!.main else { continue }
            if row.indicator != currentIndicator {
                currentIndicator = row.indicator
                table.appendText(row.numberedName + " — " + periodName(row.period))
            }
            let isRatio = code!.isRatio
            table.append([
                row.unitID, row.unitName, row.targetText(isRatio: isRatio), row.valueText(isRatio: isRatio),
                row.fractionText, row.statusText,
            ])
        }
        return table
    }

    /// The changes a comparison table shows: every changed province row, and the units
    /// whose verdict changed.
    static func isShownChange(_ entry: IndicatorComparison.Entry) -> Bool {
        entry.isChanged && (entry.row.scope == .province || entry.isStatusChanged)
    }

    /// What the comparison is with, how its window differs, and how to read it.
    func comparisonNotes(_ comparison: IndicatorComparison) -> [String] {
        [comparisonStatement()] + (windowDifference.map { [$0] } ?? [])
            + ["Năm chưa trọn được so theo năm; chênh lệch của tỷ lệ tính bằng điểm phần trăm."]
    }

    /// Why there is no comparison, and the make command that names one.
    var noComparisonNote: String { comparisonStatement() }

    /// How many members' cases need a decision, per case and period.
    func restrictedTable() -> TextTable {
        var table = TextTable(headings: ["Trường hợp", "Số đảng viên"], alignsRight: [false, true])
        let cases: [(IndicatorCode, String)] = [
            (.probationOverdue, "Đảng viên dự bị quá hạn, cần xét công nhận chính thức:"),
            (
                .absenceRemovalCandidates,
                "Đảng viên vắng sinh hoạt không lý do từ 3 tháng trong năm, cần xem xét xóa tên:"
            ),
        ]
        for (code, title) in cases {
            table.appendText(title)
            let rows = provinceRows.filter { $0.indicator == code.rawValue && $0.period != .term }
            if rows.isEmpty { table.append(["  (không có số liệu)", "-"]) }
            for row in rows {
                table.append(["  " + periodName(row.period), row.valueText])
            }
        }
        return table
    }

    /// Where the names are, and who may read them.
    var restrictedNote: String {
        "Báo cáo chỉ nêu số lượng. Danh sách (họ tên, mã đảng viên, chi bộ) nằm trong thư mục"
            + " restricted/ của kỳ đánh giá này, chỉ người quản trị máy được đọc; cấp ủy xem xét từng trường"
            + " hợp theo Điều lệ Đảng."
    }
}

extension String {
    /// The text with its first letter in upper case: `năm 2017` → `Năm 2017`.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
