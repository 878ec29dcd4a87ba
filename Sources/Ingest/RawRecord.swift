/// One data record of an input file, its values rearranged in canonical column order
/// ("" for an absent column or a missing trailing field).
struct RawRecord: Sendable {
    /// The physical line where the record starts (the header is line 1).
    let line: Int
    /// The values as read, in `Entity.columns` order.
    let values: [String]
    /// A whole-row problem: `row.blank` or `row.ragged`.
    let problem: RuleCode?
    /// The first extra non-empty field of a ragged row, for the report.
    let extraValue: String
}
