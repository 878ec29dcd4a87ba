import ChiboCore

/// A row of targets.csv: a target (chỉ tiêu) of the resolution with the indicator, years and
/// scope it applies to.
public struct TargetRule: Sendable, Equatable {
    /// The indicator it applies to.
    public var code: IndicatorCode
    /// The comparator and value, as printed in indicators.csv.
    public var target: Target
    /// The first year it applies to; nil = open.
    public var fromYear: Int?
    /// The last year it applies to; nil = open.
    public var toYear: Int?
    /// The rows it is limited to; nil = province and district rows.
    public var scope: TargetScope?

    /// Creates a rule.
    public init(
        code: IndicatorCode, target: Target, fromYear: Int? = nil, toYear: Int? = nil,
        scope: TargetScope? = nil
    ) {
        self.code = code
        self.target = target
        self.fromYear = fromYear
        self.toYear = toYear
        self.scope = scope
    }
}
