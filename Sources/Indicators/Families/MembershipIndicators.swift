import ChiboCore

/// Indicators about the members themselves (đảng viên): counts, admissions (kết nạp),
/// probation (dự bị), task assignment and qualifications. Every fact is attributed to
/// the member's current chi bộ.
enum MembershipIndicators {
    /// Computes members_total, members_probationary, admissions, admission_rate,
    /// probation_overdue, task_assigned_ratio, private_enterprise_members and
    /// commune_key_cadre_qualified.
    static func compute(_ context: ComputationContext, into results: inout IndicatorResults) {
        let dataset = context.dataset
        let window = context.window
        let asOf = context.asOf
        var total = context.emptyTally()
        var probationary = context.emptyTally()
        var overdue = context.emptyTally()
        var assigned = context.emptyTally()
        var nonExempt = context.emptyTally()
        var privateEnterprise = context.emptyTally()
        var qualifiedCadres = context.emptyTally()
        var cadres = context.emptyTally()
        var admissions = context.emptyYearTallies()
        var termAdmissions = context.emptyTally()
        var activeBefore = context.emptyYearTallies()
        let daysBefore = window.years.map { $0.start.number - 1 }
        for member in 0..<dataset.memberIDs.count {
            let unit = dataset.unit(ofMember: member)
            let admittedOn = dataset.admitted[member]
            if let year = window.yearIndex(of: Day(number: admittedOn)) {
                admissions[year].add(unit: unit)
                termAdmissions.add(unit: unit)
            }
            for (year, day) in daysBefore.enumerated() where dataset.isMemberActive(member, on: day) {
                activeBefore[year].add(unit: unit)
            }
            guard dataset.isMemberActive(member, on: asOf) else { continue }
            total.add(unit: unit)
            if dataset.official[member] > asOf {
                probationary.add(unit: unit)
                let deadline = Day(number: admittedOn).adding(months: 12).adding(days: 30)
                if deadline.number < asOf {
                    overdue.add(unit: unit)
                    results.probationOverdue.append(
                        ProbationOverdueEntry(member: Int32(member), deadline: deadline))
                }
            }
            if !dataset.isExempt[member] {
                nonExempt.add(unit: unit)
                if dataset.isTaskAssigned[member] { assigned.add(unit: unit) }
            }
            let organization = dataset.memberOrganizations[member]
            if organization >= 0 && dataset.kinds[Int(organization)] == .privateEnterprise {
                privateEnterprise.add(unit: unit)
            }
            if dataset.roles[member].contains(.communeKeyCadre) {
                cadres.add(unit: unit)
                if isQualified(education: dataset.education[member], theory: dataset.politicalTheory[member])
                {
                    qualifiedCadres.add(unit: unit)
                }
            }
        }
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
