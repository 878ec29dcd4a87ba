import ChiboCore

/// Indicators about the members themselves (đảng viên): counts, admissions (kết nạp),
/// probation (dự bị), task assignment and qualifications. Every fact is attributed to
/// the member's current chi bộ.
enum MembershipIndicators {
    /// Computes members_total, members_probationary, admissions, admission_rate,
    /// probation_overdue, task_assigned_ratio, private_enterprise_members and
    /// commune_key_cadre_qualified.
    static func compute(_ context: ComputationContext, into results: inout IndicatorResults) {
        // Many members are tallied in two halves, the later one on another core.
        let count = context.dataset.memberIDs.count
        let middle = count >= 1 << 16 ? count / 2 : count
        let later =
            middle == count ? nil : BackgroundWork { MembershipTally(context, members: middle..<count) }
        var tally = MembershipTally(context, members: 0..<middle)
        if let later { tally.add(later.takeValue()) }
        let window = context.window
        let (total, probationary, overdue) = (tally.total, tally.probationary, tally.overdue)
        let (assigned, nonExempt, privateEnterprise) = (
            tally.assigned, tally.nonExempt, tally.privateEnterprise
        )
        let (qualifiedCadres, cadres) = (tally.qualifiedCadres, tally.cadres)
        let (admissions, termAdmissions, activeBefore) = (
            tally.admissions, tally.termAdmissions, tally.activeBefore
        )
        results.probationOverdue += tally.probationOverdue
        results.record(.membersTotal, .asOf, numerator: total)
        results.record(.membersProbationary, .asOf, numerator: probationary)
        for (index, year) in window.years.enumerated() {
            results.record(.admissions, year.period, numerator: admissions[index])
            results.record(
                .admissionRate, year.period, numerator: admissions[index], denominator: activeBefore[index])
        }
        results.record(.admissions, .term, numerator: termAdmissions)
        results.record(.probationOverdue, .asOf, numerator: overdue)
        results.record(.taskAssignedRatio, .asOf, numerator: assigned, denominator: nonExempt)
        results.record(.privateEnterpriseMembers, .asOf, numerator: privateEnterprise)
        results.record(.communeKeyCadreQualified, .asOf, numerator: qualifiedCadres, denominator: cadres)
    }

    /// University education or higher and intermediate political theory or higher; an
    /// empty level is not qualified.
    static func isQualified(education: Education?, theory: PoliticalTheory?) -> Bool {
        guard let education, let theory else { return false }
        return education >= .university && theory >= .intermediate
    }
}
