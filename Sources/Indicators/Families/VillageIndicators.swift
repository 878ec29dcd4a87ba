/// Indicators about villages and residential groups (thôn, bản, tổ dân phố) at AS_OF,
/// attributed to the village's commune organization (`commune_org_id`).
enum VillageIndicators {
    /// Computes village_head_member_ratio, white_villages, villages_without_cell and
    /// villages_at_risk.
    static func compute(_ context: ComputationContext, into results: inout IndicatorResults) {
        let dataset = context.dataset
        let asOf = context.asOf
        let villageCount = dataset.villageIDs.count
        var residents = [Int32](repeating: 0, count: villageCount)
        for member in 0..<dataset.memberIDs.count where dataset.memberVillages[member] >= 0 {
            if dataset.isMemberActive(member, on: asOf) {
                residents[Int(dataset.memberVillages[member])] += 1
            }
        }
        var hasCell = [Bool](repeating: false, count: villageCount)
        for organization in 0..<dataset.organizationIDs.count
        where dataset.organizationVillages[organization] >= 0 {
            if dataset.isPartyCell(organization) && dataset.isOrganizationActive(organization, on: asOf) {
                hasCell[Int(dataset.organizationVillages[organization])] = true
            }
        }
        var active = context.emptyTally()
        var headsWhoAreMembers = context.emptyTally()
        var white = context.emptyTally()
        var withoutCell = context.emptyTally()
        var atRisk = context.emptyTally()
        for village in 0..<villageCount where dataset.villageDissolved[village] > asOf {
            let unit = dataset.unit(ofOrganization: dataset.villageCommunes[village])
            active.add(unit: unit)
            if isHeadAMember(village, dataset: dataset, asOf: asOf) { headsWhoAreMembers.add(unit: unit) }
            if residents[village] == 0 { white.add(unit: unit) }
            if residents[village] == 1 || residents[village] == 2 { atRisk.add(unit: unit) }
            if !hasCell[village] { withoutCell.add(unit: unit) }
        }
        results.record(.villageHeadMemberRatio, .asOf, numerator: headsWhoAreMembers, denominator: active)
        results.record(.whiteVillages, .asOf, numerator: white)
        results.record(.villagesWithoutCell, .asOf, numerator: withoutCell)
        results.record(.villagesAtRisk, .asOf, numerator: atRisk)
    }

    /// SPEC "Village heads": by `head_member_id` when filled (that member active at AS_OF),
    /// else by `head_is_member`.
    static func isHeadAMember(_ village: Int, dataset: Dataset, asOf: Int32) -> Bool {
        let head = dataset.villageHeadMembers[village]
        if head == -1 { return dataset.villageHeadIsMember[village] }
        return head >= 0 && dataset.isMemberActive(Int(head), on: asOf)
    }
}
