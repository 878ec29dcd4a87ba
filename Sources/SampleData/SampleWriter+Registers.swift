import ChiboCore

// The registers: organizations, villages, members.
extension SampleWriter {
    func writeRoot() throws(FileError) {
        let file = organizationsFile
        file.text(Array(SampleWriter.rootID.utf8))
        file.separator()
        file.text(Array("Đảng bộ tỉnh Sơn Hà".utf8))
        file.separator()
        file.separator()
        file.text(Array("Đảng bộ tỉnh".utf8))
        file.separator()
        file.separator()
        file.separator()
        file.date(Day(year: 1947, month: 3, day: 19)!)
        file.separator()
        file.separator()
        file.raw(ExportLabels.mark)
        file.separator()
        file.separator()
        file.raw(ExportLabels.yes)
        file.separator()
        file.raw(ExportLabels.yes)
        try file.endRecord()
    }

    func writeOrganizations(_ plan: DistrictPlan) throws(FileError) {
        let file = organizationsFile
        for organization in plan.organizations {
            file.text(Array(organization.id.utf8))
            file.separator()
            file.text(Array(organization.name.utf8))
            file.separator()
            file.text(Array(organization.parentID.utf8))
            file.separator()
            file.text(Array(organization.levelLabel.utf8))
            file.separator()
            file.text(Array(organization.kindLabel.utf8))
            file.separator()
            if let village = organization.villageIndex { file.text(Array(plan.villages[village].id.utf8)) }
            file.separator()
            if let day = organization.establishedOn { file.date(day) }
            file.separator()
            if let day = organization.dissolvedOn { file.date(day) }
            file.separator()
            writeBoolean(organization.hasRegulations, to: file, style: .mark)
            file.separator()
            writeBoolean(organization.hasMergedMeetings, to: file, style: .mark)
            file.separator()
            writeBoolean(organization.hasCandidatePool, to: file, style: .word)
            file.separator()
            writeBoolean(organization.hasAdmissionPlan, to: file, style: .word)
            try file.endRecord()
        }
    }

    func writeVillages(_ plan: DistrictPlan) throws(FileError) {
        let file = villagesFile
        for village in plan.villages {
            file.text(Array(village.id.utf8))
            file.separator()
            file.text(Array(village.name.utf8))
            file.separator()
            file.text(Array(plan.organizations[village.communeIndex].id.utf8))
            file.separator()
            file.text(village.headName)
            file.separator()
            if let number = village.headMemberNumber { SampleWriter.writeMemberNumber(number, to: file) }
            file.separator()
            file.text(Array(village.headIsMemberLabel.utf8))
            file.separator()
            if let day = village.dissolvedOn { file.date(day) }
            try file.endRecord()
        }
    }

    func writeMembers(_ plan: DistrictPlan) throws(FileError) {
        let organizationIDs = plan.organizations.map { Array($0.id.utf8) }
        let villageIDs = plan.villages.map { Array($0.id.utf8) }
        let file = membersFile
        for member in plan.members {
            let isShort = member.hasShortDates
            file.decimal(file.recordCount + 1)
            file.separator()
            SampleWriter.writeMemberNumber(member.number, to: file)
            file.separator()
            file.text(member.fullName)
            file.separator()
            file.date(member.birthDate, isShort: isShort)
            file.separator()
            file.raw(member.isFemale ? ExportLabels.female : ExportLabels.male)
            file.separator()
            file.text(VietnameseNames.ethnicities[Int(member.ethnicity)])
            file.separator()
            file.text(organizationIDs[Int(member.cell)])
            file.separator()
            if member.village >= 0 { file.text(villageIDs[Int(member.village)]) }
            file.separator()
            file.date(member.admittedOn, isShort: isShort)
            file.separator()
            if let day = member.officialOn { file.date(day, isShort: isShort) }
            file.separator()
            if let day = member.leftOn { file.date(day, isShort: isShort) }
            file.separator()
            if let reason = member.leftReason { file.text(ExportLabels.leftReason(reason)) }
            file.separator()
            writeBoolean(member.isExempt, to: file, style: .mark)
            file.separator()
            writeBoolean(member.isTaskAssigned, to: file, style: .word)
            file.separator()
            file.text(rolesLabel(member, cell: plan.organizations[Int(member.cell)]))
            file.separator()
            file.text(ExportLabels.education(member.education, variant: member.number))
            file.separator()
            file.text(ExportLabels.politicalTheory(member.politicalTheory, variant: member.number))
            try file.endRecord()
        }
    }

    /// The roles as the member database lists them, with the committee title that fits
    /// the organization (Đảng ủy viên for a commune's key cadres, Chi ủy viên in a chi bộ).
    private func rolesLabel(_ member: SampleMember, cell: SampleOrganization) -> [UInt8] {
        guard member.roles != 0 else { return [] }
        var labels: [String] = []
        if member.holds(.secretary) { labels.append("Bí thư") }
        if member.holds(.deputySecretary) { labels.append("Phó bí thư") }
        if member.holds(.committeeMember) {
            labels.append(
                member.holds(.communeKeyCadre)
                    ? "Đảng ủy viên" : cell.level == .grassrootsCell ? "Cấp ủy viên" : "Chi ủy viên")
        }
        if member.holds(.communeKeyCadre) { labels.append("Cán bộ chủ chốt cấp xã") }
        return Array(labels.joined(separator: member.usesCommaLists ? ", " : "; ").utf8)
    }
}
