import ChiboCore

/// A record after its values were normalized, with the problems found so far.
struct ParsedRow: Sendable {
    /// The physical line where the record starts.
    let line: Int
    /// The values as read, in canonical column order; none once freed.
    var raw: PackedStrings
    /// The normalized values, in canonical column order ("" when empty or invalid).
    var fields: PackedStrings
    /// Problems that reject the row.
    var errors: [Diagnostic] = []
    /// Problems reported only if the row is kept.
    var warnings: [Diagnostic] = []

    /// Whether the row has an error.
    var isRejected: Bool { !errors.isEmpty }

    /// The normalized value of column `index`.
    subscript(index: Int) -> String { fields[index] }

    /// The normalized date of column `index`, nil when empty or invalid.
    func day(_ index: Int) -> Day? {
        let value = fields[index]
        return value.isEmpty ? nil : Day(iso: value)
    }
}
