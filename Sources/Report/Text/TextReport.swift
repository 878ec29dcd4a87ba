import ChiboCore
import Foundation

/// The Vietnamese text report, report.txt, for boards to read and reviewers to `diff`.
///
/// Layout rules: no timestamps; one fact per line (a period of an indicator, a district's
/// result); columns aligned by display width; no trailing spaces; NFC; LF. Numbers use the
/// Vietnamese convention: `,` before decimals and `.` between thousands (`84,5%`, `2.300`),
/// ratios carry `%`, differences of ratios are percentage points.
public struct TextReport: Sendable {
    /// The quarter the review is made at.
    public var quarter: Quarter
    /// Sơ kết, tổng kết or quarterly.
    public var review: ReviewKind
    /// This review's indicators, in SPEC order.
    public var indicators: [IndicatorRow]
    /// ingest_summary.csv, nil when the file is absent.
    public var ingestSummaries: [FileSummary]?
    /// rejects.csv counted by severity and code, nil when the file is absent.
    public var rejectCounts: [RejectCount]?
    /// The comparison with the earlier review named in review.csv, nil when none is.
    public var comparison: IndicatorComparison?
    /// This review's review.csv: its window, data coverage and previous review.
    public var record: ReviewRecord?
    /// The compared review's review.csv (its window), nil when there is no comparison.
    public var previousRecord: ReviewRecord?

    /// Creates a report from its inputs.
    public init(
        quarter: Quarter, review: ReviewKind, indicators: [IndicatorRow],
        ingestSummaries: [FileSummary]?,
        rejectCounts: [RejectCount]?, comparison: IndicatorComparison?, record: ReviewRecord? = nil,
        previousRecord: ReviewRecord? = nil
    ) {
        self.record = record
        self.previousRecord = previousRecord
        self.quarter = quarter
        self.review = review
        self.indicators = indicators
        self.ingestSummaries = ingestSummaries
        self.rejectCounts = rejectCounts
        self.comparison = comparison
    }

    var asOf: Day { quarter.lastDay }

    /// The whole report, NFC, LF line ends, ending with a newline.
    public func rendered() -> String {
        let sections = [
            heading(), dataIntake(), provinceResults(), districtResults(), changes(), restrictedLists(),
        ]
        return sections.joined(separator: "\n").precomposedStringWithCanonicalMapping
    }

    /// The window's first day: review.csv's `window_start`, else the earliest per-year
    /// period; nil when neither exists.
    var windowStart: Day? {
        record?.windowStart ?? indicators.compactMap(\.period.firstDay).min()
    }

    private func heading() -> String {
        var text = ""
        if let province = indicators.first(where: { $0.scope == .province }) {
            text += province.unitName.uppercased() + "\n\n"
        }
        text += review.title(quarter: quarter) + "\n\n"
        if let windowStart {
            text += "Thời gian: từ \(Period.vietnameseDate(windowStart)) đến \(Period.vietnameseDate(asOf))\n"
        } else {
            text += "Thời gian: đến \(Period.vietnameseDate(asOf))\n"
        }
        text += "Kỳ báo cáo: quý \(quarter.romanNumeral) năm \(quarter.year) (\(quarter))\n"
        text += "Cách ghi số: dấu phẩy trước phần thập phân (84,5%), dấu chấm ngăn hàng nghìn (2.300).\n"
        return text
    }

    private func dataIntake() -> String {
        var text = "I. DỮ LIỆU TIẾP NHẬN\n\n"
        if let table = intakeTable() {
            text += table.rendered()
        } else {
            text += "  Không có tệp ingest_summary.csv.\n"
        }
        text += "\n"
        if let rejectCounts {
            if rejectCounts.isEmpty {
                text += "  Không có dòng nào bị loại bỏ hay cảnh báo.\n"
            } else {
                text += "  Các vấn đề theo mức độ và mã (chi tiết trong rejects.csv):\n\n"
                text += rejectTable().rendered()
            }
        } else {
            text += "  Không có tệp rejects.csv.\n"
        }
        return text
    }

    /// Rows read, accepted and rejected per input file, with totals; nil without
    /// ingest_summary.csv.
    func intakeTable() -> TextTable? {
        guard let ingestSummaries else { return nil }
        var table = TextTable(
            headings: [
                "Tệp", "Mã hóa", "Dấu phân cách", "Số dòng đọc", "Tiếp nhận", "Loại bỏ", "Cảnh báo",
            ],
            alignsRight: [false, false, false, true, true, true, true])
        var totals = [0, 0, 0, 0]
        for summary in ingestSummaries {
            let counts = [summary.rowsRead, summary.rowsAccepted, summary.rowsRejected, summary.warnings]
            for index in totals.indices { totals[index] += counts[index] }
            table.append(
                [summary.fileName, summary.encoding, summary.delimiterName]
                    + counts.map { DecimalNumber($0).vietnamese })
        }
        table.append(["Cộng", "", ""] + totals.map { DecimalNumber($0).vietnamese })
        return table
    }

    /// The problems of rejects.csv counted by severity and code.
    func rejectTable() -> TextTable {
        var table = TextTable(
            headings: ["Mức độ", "Mã", "Số lượng"], alignsRight: [false, false, true])
        for count in rejectCounts ?? [] {
            table.append([count.severityName, count.code, DecimalNumber(count.count).vietnamese])
        }
        return table
    }

    private func provinceResults() -> String {
        "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU (TOÀN TỈNH)\n\n" + provinceTable().rendered()
    }

    /// Every province row: the indicator as a group line, then target, result, fraction
    /// and verdict per period.
    func provinceTable() -> TextTable {
        var table = TextTable(
            headings: ["Chỉ tiêu / Kỳ", "Chỉ tiêu đề ra", "Kết quả", "Tử số/Mẫu số", "Đánh giá"],
            alignsRight: [false, true, true, true, false])
        var currentIndicator: String?
        for row in indicators where row.scope == .province {
            if row.indicator != currentIndicator {
                currentIndicator = row.indicator
                table.appendText(row.indicatorHeading)
            }
            table.append([
                "   " + row.period.label(asOf: asOf), row.targetText, row.valueText, row.fractionText,
                row.statusText,
            ])
        }
        return table
    }

    private func districtResults() -> String {
        "III. KẾT QUẢ THEO ĐƠN VỊ\n\n" + "  " + TextReport.mainPeriodNote + "\n\n"
            + districtTable().rendered()
    }

    /// How the district table picks the one period it shows of each indicator.
    static let mainPeriodNote =
        "Mỗi chỉ tiêu một kỳ: thời điểm báo cáo, nếu không thì năm trọn gần nhất, nếu không thì cả nhiệm kỳ."

    /// Each indicator at its main period, a row per unit.
    func districtTable() -> TextTable {
        let mainPeriods = WideSheet.mainPeriods(of: indicators)
        var table = TextTable(
            headings: ["Mã đơn vị", "Đơn vị", "Chỉ tiêu đề ra", "Kết quả", "Tử số/Mẫu số", "Đánh giá"],
            alignsRight: [false, false, true, true, true, false])
        var currentIndicator: String?
        for row in indicators where row.period == mainPeriods[row.indicator] {
            if row.indicator != currentIndicator {
                currentIndicator = row.indicator
                table.appendText(row.indicatorHeading + " — " + row.period.label(asOf: asOf).lowercasedFirst)
            }
            table.append([
                row.unitID, row.unitName, row.targetText, row.valueText, row.fractionText, row.statusText,
            ])
        }
        return table
    }

    private func changes() -> String {
        var text = "IV. SO SÁNH VỚI KỲ TRƯỚC\n\n"
        guard let comparison else { return text + "  " + noComparisonNote + "\n" }
        text += comparisonNotes(comparison).map { "  " + $0 + "\n" }.joined() + "\n"
        if comparison.entries.contains(where: TextReport.isShownChange) {
            text += comparison.rendered(showsScope: false, includes: TextReport.isShownChange) + "\n"
        } else {
            text += "  Không có thay đổi.\n\n"
        }
        text += "  " + comparison.summary + "\n"
        return text
    }

    /// Why there is no comparison, and for a sơ kết or tổng kết the make command that
    /// names one.
    var noComparisonNote: String {
        if review == .quarterly { return "Không so sánh: không có kỳ cùng quý năm trước." }
        return "Không so sánh: chưa chỉ định kỳ trước"
            + " (make \(review.makeTarget) QUARTER=\(quarter) PREVIOUS=<REVIEW>/<QUARTER>)."
    }

    /// The changes the report shows: every changed province row, and the units whose
    /// verdict changed.
    static func isShownChange(_ entry: IndicatorComparison.Entry) -> Bool {
        entry.isChanged && (entry.row.scope == .province || entry.isStatusChanged)
    }

    /// What the comparison shows and how to read it.
    func comparisonNotes(_ comparison: IndicatorComparison) -> [String] {
        [
            "Kỳ trước: \(comparison.oldReview). Các chỉ tiêu toàn tỉnh có thay đổi, và các đơn vị thay đổi đánh giá.",
            "Năm chưa trọn được so theo năm; chênh lệch của tỷ lệ tính bằng điểm phần trăm.",
        ]
    }

    private func restrictedLists() -> String {
        "V. DANH SÁCH HẠN CHẾ\n\n" + restrictedTable().rendered() + "\n  " + restrictedNote + "\n"
    }

    /// How many members each restricted list holds, per period.
    func restrictedTable() -> TextTable {
        var table = TextTable(
            headings: ["Danh sách", "Kỳ", "Số đảng viên"], alignsRight: [false, false, true])
        let lists = [
            ("probation_overdue", "Đảng viên dự bị quá hạn xét chuyển chính thức"),
            ("absence_removal_candidates", "Đảng viên vắng không lý do từ 3 tháng trong năm"),
        ]
        for (code, title) in lists {
            let rows = indicators.filter {
                $0.indicator == code && $0.scope == .province && $0.period != .term
            }
            if rows.isEmpty {
                table.append([title, "", "-"])
            }
            for row in rows {
                table.append([title, row.period.label(asOf: asOf), row.valueText])
            }
        }
        return table
    }

    /// Where the names are, and who may read them.
    var restrictedNote: String {
        "Báo cáo chỉ nêu số lượng. Danh sách họ tên chỉ có trong thư mục \(quarter)/restricted/"
            + " (chỉ người quản trị được đọc)."
    }
}
