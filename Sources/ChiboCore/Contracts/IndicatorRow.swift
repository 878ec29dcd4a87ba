/// One row of indicators.csv: an indicator's result for one unit and one period.
///
/// This is the contract between the indicators stage (which builds the rows and writes
/// `fields`) and the report stage (which reads them back with `init(fields:)`).
public struct IndicatorRow: Hashable, Sendable {
    /// Whether the status column says the target is met.
    public enum Status: String, Hashable, Sendable {
        /// Đạt.
        case met
        /// Không đạt.
        case notMet = "not_met"
    }

    /// A field that does not hold what its column requires.
    public struct FieldError: Error, Equatable, Sendable {
        /// The 0-based position in `columns`.
        public var position: Int
        /// What the column requires, for the diagnostic's `expected …`.
        public var expected: String
    }

    /// The columns of indicators.csv, in SPEC order.
    public static let columns = [
        "indicator", "scope", "unit_id", "unit_name", "period", "numerator", "denominator", "value", "target",
        "status",
    ]

    /// The indicator code; a code outside the catalog is kept as written.
    public var indicator: String
    /// The province row or a district unit's row.
    public var scope: TargetScope
    /// The unit's organization id.
    public var unitID: String
    /// The unit's name.
    public var unitName: String
    /// The period the row covers.
    public var period: Period
    /// The numerator (the count for counts); nil when empty.
    public var numerator: Int?
    /// The denominator; nil for counts.
    public var denominator: Int?
    /// The value; nil when empty (a ratio with a zero denominator).
    public var value: DecimalNumber?
    /// The target that applies, if any.
    public var target: Target?
    /// Met or not met; nil when there is no target, the year is partial or the value is empty.
    public var status: Status?

    /// Creates a row.
    public init(
        indicator: String, scope: TargetScope, unitID: String, unitName: String, period: Period,
        numerator: Int? = nil, denominator: Int? = nil, value: DecimalNumber? = nil, target: Target? = nil,
        status: Status? = nil
    ) {
        self.indicator = indicator
        self.scope = scope
        self.unitID = unitID
        self.unitName = unitName
        self.period = period
        self.numerator = numerator
        self.denominator = denominator
        self.value = value
        self.target = target
        self.status = status
    }

    /// Reads a row from its fields in `columns` order; nil when any field is malformed.
    public init?(fields: [String]) {
        guard case .success(let row) = IndicatorRow.parse(fields: fields) else { return nil }
        self = row
    }

    /// Reads a row from its fields in `columns` order, or says which field is malformed.
    public static func parse(fields: [String]) -> Result<IndicatorRow, FieldError> {
        precondition(fields.count == columns.count, "an indicators.csv row has \(columns.count) fields")
        func invalid(_ position: Int, _ expected: String) -> Result<IndicatorRow, FieldError> {
            .failure(FieldError(position: position, expected: expected))
        }
        guard !fields[0].isEmpty else { return invalid(0, "một mã chỉ tiêu") }
        guard let scope = TargetScope(rawValue: fields[1]) else {
            return invalid(1, "'province' hoặc 'district'")
        }
        guard !fields[2].isEmpty else { return invalid(2, "một mã đơn vị") }
        guard let period = Period(fields[4]) else {
            return invalid(4, "một năm, một năm bị cắt 'yyyy-mm-dd..yyyy-mm-dd', 'as_of' hoặc 'term'")
        }
        // Numerator and denominator, without an array per row.
        var counts: (Int?, Int?) = (nil, nil)
        for position in 5...6 {
            var count: Int?
            if !fields[position].isEmpty {
                guard let parsed = Int(fields[position]), parsed >= 0 else {
                    return invalid(position, "một số nguyên hoặc để trống")
                }
                count = parsed
            }
            if position == 5 { counts.0 = count } else { counts.1 = count }
        }
        var value: DecimalNumber?
        if !fields[7].isEmpty {
            guard let parsed = DecimalNumber(fields[7]) else {
                return invalid(7, "một số thập phân hoặc để trống")
            }
            value = parsed
        }
        var target: Target?
        if !fields[8].isEmpty {
            guard let parsed = Target(fields[8]) else {
                return invalid(8, "một chỉ tiêu như '>=75' hoặc để trống")
            }
            target = parsed
        }
        var status: Status?
        if !fields[9].isEmpty {
            guard let parsed = Status(rawValue: fields[9]) else {
                return invalid(9, "'met', 'not_met' hoặc để trống")
            }
            status = parsed
        }
        return .success(
            IndicatorRow(
                indicator: fields[0], scope: scope, unitID: fields[2], unitName: fields[3], period: period,
                numerator: counts.0, denominator: counts.1, value: value, target: target, status: status))
    }

    /// The fields in `columns` order, as written to indicators.csv.
    public var fields: [String] {
        [
            indicator, scope.rawValue, unitID, unitName, period.description,
            numerator.map { String($0) } ?? "",
            denominator.map { String($0) } ?? "", value?.plain ?? "", target?.description ?? "",
            status?.rawValue ?? "",
        ]
    }

    /// The catalog code of the row's indicator; nil for a code outside the catalog.
    public var code: IndicatorCode? { IndicatorCode(rawValue: indicator) }

    /// Sorts rows as SPEC orders indicators.csv: catalog order, the province before the
    /// districts, districts by unit id bytewise, periods chronologically with `term` last.
    public static func precedes(_ lhs: IndicatorRow, _ rhs: IndicatorRow) -> Bool {
        // Codes outside the catalog go last, by code.
        let leftNumber = lhs.code?.catalogNumber ?? Int.max
        let rightNumber = rhs.code?.catalogNumber ?? Int.max
        if leftNumber != rightNumber { return leftNumber < rightNumber }
        if lhs.indicator != rhs.indicator {
            return Array(lhs.indicator.utf8).lexicographicallyPrecedes(rhs.indicator.utf8)
        }
        if lhs.scope != rhs.scope { return lhs.scope == .province }
        if lhs.unitID != rhs.unitID {
            return Array(lhs.unitID.utf8).lexicographicallyPrecedes(rhs.unitID.utf8)
        }
        return lhs.period.sortKey < rhs.period.sortKey
    }
}
