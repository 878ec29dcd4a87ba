import ChiboCore

/// A member past the probation deadline, for the restricted list.
public struct ProbationOverdueEntry: Sendable, Equatable {
    /// The member's index in the dataset.
    var member: Int32
    /// `admitted_on` + 12 months + 30 days.
    public var deadline: ChiboCore.Day
}
