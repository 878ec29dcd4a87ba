/// What every indicator family reads: the data, the window and the settings.
struct ComputationContext {
    /// The loaded normalized data.
    let dataset: Dataset
    /// The review window.
    let window: ReviewWindow
    /// The latest day of the month a periodic meeting counts as on time.
    let meetingDeadlineDay: Int

    /// The number of unit rows (the province and each district unit).
    var unitCount: Int { dataset.units.count }

    /// AS_OF as a day number.
    var asOf: Int32 { window.asOf.number }

    /// A tally of zeros.
    func emptyTally() -> UnitTally { UnitTally(unitCount: unitCount) }

    /// One tally of zeros per clipped year.
    func emptyYearTallies() -> [UnitTally] { Array(repeating: emptyTally(), count: window.years.count) }
}
