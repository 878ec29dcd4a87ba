extension ReviewRecord {
    /// The last day of the quarter of `dataUntil` (the latest accepted meeting): the day
    /// the data can be taken as complete to; nil when no meeting was accepted.
    public var dataCoverageEnd: Day? {
        dataUntil.map { Quarter(year: $0.year, number: ($0.month - 1) / 3 + 1).lastDay }
    }

    /// Whether AS_OF is later than `dataCoverageEnd` (SPEC "Reviews", data coverage):
    /// the figures after the data stops are incomplete, and the stages say so.
    public var isDataIncomplete: Bool {
        guard let end = dataCoverageEnd else { return true }
        return asOf > end
    }
}
