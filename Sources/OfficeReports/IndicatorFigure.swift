import OfficeOpenXML

/// One row of indicators.csv with the words the documents show for it.
public struct IndicatorFigure: Sendable, Equatable {
    /// Whether the target is met.
    public enum Status: String, Sendable, Equatable {
        /// Đạt.
        case met
        /// Không đạt.
        case notMet = "not_met"

        /// `đạt`, `không đạt`.
        public var vietnamese: String { self == .met ? "đạt" : "không đạt" }
    }

    /// The indicator.
    public var indicator: IndicatorDescription
    /// Whether the row is the province's (the root) rather than a district unit's.
    public var isProvince: Bool
    /// The unit's organization id, as in the file.
    public var unitID: String
    /// The unit's name.
    public var unitName: String
    /// The period as written in the file: `2017`, `2018-01-01..2018-06-30`, `as_of`, `term`.
    public var periodCode: String
    /// The period in Vietnamese: `Năm 2017`, `Tại 30/06/2018`.
    public var periodLabel: String
    /// Whether this is the period the indicator is judged at in summaries (the
    /// reporting date, else the latest full year, else the whole term).
    public var isMainPeriod: Bool
    /// The numerator; nil when empty.
    public var numerator: Int?
    /// The denominator; nil for counts.
    public var denominator: Int?
    /// The value with a `.` point; nil when empty.
    public var value: NumberLiteral?
    /// The target as written in the file (`>=75`); empty when none.
    public var targetCode: String
    /// The target in words (`từ 75 trở lên`); empty when none.
    public var targetText: String
    /// Met or not met; nil when not judged.
    public var status: Status?

    /// Creates a figure.
    public init(
        indicator: IndicatorDescription, isProvince: Bool, unitID: String, unitName: String,
        periodCode: String,
        periodLabel: String, isMainPeriod: Bool, numerator: Int?, denominator: Int?, value: NumberLiteral?,
        targetCode: String, targetText: String, status: Status?
    ) {
        self.indicator = indicator
        self.isProvince = isProvince
        self.unitID = unitID
        self.unitName = unitName
        self.periodCode = periodCode
        self.periodLabel = periodLabel
        self.isMainPeriod = isMainPeriod
        self.numerator = numerator
        self.denominator = denominator
        self.value = value
        self.targetCode = targetCode
        self.targetText = targetText
        self.status = status
    }

    /// The value as a cell: two decimals for a ratio, thousands for a count, red when
    /// the target is not met.
    var valueCell: SheetCell {
        guard let value else { return .empty }
        let isFlagged = status == .notMet
        if indicator.isRatio {
            return SheetCell(.number(value), style: isFlagged ? .flaggedDecimal : .decimal)
        }
        return SheetCell(.number(value), style: isFlagged ? .flaggedInteger : .integer)
    }
}
