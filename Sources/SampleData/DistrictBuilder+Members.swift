import ChiboCore

extension DistrictBuilder {
    /// Adds `count` members to `cell`.
    mutating func populate(cell: Int, count: Int, style: MemberStyle, residence: Residence) {
        let habitable: [Int]
        let localPerMille: Int
        switch residence {
        case .village(let village):
            habitable = habitableVillages(commune: villages[village].communeIndex)
            localPerMille = 950
        case .commune(let commune):
            habitable = habitableVillages(commune: commune)
            localPerMille = 900
        case .district:
            habitable = habitableVillages(commune: nil)
            localPerMille = 650
        case .elsewhere:
            habitable = []
            localPerMille = 0
        }
        for _ in 0..<count {
            var member = makeMember(cell: cell, style: style)
            if case .village(let village) = residence,
                habitable.isEmpty || random.chance(perMille: localPerMille)
            {
                member.village = Int32(village)
            } else if !habitable.isEmpty && random.chance(perMille: localPerMille) {
                member.village = Int32(habitable[random.below(habitable.count)])
            }
            members.append(member)
        }
    }

    /// The village indices of `commune` (or of the whole district) where members may live:
    /// never a white or at-risk village, whose residents are placed on purpose.
    func habitableVillages(commune: Int?) -> [Int] {
        villages.indices.filter { index in
            let village = villages[index]
            guard commune == nil || village.communeIndex == commune else { return false }
            return village.dissolvedOn == nil
                && (village.situation == .withCell || village.situation == .withoutCell)
        }
    }

    private mutating func makeMember(cell: Int, style: MemberStyle) -> SampleMember {
        let femalePerMille =
            switch style {
            case .rural: 330
            case .highland: 300
            case .urban: 450
            case .agency: 480
            case .enterprise: 380
            case .armedForces: 70
            }
        var member = SampleMember(
            number: nextMemberNumber, cell: Int32(cell), birthDate: exportDay, admittedOn: exportDay,
            isFemale: random.chance(perMille: femalePerMille), familyName: 0, middleName: 0, givenName: 0)
        nextMemberNumber += 1
        let isHighland = style == .highland
        if isHighland {
            member.ethnicity = random.chance(perMille: 250) ? 0 : UInt8(random.inRange(1...6))
        } else if random.chance(perMille: 30) {
            member.ethnicity = UInt8(random.inRange(1...6))
        }
        drawName(&member, isHighland: isHighland && member.ethnicity != 0)
        drawDates(&member, style: style)
        drawQualifications(&member, style: style)
        member.isExempt =
            random.chance(
                perMille: exportDay.number - member.birthDate.adding(years: 70).number >= 0 ? 350 : 8)
        member.isTaskAssigned = !member.isExempt && random.chance(perMille: 940)
        if random.chance(perMille: 100) {
            member.excusedPerMille = 90
            member.unexcusedPerMille = 20
        } else {
            member.excusedPerMille = 45
            member.unexcusedPerMille = 5
        }
        if random.chance(perMille: 6) {
            let year = random.inRange(firstYear...lastYear)
            if member.isActive(on: Day.firstOfYear(year)) && member.isActive(on: Day.lastOfYear(year)) {
                member.truantYear = Int16(year)
            }
        }
        member.hasShortDates = random.chance(perMille: 60)
        member.usesCommaLists = random.chance(perMille: 300)
        return member
    }

    private mutating func drawDates(_ member: inout SampleMember, style: MemberStyle) {
        let windowYears = lastYear - firstYear + 1
        // About 3 % of the members are admitted each year, unevenly.
        if random.chance(perMille: min(900, 27 * windowYears)) {
            let weights = [9, 11, 10, 8, 12]
            let year = firstYear + random.weighted((0..<windowYears).map { weights[$0 % weights.count] })
            member.admittedOn = random.day(from: Day.firstOfYear(year), through: Day.lastOfYear(year))
        } else {
            let isYoungUnit = style == .enterprise || style == .armedForces
            let span = isYoungUnit ? 20.0 : 46.0
            let draw = random.unit()
            let year = firstYear - 1 - Int(span * draw * draw.squareRoot())
            member.admittedOn = random.day(from: Day.firstOfYear(year), through: Day.lastOfYear(year))
        }
        let draw = random.unit()
        let age: Int
        switch style {
        case .armedForces: age = 18 + random.below(9)
        case .agency, .enterprise: age = 20 + Int(16 * draw * draw)
        case .rural, .highland, .urban: age = 18 + Int(26 * draw * draw)
        }
        member.birthDate = member.admittedOn.adding(years: -age).adding(days: -random.below(365))

        let due = member.admittedOn.adding(months: 12)
        let official = due.adding(
            days: [random.below(11), random.inRange(11...30), random.inRange(31...75)][
                random.weighted([70, 25, 5])])
        let isOverdueCase =
            member.admittedOn.year >= firstYear && due.adding(days: 30) < exportDay
            && random.chance(perMille: 20)
        if official <= exportDay && !isOverdueCase {
            member.officialOn = official
        }

        if random.chance(perMille: 95) {
            let earliest = max(member.admittedOn.adding(years: 1), Day.firstOfYear(firstYear - 4))
            if earliest < exportDay {
                let leftOn = random.day(from: earliest, through: exportDay)
                member.leftOn = leftOn
                let age = leftOn.year - member.birthDate.year
                if age >= 70 && random.chance(perMille: 700) {
                    member.leftReason = .deceased
                } else {
                    member.leftReason =
                        [.transferred, .deceased, .removed, .resigned, .expelled][
                            random.weighted([640, 60, 150, 90, 60])]
                }
                if let officialOn = member.officialOn, officialOn > leftOn {
                    member.officialOn = nil
                }
            }
        }
    }

    private mutating func drawQualifications(_ member: inout SampleMember, style: MemberStyle) {
        let education: [Int]
        let theory: [Int]
        switch style {
        case .rural, .highland:
            education = [5, 55, 20, 7, 13, 0, 0]
            theory = [35, 55, 10, 0]
        case .urban:
            education = [2, 30, 20, 10, 35, 3, 0]
            theory = [25, 50, 20, 5]
        case .agency:
            education = [0, 3, 10, 7, 62, 16, 2]
            theory = [5, 40, 40, 15]
        case .enterprise:
            education = [0, 15, 25, 15, 40, 5, 0]
            theory = [40, 50, 10, 0]
        case .armedForces:
            education = [0, 10, 30, 15, 40, 5, 0]
            theory = [10, 40, 40, 10]
        }
        member.education = Education.allCases[random.weighted(education)]
        member.politicalTheory = PoliticalTheory.allCases[random.weighted(theory)]
    }

    /// Gives the chi bộ its secretary, deputy and committee (chi ủy); in a commune's
    /// office cell the leaders are also the commune's key cadres (cán bộ chủ chốt cấp xã).
    mutating func assignRoles(cell: Int, isCommuneOffice: Bool) {
        guard organizations[cell].dissolvedOn == nil else { return }
        var active = members.indices.filter {
            members[$0].cell == cell && members[$0].isActive(on: exportDay) && !members[$0].isExempt
        }
        guard !active.isEmpty else { return }
        for index in stride(from: active.count - 1, to: 0, by: -1) {
            active.swapAt(index, random.below(index + 1))
        }
        var roles: [PartyRole] = [.secretary]
        if active.count >= 10 { roles.append(.deputySecretary) }
        let committee = active.count >= 20 ? 3 : active.count >= 9 ? 1 : 0
        roles += Array(repeating: PartyRole.committeeMember, count: committee)
        let keyCadres = isCommuneOffice ? min(active.count, random.inRange(4...5)) : 0
        for (position, index) in active.enumerated() {
            let role: PartyRole? = position < roles.count ? roles[position] : nil
            let isKeyCadre = position < keyCadres
            guard role != nil || isKeyCadre else { break }
            if let role { members[index].roles |= PartyRole.bit(role) }
            if isKeyCadre {
                members[index].roles |= PartyRole.bit(.communeKeyCadre) | PartyRole.bit(.committeeMember)
                if random.chance(perMille: 850) {
                    members[index].education =
                        [.university, .university, .university, .master][random.below(4)]
                }
                if random.chance(perMille: 850) {
                    members[index].politicalTheory = random.chance(perMille: 800) ? .intermediate : .advanced
                }
            }
            if members[index].politicalTheory == .none {
                members[index].politicalTheory = .elementary
            }
        }
    }
}
