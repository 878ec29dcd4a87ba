/// Where each canonical column of a file sits in its header, and the header cells that
/// matched none.
struct HeaderMapping: Sendable, Equatable {
    /// For each canonical column (in `Entity.columns` order), the 0-based field index in
    /// the file, or nil when the (optional) column is absent.
    var fieldIndices: [Int?]
    /// Header cells that match no column: 1-based field number and text as read.
    var ignored: [(fieldNumber: Int, header: String)]

    static func == (lhs: HeaderMapping, rhs: HeaderMapping) -> Bool {
        lhs.fieldIndices == rhs.fieldIndices
            && lhs.ignored.map(\.fieldNumber) == rhs.ignored.map(\.fieldNumber)
            && lhs.ignored.map(\.header) == rhs.ignored.map(\.header)
    }
}
