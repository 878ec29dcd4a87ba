import ChiboCore
import Foundation
import HTMLDocument

/// The review as one self-contained web page for boards, report.html: a district × indicator
/// grid of đạt / không đạt, each indicator's trend and its district units against the target,
/// a section per district unit, the changes since the review compared with, and the
/// definitions — every figure of a chart also in a table beside it.
///
/// The page needs no network and no script; it prints on A4 one section per page. It holds
/// aggregates only (no member's name or id), every text escaped, and is byte-identical for
/// the same inputs.
public struct HTMLReport: Sendable {
    /// The quarter the review is made at.
    public var quarter: Quarter
    /// Sơ kết, tổng kết or quarterly.
    public var review: ReviewKind
    /// This review's indicators, in SPEC order.
    public var indicators: [IndicatorRow] {
        didSet { mainPeriods = WideSheet.mainPeriods(of: indicators) }
    }
    /// Each indicator's main period (`WideSheet.mainPeriods(of: indicators)`), worked out
    /// once for every section.
    private(set) var mainPeriods: [String: Period]
    /// The review compared with, if any.
    public var comparison: IndicatorComparison?
    /// This review's review.csv: its window and data coverage; nil when unknown.
    public var record: ReviewRecord?
    /// The compared review's review.csv, to say when the two windows differ.
    public var previousRecord: ReviewRecord?
    /// ingest_summary.csv, nil when the file is absent.
    public var ingestSummaries: [FileSummary]?

    /// District units per chunk of the grid, and bars per chart: beyond it a chart shows the
    /// highest and lowest half of this many and the district sections hold the rest.
    static let unitsPerPage = 30

    /// Creates a page from its inputs.
    public init(
        quarter: Quarter, review: ReviewKind, indicators: [IndicatorRow], comparison: IndicatorComparison?,
        record: ReviewRecord? = nil, previousRecord: ReviewRecord? = nil,
        ingestSummaries: [FileSummary]? = nil
    ) {
        self.init(
            quarter: quarter, review: review, indicators: indicators,
            mainPeriods: WideSheet.mainPeriods(of: indicators), comparison: comparison, record: record,
            previousRecord: previousRecord, ingestSummaries: ingestSummaries)
    }

    /// `init(quarter:review:indicators:comparison:record:previousRecord:ingestSummaries:)`
    /// with `WideSheet.mainPeriods(of: indicators)` worked out already.
    init(
        quarter: Quarter, review: ReviewKind, indicators: [IndicatorRow], mainPeriods: [String: Period],
        comparison: IndicatorComparison?, record: ReviewRecord?, previousRecord: ReviewRecord?,
        ingestSummaries: [FileSummary]?
    ) {
        self.quarter = quarter
        self.review = review
        self.indicators = indicators
        self.mainPeriods = mainPeriods
        self.comparison = comparison
        self.record = record
        self.previousRecord = previousRecord
        self.ingestSummaries = ingestSummaries
    }

    var asOf: Day { quarter.lastDay }

    /// The window's first day: review.csv's `window_start`, else the earliest per-year period.
    var windowStart: Day? { record?.windowStart ?? indicators.compactMap(\.period.firstDay).min() }

    /// The whole page, NFC, LF line ends, ending with a newline.
    public func rendered() -> String {
        String(decoding: renderedUTF8(), as: UTF8.self)
    }

    /// `rendered()` as UTF-8 bytes, made without a second copy of the page when its
    /// text is known to be NFC already.
    public func renderedUTF8() -> [UInt8] {
        var writer = written()
        let bytes = writer.takeDocumentUTF8()
        if bytes.withUnsafeBufferPointer(String.isKnownPrecomposed) { return bytes }
        return Array(String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
    }

    /// The writer holding the whole page.
    private func written() -> HTMLWriter {
        let figures = ReportFigures(indicators: indicators, mainPeriods: mainPeriods)
        var writer = HTMLWriter()
        // A national page takes about 134 bytes per row of indicators.csv.
        writer.reserveCapacity(indicators.count * 144 + (1 << 16))
        writer.writeDoctype()
        writer.open("html", ["lang": "vi"])
        writer.newline()
        writer.open("head")
        writer.empty("meta", ["charset": "utf-8"])
        writer.empty("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        writer.element("title", text: titleLine(figures))
        writer.writeStyleSheet(ChartStyle.css + HTMLReport.pageStyle)
        writer.close("head")
        writer.newline()
        writer.open("body")
        writer.newline()
        writeHeader(figures, to: &writer)
        writeGrid(figures, to: &writer)
        writeIndicators(figures, to: &writer)
        writeChanges(figures, to: &writer)
        writeUnits(figures, to: &writer)
        writeAppendix(figures, to: &writer)
        writer.close("body")
        writer.newline()
        writer.close("html")
        writer.newline()
        return writer
    }

    private func titleLine(_ figures: ReportFigures) -> String {
        let prefix = figures.province.map { $0.name + " — " } ?? ""
        switch review {
        case .quarterly: return prefix + "Báo cáo quý \(quarter.romanNumeral) năm \(quarter.year)"
        case .midTerm: return prefix + "Báo cáo sơ kết giữa nhiệm kỳ (\(quarter))"
        case .final: return prefix + "Báo cáo tổng kết nhiệm kỳ (\(quarter))"
        }
    }

    /// The province's verdicts at each indicator's main period, met and judged, counted as
    /// every report format counts them (`TargetSummary`).
    var provinceTally: (met: Int, judged: Int) {
        let summary = TargetSummary(indicators: indicators, mainPeriods: mainPeriods)
        return (summary.met.count, summary.judgedCount)
    }

    private func writeHeader(_ figures: ReportFigures, to writer: inout HTMLWriter) {
        writer.open("header", ["class": "title"])
        if let province = figures.province {
            writer.element("p", ["class": "issuer"], text: province.name.uppercased())
        }
        writer.element("h1", text: review.title(quarter: quarter))
        writer.newline()
        writer.open("dl", ["class": "facts"])
        let window =
            windowStart.map { "từ \(Period.vietnameseDate($0)) đến \(Period.vietnameseDate(asOf))" }
            ?? "đến \(Period.vietnameseDate(asOf))"
        var facts = [
            ("Thời gian", window),
            ("Kỳ báo cáo", "quý \(quarter.romanNumeral) năm \(quarter.year) (\(quarter))"),
        ]

        if let ingestSummaries {
            let accepted = ingestSummaries.reduce(0) { $0 + $1.rowsAccepted }
            let rejected = ingestSummaries.reduce(0) { $0 + $1.rowsRejected }
            facts.append(
                (
                    "Dữ liệu",
                    "\(DecimalText.vietnamese(units: Int64(accepted), scale: 0)) dòng tiếp nhận, "
                        + "\(DecimalText.vietnamese(units: Int64(rejected), scale: 0)) dòng bị loại"
                        + " (chi tiết trong report.txt và rejects.csv)"
                ))
        }
        facts.append(
            ("Đơn vị cấp huyện", DecimalText.vietnamese(units: Int64(figures.units.count), scale: 0)))
        for (term, definition) in facts {
            writer.element("dt", text: term)
            writer.element("dd", text: definition)
        }
        writer.close("dl")
        writer.newline()
        // SPEC "Data coverage": said before any figure, in the words every report format uses.
        if let record {
            let coverage = DataCoverage(record: record)
            writer.element("p", ["class": "coverage"], text: coverage.statement)
            if let warning = coverage.warning { writer.element("p", ["class": "warning"], text: warning) }
        }
        let tally = provinceTally
        writer.open("p", ["class": "summary"])
        writer.text("Toàn tỉnh ")
        writer.element("strong", text: "đạt \(tally.met)/\(tally.judged) chỉ tiêu")
        writer.close("p")
        writer.element(
            "p", ["class": "note"],
            text:
                "Tính trên các chỉ tiêu có chỉ tiêu đề ra và đã đánh giá được, mỗi chỉ tiêu ở kỳ đánh giá của nó:"
                + " thời điểm báo cáo, nếu không thì năm trọn gần nhất.")
        writer.element(
            "p", ["class": "note"],
            text: "Cách ghi số: dấu phẩy trước phần thập phân (84,50%), dấu chấm ngăn hàng nghìn (2.300)."
                + " Mỗi biểu đồ có bảng số liệu đi kèm.")
        writer.close("header")
        writer.newline()
        writer.open("nav", ["class": "contents"])
        writer.element("h2", text: "Mục lục")
        writer.open("ol")
        var entries = [
            ("#grid", "Tổng hợp đạt / không đạt theo đơn vị"),
            ("#indicators", "Kết quả từng chỉ tiêu"),
            ("#changes", "So sánh với kỳ trước"),
            ("#units", "Từng đơn vị cấp huyện"),
            ("#definitions", "Giải thích các chỉ tiêu"),
        ]
        if figures.units.isEmpty { entries.remove(at: 3) }
        for (link, text) in entries {
            writer.open("li")
            writer.element("a", ["href": link], text: text)
            writer.close("li")
        }
        writer.close("ol")
        writer.close("nav")
        writer.newline()
    }
}
