/// Where the big normalized files are split between two readers, one per core.
struct SplitOffsets: Sendable {
    /// Files smaller than this are read by one reader: a second one would not pay.
    var minimumSize = 8 << 20
    /// Where the second reader of attendance.csv starts looking for a new meeting; nil
    /// for the middle of the file.
    var attendance: Int? = nil
    /// Where the second reader of members.csv starts looking for a record; nil for 9/20
    /// of the file.
    var members: Int? = nil

    /// Big files read in two halves.
    static let halves = SplitOffsets()
}
