import ChiboCore

/// Indicators on the superior committee's work with chi bộ: training of committee
/// members (tập huấn, bồi dưỡng) and inspections (kiểm tra, giám sát).
enum TrainingAndInspectionIndicators {
    /// Computes committee_trained_ratio, cells_inspected_half_yearly and cells_inspected_term.
    static func compute(_ context: ComputationContext, into results: inout IndicatorResults) {
        let dataset = context.dataset
        let window = context.window
        let asOf = context.asOf
        var trained = context.emptyTally()
        var holders = context.emptyTally()
        for member in 0..<dataset.memberIDs.count where !dataset.roles[member].isDisjoint(with: .committee) {
            guard dataset.isMemberActive(member, on: asOf) else { continue }
            let unit = dataset.unit(ofMember: member)
            holders.add(unit: unit)
            if dataset.isTrainedInWindow[member] { trained.add(unit: unit) }
        }
        results.record(.committeeTrainedRatio, .term, numerator: trained, denominator: holders)

        let yearCount = window.years.count
        let organizationCount = dataset.organizationIDs.count
        var inspectedMonths = [UInt16](repeating: 0, count: organizationCount * yearCount)
        var isInspectedInWindow = [Bool](repeating: false, count: organizationCount)
        for inspection in 0..<dataset.inspectionDates.count {
            let date = Day(number: dataset.inspectionDates[inspection])
            guard let year = window.yearIndex(of: date) else { continue }
            let organization = Int(dataset.inspectionOrganizations[inspection])
            inspectedMonths[organization * yearCount + year] |= 1 << (date.month - 1)
            isInspectedInWindow[organization] = true
        }
        for (index, year) in window.years.enumerated() {
            let halfYearly = Regularity.count(
                context, year: index, months: inspectedMonths, spans: year.wholeHalfYearMasks)
            results.record(
                .cellsInspectedHalfYearly, year.period, numerator: halfYearly.numerator,
                denominator: halfYearly.denominator)
        }
        var inspected = context.emptyTally()
        var activeCells = context.emptyTally()
        for organization in 0..<organizationCount where dataset.isPartyCell(organization) {
            guard dataset.isOrganizationActive(organization, on: asOf) else { continue }
            let unit = dataset.unit(ofOrganization: Int32(organization))
            activeCells.add(unit: unit)
            if isInspectedInWindow[organization] { inspected.add(unit: unit) }
        }
        results.record(.cellsInspectedTerm, .term, numerator: inspected, denominator: activeCells)
    }
}
