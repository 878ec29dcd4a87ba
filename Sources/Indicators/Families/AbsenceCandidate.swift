/// A member absent without excuse in 3 or more months of a clipped year, for the restricted list.
public struct AbsenceCandidate: Sendable, Equatable {
    /// The member's index in the dataset.
    var member: Int32
    /// The clipped year.
    public var year: ClippedYear
    /// The months (bit `m - 1`) with an unexcused row.
    public var months: UInt16
}
