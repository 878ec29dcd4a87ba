/// Counts per unit row: index 0 is the province, 1… the district units. A fact is
/// tallied once into the province and once into its district (when it has one).
struct UnitTally: Sendable, Equatable {
    /// The count of each unit.
    var counts: [Int]

    /// A tally of zeros for `unitCount` units.
    init(unitCount: Int) { counts = Array(repeating: 0, count: unitCount) }

    /// Adds `amount` to the province and to `unit` (when it is a district).
    @inline(__always)
    mutating func add(unit: Int32, _ amount: Int = 1) {
        counts[0] += amount
        if unit > 0 { counts[Int(unit)] += amount }
    }

    /// Adds the counts of `other`, a tally of the same units (one of rows tallied apart).
    mutating func add(_ other: UnitTally) {
        for unit in counts.indices { counts[unit] += other.counts[unit] }
    }
}
