/// The "in every whole month (quarter, half-year)" rule shared by the meeting and
/// inspection regularity indicators.
enum Regularity {
    /// Among chi bộ active all clipped year `year`, those with a bit of `months` set in each
    /// of `spans` (whole months, quarters or half-years). No span: denominator 0.
    static func count(
        _ context: ComputationContext, year: Int, months: [UInt16], spans: [UInt16]
    ) -> (numerator: UnitTally, denominator: UnitTally) {
        let dataset = context.dataset
        let clipped = context.window.years[year]
        let yearCount = context.window.years.count
        var regular = context.emptyTally()
        var cells = context.emptyTally()
        guard !spans.isEmpty else { return (regular, cells) }
        for organization in 0..<dataset.organizationIDs.count where dataset.isPartyCell(organization) {
            guard dataset.isOrganizationActive(organization, from: clipped.start, through: clipped.end) else {
                continue
            }
            let unit = dataset.unit(ofOrganization: Int32(organization))
            cells.add(unit: unit)
            let held = months[organization * yearCount + year]
            if spans.allSatisfy({ held & $0 != 0 }) { regular.add(unit: unit) }
        }
        return (regular, cells)
    }
}
