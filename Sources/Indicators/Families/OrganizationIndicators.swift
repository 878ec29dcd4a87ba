/// Indicators about the organizations themselves at AS_OF, each attributed to the
/// organization's own district unit.
enum OrganizationIndicators {
    /// Computes merged_meeting_cells, cells_with_regulations and admission_plan_ratio.
    static func compute(_ context: ComputationContext, into results: inout IndicatorResults) {
        let dataset = context.dataset
        var merged = context.emptyTally()
        var withRegulations = context.emptyTally()
        var activeCells = context.emptyTally()
        var withPlan = context.emptyTally()
        var withPool = context.emptyTally()
        for organization in 0..<dataset.organizationIDs.count
        where dataset.isOrganizationActive(organization, on: context.asOf) {
            let unit = dataset.unit(ofOrganization: Int32(organization))
            if dataset.isPartyCell(organization) {
                activeCells.add(unit: unit)
                if dataset.hasMergedMeetings[organization] { merged.add(unit: unit) }
                if dataset.hasRegulations[organization] { withRegulations.add(unit: unit) }
            }
            if dataset.hasCandidatePool[organization] {
                withPool.add(unit: unit)
                if dataset.hasAdmissionPlan[organization] { withPlan.add(unit: unit) }
            }
        }
        results.record(.mergedMeetingCells, .asOf, numerator: merged)
        results.record(.cellsWithRegulations, .asOf, numerator: withRegulations, denominator: activeCells)
        results.record(.admissionPlanRatio, .asOf, numerator: withPlan, denominator: withPool)
    }
}
