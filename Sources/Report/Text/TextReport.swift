import ChiboCore
import Foundation

/// The Vietnamese text report, report.txt, for boards to read and reviewers to `diff`.
///
/// Layout rules: no timestamps; lines at most `pageWidth` display columns, columns
/// aligned by display width; no trailing spaces; NFC; LF. Numbers use the Vietnamese
/// convention: `,` before decimals and `.` between thousands (`2.300`); percentages always
/// carry two decimals (`92,10%`), differences of ratios are percentage points. A date
/// that changes with every review (AS_OF, the window) is printed once, at the top or in a
/// section heading, never on each line, so the `diff` of two reviews of unchanged data
/// shows only those lines.
public struct TextReport: Sendable {
    /// The widest line of the report, in display columns.
    public static let pageWidth = 100

    /// The quarter the review is made at.
    public var quarter: Quarter
    /// Sơ kết, tổng kết or quarterly.
    public var review: ReviewKind
    /// This review's indicators, in SPEC order.
    public var indicators: [IndicatorRow] {
        didSet { (mainPeriods, provinceRows) = TextReport.derived(from: indicators) }
    }
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
        (mainPeriods, provinceRows) = TextReport.derived(from: indicators)
    }

    /// What every section reads of `indicators`, worked out once rather than per call
    /// (each pass is over every row, a million at national size).
    private static func derived(from indicators: [IndicatorRow]) -> ([String: Period], [IndicatorRow]) {
        // By index, so that only the province's rows are copied.
        let provinceRows = indicators.indices.lazy.filter { indicators[$0].scope == .province }.map {
            indicators[$0]
        }
        return (WideSheet.mainPeriods(of: indicators), Array(provinceRows))
    }

    var asOf: Day { quarter.lastDay }

    /// The whole report, NFC, LF line ends, ending with a newline.
    public func rendered() -> String {
        let sections = [
            heading(), summary(), dataIntake(), provinceResults(), districtResults(), changes(),
            membersToReview(), appendix(),
        ]
        return sections.joined(separator: "\n").precomposed
    }

    /// The window's first day: review.csv's `window_start`, else the earliest per-year
    /// period; nil when neither exists.
    var windowStart: Day? {
        record?.windowStart ?? indicators.compactMap(\.period.firstDay).min()
    }

    /// The earlier review's rows, matched to this review's.
    var previousRows: PreviousRows? {
        guard let comparison else { return nil }
        let shift = review == .quarterly ? quarter.year - comparison.oldReview.quarter.year : 0
        return PreviousRows(comparison.entries.compactMap(\.old), yearShift: shift)
    }

    /// The main period of each indicator (`WideSheet.mainPeriods(of:)`).
    private(set) var mainPeriods: [String: Period]

    /// The province rows, in SPEC order.
    private(set) var provinceRows: [IndicatorRow]

    private func heading() -> String {
        var text = ""
        if let province = provinceRows.first {
            text += province.unitName.uppercased() + "\n\n"
        }
        text += review.titleLines(quarter: quarter).map { $0 + "\n" }.joined() + "\n"
        text +=
            "Kỳ đánh giá: \(review.occasion(quarter: quarter)) (\(ReviewName(kind: review, quarter: quarter)))."
            .paragraph(indent: 0, hangingIndent: 2)
        if let windowStart {
            text += "Thời gian đánh giá: \(WindowText.range(from: windowStart, to: asOf))"
                .appending(" (\(WindowText.length(from: windowStart, to: asOf))).")
                .paragraph(indent: 0, hangingIndent: 2)
        } else {
            text += "Thời gian đánh giá: đến \(Period.vietnameseDate(asOf)).\n"
        }
        text += "Thời điểm báo cáo (ngày tính các số liệu thời điểm): \(Period.vietnameseDate(asOf)).\n"
        if let record {
            let coverage = DataCoverage(record: record)
            text += coverage.statement.paragraph(indent: 0, hangingIndent: 2)
            if let warning = coverage.warning { text += warning.paragraph(indent: 0, hangingIndent: 2) }
        }
        text += comparisonStatement().paragraph(indent: 0, hangingIndent: 2)
        if let windowDifference { text += windowDifference.paragraph(indent: 2) }
        text += "Cách ghi số: dấu chấm ngăn hàng nghìn, dấu phẩy trước phần thập phân; tỷ lệ phần trăm"
            .appending(" ghi hai chữ số thập phân (2.300; 92,10%).").paragraph(indent: 0, hangingIndent: 2)
        return text
    }

    /// The sentence that names the review compared with and its window, or says why
    /// there is none.
    public func comparisonStatement() -> String {
        guard let comparison else {
            if review == .quarterly {
                return "So sánh: không có (không có báo cáo cùng kỳ năm trước)."
            }
            let example = review == .final ? ", ví dụ PREVIOUS=so-ket/2018-Q2" : ""
            return "So sánh: không có (chưa chỉ định kỳ trước; để so sánh, chạy make \(review.makeTarget)"
                + " QUARTER=\(quarter) PREVIOUS=<REVIEW>/<QUARTER>\(example))."
        }
        var text = "So sánh với: \(comparison.oldReview)"
        if review == .quarterly { text += ", cùng kỳ năm trước" }
        if let previousRecord {
            text += " (\(WindowText.range(from: previousRecord.windowStart, to: previousRecord.asOf)))"
        }
        return text + "."
    }

    /// How the compared review's window differs from this one's, nil when it does not or
    /// there is no comparison.
    public var windowDifference: String? {
        guard comparison != nil, let record, let previousRecord else { return nil }
        return WindowText.difference(current: record, previous: previousRecord)
    }

    private func summary() -> String {
        let summary = TargetSummary(indicators: indicators, mainPeriods: mainPeriods)
        var text = "KẾT QUẢ CHUNG: \(summary.sentence).\n"
        text += TargetSummary.definition.paragraph()
        if let comparison {
            let previous = TargetSummary(indicators: comparison.entries.compactMap(\.old))
            let name = review == .quarterly ? "Cùng kỳ năm trước" : "Kỳ trước"
            text += "\(name) (\(comparison.oldReview)): \(previous.sentence).".paragraph()
        }
        if let notJudged = summary.notJudgedSentence { text += notJudged.paragraph() }
        if !summary.notMet.isEmpty {
            text += "  Không đạt (\(summary.notMet.count)):\n"
            for row in summary.notMet {
                var line = row.numberedName
                if row.period != .asOf { line += " (\(periodName(row.period)))" }
                line += ": " + row.valueText + ", mục tiêu " + row.targetText + "."
                text += line.paragraph(indent: 4, hangingIndent: 6)
            }
        }
        return text
    }

    /// A period as the report names it in running text and column headings, without the
    /// review date: `năm 2017`, `năm 2018 (đến 30/06)`, `năm 2016 (từ 01/03)`, `từ đầu năm`
    /// (a quarterly review's year to date), `thời điểm báo cáo`, `cả kỳ`.
    public func periodName(_ period: Period) -> String {
        switch period {
        case .year(let year):
            return "năm \(year)"
        case .clippedYear(let first, let last):
            if review == .quarterly { return "từ đầu năm" }
            var parts: [String] = []
            if first.month != 1 || first.dayOfMonth != 1 { parts.append("từ " + dayMonth(first)) }
            if last.month != 12 || last.dayOfMonth != 31 { parts.append("đến " + dayMonth(last)) }
            return "năm \(first.year) (" + parts.joined(separator: " ") + ")"
        case .asOf:
            return "thời điểm báo cáo"
        case .term:
            // A quarterly review's window is the year to date.
            return review == .quarterly ? "từ đầu năm" : "cả kỳ"
        }
    }

    private func dayMonth(_ day: Day) -> String {
        String(Period.vietnameseDate(day).dropLast(5))
    }

    /// The name cell of an indicator in a table: its numbered name wrapped to `width`, then
    /// its target.
    func nameCell(_ row: IndicatorRow, width: Int = 30, target: String? = nil) -> [String] {
        // Continuation lines start under the name, after the number.
        let hanging = String(repeating: " ", count: (code(of: row).map { "\($0). " } ?? "").displayWidth)
        let name = row.numberedName.wrapped(toWidth: width - hanging.count, firstWidth: width)
        var lines = [name[0]] + name.dropFirst().map { hanging + $0 }
        if let target, !target.isEmpty { lines.append(hanging + "Mục tiêu: " + target) }
        return lines
    }

    private func code(of row: IndicatorRow) -> Int? { row.code?.catalogNumber }

    /// A result cell: the value, the numerator/denominator of a ratio, the status.
    func resultCell(_ row: IndicatorRow?, showsStatus: Bool = true) -> [String] {
        guard let row else { return [""] }
        var lines = [row.valueText]
        if !row.fractionText.isEmpty { lines.append(row.fractionText) }
        if showsStatus, !row.statusText.isEmpty { lines.append(row.statusText) }
        return lines
    }
}
