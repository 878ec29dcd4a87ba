import ChiboCore

// What the chi bộ and members did: meetings, attendance, ratings, trainings, inspections.
extension SampleWriter {
    func writeMeetings(_ plan: DistrictPlan, recordsBadRows: Bool) throws(FileError) {
        var stream = MeetingStream(
            random: random, nextMeetingNumber: nextMeetingNumber, recordsBadRows: recordsBadRows,
            meetingsFile: meetingsFile, attendanceFile: attendanceFile, members: plan.members,
            firstDay: firstDay, lastDay: exportDay)
        for (cell, organization) in plan.organizations.enumerated() where organization.isPartyCell {
            try stream.writeMeetings(of: organization, cell: cell)
        }
        random = stream.random
        nextMeetingNumber = stream.nextMeetingNumber
        if recordsBadRows {
            try writeBadMeetingRows(plan, stream: stream)
        }
    }

    /// One rating a year for every member on the list at the year's end (exempt members
    /// are not rated), about 85 % good or better, a little better each year.
    func writeMemberRatings(_ plan: DistrictPlan, recordsBadRows: Bool) throws(FileError) {
        let file = memberRatingsFile
        let years = configuration.firstYear...configuration.lastYear
        for year in years {
            let yearEnd = Day.lastOfYear(year)
            let admittedBy = Day(year: year, month: 10, day: 31)!
            let step = year - configuration.firstYear
            let goodOrBetter = [830, 845, 860, 870, 880][min(step, 4)]
            let weights = [150, goodOrBetter - 150, 1000 - goodOrBetter - 25, 25]
            let labels = ratingLabels(year: year, template: plan.template, isMember: true)
            var isFirstRow = true
            for member in plan.members
            where !member.isExempt && member.admittedOn <= admittedBy && member.isActive(on: yearEnd) {
                let level =
                    member.truantYear == year
                    ? (random.chance(perMille: 600) ? 2 : 3) : random.weighted(weights)
                if recordsBadRows && isFirstRow && year == configuration.firstYear {
                    isFirstRow = false
                    try writeRating(year: year, member: member.number, label: labels[level], to: file)
                    // The same member rated twice for the year, with another result.
                    expect(file, .error, "duplicate rating: member \(member.number) rated twice for \(year)")
                    try writeRating(
                        year: year, member: member.number, label: labels[(level + 1) % 4], to: file)
                    continue
                }
                try writeRating(year: year, member: member.number, label: labels[level], to: file)
            }
        }
    }

    private func writeRating(year: Int, member: Int, label: [UInt8], to file: ExportFile) throws(FileError) {
        file.decimal(year)
        file.separator()
        SampleWriter.writeMemberNumber(member, to: file)
        file.separator()
        file.text(label)
        try file.endRecord()
    }

    /// The rating labels used in a year: the old wording in the first year (before the
    /// 2017 regulation), the abbreviations in the bloc's export, the full wording elsewhere.
    private func ratingLabels(year: Int, template: DistrictTemplate, isMember: Bool) -> [[UInt8]] {
        let isOld = year == configuration.firstYear && year <= 2017
        if isOld {
            if isMember { return ExportLabels.memberRatingsOld }
            return template == .bloc
                ? ExportLabels.organizationRatingsOldAbbreviated
                : ExportLabels.organizationRatingsOld
        }
        return template == .bloc ? ExportLabels.ratingsAbbreviated : ExportLabels.ratingsCurrent
    }

    /// One rating a year for every grassroots organization, đảng bộ bộ phận and chi bộ
    /// existing at the year's end; struggling chi bộ are rated lower.
    func writeOrganizationRatings(_ plan: DistrictPlan) throws(FileError) {
        let file = organizationRatingsFile
        for year in configuration.firstYear...configuration.lastYear {
            let yearEnd = Day.lastOfYear(year)
            let labels = ratingLabels(year: year, template: plan.template, isMember: false)
            for organization in plan.organizations
            where organization.isRated && organization.isActive(on: yearEnd) {
                let weights: [Int]
                if organization.missedMonthPerMille >= 120 {
                    weights = [50, 600, 250, 100]
                } else if organization.level.isGrassroots {
                    weights = [200, 710, 70, 20]
                } else {
                    weights = [180, 730, 75, 15]
                }
                file.decimal(year)
                file.separator()
                file.text(Array(organization.id.utf8))
                file.separator()
                file.text(labels[random.weighted(weights)])
                try file.endRecord()
            }
        }
    }

    /// Trainings of committee members: most current holders were trained during the
    /// term, some only before it, some never; a few other members too.
    func writeTrainings(_ plan: DistrictPlan) throws(FileError) {
        let file = trainingsFile
        let committeeRoles =
            PartyRole.bit(.secretary) | PartyRole.bit(.deputySecretary) | PartyRole.bit(.committeeMember)
        for member in plan.members where member.leftOn == nil {
            let isHolder = member.roles & committeeRoles != 0
            guard isHolder || random.chance(perMille: 10) else { continue }
            let days: [Day]
            switch random.weighted([850, 50, 100]) {
            case 0:
                days = (0..<random.inRange(1...3)).map { _ in random.day(from: firstDay, through: exportDay) }
            case 1:
                let year = configuration.firstYear - 1 - random.below(2)
                days = [random.day(from: Day.firstOfYear(year), through: Day.lastOfYear(year))]
            default:
                days = []
            }
            for day in days where day >= member.admittedOn {
                SampleWriter.writeMemberNumber(member.number, to: file)
                file.separator()
                file.date(day, isShort: true)
                file.separator()
                if !hasWrappedCourse {
                    hasWrappedCourse = true
                    file.text(ExportLabels.wrappedCourse)
                } else {
                    file.text(ExportLabels.courses[random.below(ExportLabels.courses.count)])
                }
                try file.endRecord()
            }
        }
    }

    /// Inspections of each chi bộ by its superior committee, about one a half-year,
    /// with gaps; a few chi bộ are never inspected.
    func writeInspections(_ plan: DistrictPlan) throws(FileError) {
        let file = inspectionsFile
        for organization in plan.organizations where organization.isPartyCell {
            let id = Array(organization.id.utf8)
            for year in configuration.firstYear...configuration.lastYear {
                for half in 0..<2 {
                    let first = Day(year: year, month: half * 6 + 1, day: 1)!
                    let last = first.adding(months: 6).adding(days: -1)
                    let day = random.day(from: first, through: last)
                    guard random.chance(perMille: organization.inspectionPerMille),
                        organization.isActive(on: day)
                    else { continue }
                    file.text(id)
                    file.separator()
                    file.date(day, isShort: random.chance(perMille: 500))
                    file.separator()
                    let inspectors = organization.inspectorNames
                    file.text(Array(inspectors[random.below(inspectors.count)].utf8))
                    try file.endRecord()
                }
            }
        }
    }

    /// The targets of the seed documents, with the default values of SPEC's catalog: the
    /// province resolution's (seed 002, 2016–2020) for its years, the others open.
    func writeTargets() throws(FileError) {
        let file = targetsFile
        let term = (2016, 2020)
        let rows: [(String, String, String, (Int, Int)?, String)] = [
            ("admissions", ">=", "2300", term, "Tỉnh"),
            ("admission_rate", ">=", "3", nil, ""),
            ("probation_overdue", "=", "0", nil, ""),
            ("task_assigned_ratio", ">=", "100", term, ""),
            ("village_head_member_ratio", ">=", "75", term, ""),
            ("white_villages", "=", "0", term, ""),
            ("villages_without_cell", "=", "0", term, ""),
            ("member_rating_good_or_better", ">", "84", term, ""),
            ("grassroots_rating_good_or_better", ">=", "90", term, ""),
            ("cell_rating_good_or_better", ">=", "100", nil, ""),
            ("weak_organizations", "=", "0", nil, ""),
            ("periodic_meeting_regularity", ">=", "100", nil, ""),
            ("periodic_meeting_on_time", ">=", "100", nil, ""),
            ("thematic_meeting_quarterly", ">=", "100", nil, ""),
            ("meeting_resolution_ratio", ">=", "100", nil, ""),
            ("cells_with_regulations", ">=", "100", nil, ""),
            ("admission_plan_ratio", ">=", "100", term, ""),
            ("committee_trained_ratio", ">=", "100", term, ""),
            ("cells_inspected_half_yearly", ">=", "100", term, ""),
            ("cells_inspected_term", ">=", "100", nil, ""),
            ("commune_key_cadre_qualified", ">=", "100", term, ""),
        ]
        for (indicator, comparator, value, years, scope) in rows {
            file.text(Array(indicator.utf8))
            file.separator()
            file.text(Array(comparator.utf8))
            file.separator()
            file.text(Array(value.utf8))
            file.separator()
            if let years { file.decimal(years.0) }
            file.separator()
            if let years { file.decimal(years.1) }
            file.separator()
            file.text(Array(scope.utf8))
            try file.endRecord()
        }
    }
}
