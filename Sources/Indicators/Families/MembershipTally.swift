import ChiboCore

/// What `MembershipIndicators` counts over a range of members: ranges tallied apart (on
/// two cores) and added give the tallies of one pass, the overdue members in member order.
struct MembershipTally: Equatable {
    var total: UnitTally
    var probationary: UnitTally
    var overdue: UnitTally
    var assigned: UnitTally
    var nonExempt: UnitTally
    var privateEnterprise: UnitTally
    var qualifiedCadres: UnitTally
    var cadres: UnitTally
    /// Per clipped year.
    var admissions: [UnitTally]
    var termAdmissions: UnitTally
    /// Per clipped year: the members active the day before it starts.
    var activeBefore: [UnitTally]
    /// The overdue probationary members, in member order.
    var probationOverdue: [ProbationOverdueEntry] = []

    /// Tallies the members `members` of `context`'s dataset.
    init(_ context: ComputationContext, members: Range<Int>) {
        let dataset = context.dataset
        let window = context.window
        let asOf = context.asOf
        total = context.emptyTally()
        probationary = total
        overdue = total
        assigned = total
        nonExempt = total
        privateEnterprise = total
        qualifiedCadres = total
        cadres = total
        admissions = context.emptyYearTallies()
        termAdmissions = total
        activeBefore = admissions
        let daysBefore = window.years.map { $0.start.number - 1 }
        for member in members {
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
                    probationOverdue.append(ProbationOverdueEntry(member: Int32(member), deadline: deadline))
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
                if MembershipIndicators.isQualified(
                    education: dataset.education[member], theory: dataset.politicalTheory[member])
                {
                    qualifiedCadres.add(unit: unit)
                }
            }
        }
    }

    /// Adds the tallies of the members after this tally's.
    mutating func add(_ later: MembershipTally) {
        total.add(later.total)
        probationary.add(later.probationary)
        overdue.add(later.overdue)
        assigned.add(later.assigned)
        nonExempt.add(later.nonExempt)
        privateEnterprise.add(later.privateEnterprise)
        qualifiedCadres.add(later.qualifiedCadres)
        cadres.add(later.cadres)
        for year in admissions.indices {
            admissions[year].add(later.admissions[year])
            activeBefore[year].add(later.activeBefore[year])
        }
        termAdmissions.add(later.termAdmissions)
        probationOverdue += later.probationOverdue
    }
}
