import ChiboCore

/// The summary at the top of every report: how many of the province's targets were met
/// (`đạt 9/14 chỉ tiêu`), counted one way for report.txt, report.html and report.docx.
///
/// What is counted: each indicator once, on its province row at its main period (the
/// review date for an `as of` indicator, else the latest full year, else the latest
/// clipped year, else the whole window: `WideSheet.mainPeriods(of:)`), when that row has a
/// status. A target on a partial year or on an empty value has no status and is counted
/// apart, as not yet judged.
public struct TargetSummary: Sendable, Equatable {
    /// The province rows judged `met`, in catalog order.
    public var met: [IndicatorRow]
    /// The province rows judged `not_met`, in catalog order.
    public var notMet: [IndicatorRow]
    /// The province rows at their main period with a target but no status (partial year
    /// or no value), in catalog order.
    public var notJudged: [IndicatorRow]

    /// Counts the province rows of `indicators` at each indicator's main period.
    public init(indicators: [IndicatorRow]) {
        self.init(indicators: indicators, mainPeriods: WideSheet.mainPeriods(of: indicators))
    }

    /// `init(indicators:)` with `WideSheet.mainPeriods(of: indicators)` worked out already.
    init(indicators: [IndicatorRow], mainPeriods: [String: Period]) {
        met = []
        notMet = []
        notJudged = []
        // By index, so that only province rows are copied (a million district rows at
        // national size are skipped on a field).
        for index in indicators.indices where indicators[index].scope == .province {
            let row = indicators[index]
            guard row.period == mainPeriods[row.indicator] else { continue }
            switch row.status {
            case .met: met.append(row)
            case .notMet: notMet.append(row)
            case nil: if row.target != nil { notJudged.append(row) }
            }
        }
    }

    /// The number of targets judged.
    public var judgedCount: Int { met.count + notMet.count }

    /// `đạt 9/14 chỉ tiêu`.
    public var sentence: String { "đạt \(met.count)/\(judgedCount) chỉ tiêu" }

    /// The one line that says what `sentence` counts.
    public static let definition =
        "Cách đếm: mỗi chỉ tiêu toàn tỉnh có đánh giá đạt/không đạt ở kỳ đánh giá của nó"
        + " (thời điểm báo cáo, năm trọn gần nhất hoặc cả kỳ) được tính một lần."

    /// The sentence about the targets not judged, nil when there are none.
    public var notJudgedSentence: String? {
        guard !notJudged.isEmpty else { return nil }
        return "Chưa đánh giá: \(notJudged.count) chỉ tiêu có mục tiêu nhưng chưa có đánh giá"
            + " (năm chưa trọn hoặc chưa có số liệu)."
    }
}
