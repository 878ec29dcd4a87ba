import ChiboCore

// The deliberately bad rows (see `DeliberateProblem`), written into the first district's
// part of each file so that they sit among ordinary rows.
extension SampleWriter {
    /// Member rows that ingest must reject, and three it keeps with a warning.
    func writeBadMembers(_ plan: DistrictPlan) throws(FileError) {
        guard
            let cell = plan.organizations.first(where: { $0.isPartyCell && $0.villageIndex != nil }),
            let commune = plan.organizations.first(where: { $0.kind == .commune }),
            let existing = plan.members.first(where: { $0.leftOn == nil && !$0.isExempt })
        else { return }
        let file = membersFile
        let cellID = cell.id
        func fresh() -> String {
            defer { nextMemberNumber += 1 }
            return DistrictBuilder.padded(nextMemberNumber, 8)
        }
        func row(
            _ id: String, _ name: String, birth: String, female: Bool = false, org: String? = nil,
            admitted: String, official: String = "", left: String = "", reason: String = ""
        ) throws(FileError) {
            try writeRawMember(
                [
                    id, name, birth, female ? "Nữ" : "Nam", "Kinh", org ?? cellID, "", admitted, official,
                    left,
                    reason, "", "Có", "", "Trung học", "Sơ cấp",
                ], to: file)
        }
        let duplicate = DistrictBuilder.padded(existing.number, 8)
        expect(file, .error, "duplicate member_id \(duplicate) (the later row)")
        try row(
            duplicate, "Trần Thị Bích Ngọc", birth: "12/05/1985", female: true, admitted: "20/10/2010",
            official: "20/10/2011")
        expect(file, .error, "official_on before admitted_on")
        try row(fresh(), "Lê Văn Thành", birth: "04/04/1980", admitted: "15/06/2015", official: "15/06/2014")
        expect(file, .error, "admitted at age 17")
        try row(
            fresh(), "Phạm Thị Hoa", birth: "10/05/2001", female: true, admitted: "02/09/2018",
            official: "02/09/2019")
        expect(file, .error, "two-digit year in admitted_on (03/02/17)")
        try row(fresh(), "Hoàng Văn Nam", birth: "21/11/1990", admitted: "03/02/17")
        expect(file, .error, "impossible date in official_on (31/02/2018)")
        try row(
            fresh(), "Vũ Thị Thu Trang", birth: "08/08/1992", female: true, admitted: "15/01/2017",
            official: "31/02/2018")
        expect(file, .error, "org_id \(commune.id) is a đảng bộ cơ sở, not a chi bộ")
        try row(
            fresh(), "Đỗ Minh Đức", birth: "30/06/1975", org: commune.id, admitted: "19/05/2000",
            official: "19/05/2001")
        expect(file, .error, "left_on before admitted_on")
        try row(
            fresh(), "Bùi Quang Huy", birth: "17/02/1983", admitted: "19/05/2012", official: "19/05/2013",
            left: "01/01/2011", reason: "Chuyển sinh hoạt đi")
        expect(file, .error, "left_on without left_reason")
        try row(
            fresh(), "Ngô Thị Lan", birth: "25/12/1988", female: true, admitted: "03/02/2012",
            official: "03/02/2013", left: "15/08/2019")
        expect(file, .error, "empty member_id")
        try row("", "Đặng Văn Lợi", birth: "01/03/1979", admitted: "07/11/2005", official: "07/11/2006")

        // Kept with a warning.
        var spaced = String(decoding: existing.fullName, as: UTF8.self)
        spaced = spaced.split(separator: " ").joined(separator: "  ")
        expect(
            file, .warning,
            "same person as member \(duplicate) (name with double spaces, same birth date) under another id")
        try row(
            fresh(), spaced, birth: dateText(existing.birthDate), female: existing.isFemale,
            admitted: dateText(existing.admittedOn), official: existing.officialOn.map(dateText) ?? "")
        expect(file, .warning, "name typed with the TCVN3 font (NguyÔn V¨n An for Nguyễn Văn An)")
        try row(fresh(), "NguyÔn V¨n An", birth: "14/07/1968", admitted: "22/12/1995", official: "22/12/1996")
        expect(file, .warning, "official_on only 6 months after admitted_on (older charter)")
        try row(
            fresh(), "Lương Văn Chiến", birth: "02/09/1950", admitted: "12/03/1978", official: "12/09/1978")
    }

    private func writeRawMember(_ fields: [String], to file: ExportFile) throws(FileError) {
        file.decimal(file.recordCount + 1)
        for field in fields {
            file.separator()
            file.text(Array(field.utf8))
        }
        try file.endRecord()
    }

    private func dateText(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.components
        return DistrictBuilder.padded(dayOfMonth, 2) + "/" + DistrictBuilder.padded(month, 2) + "/"
            + String(year)
    }

    /// A meeting of a chi bộ that does not exist, and three bad attendance rows.
    func writeBadMeetingRows(_ plan: DistrictPlan, stream: MeetingStream) throws(FileError) {
        let meetings = meetingsFile
        expect(meetings, .error, "meeting of unknown chi bộ SH.99.99")
        let meetingID = "BB" + DistrictBuilder.padded(nextMeetingNumber, 7)
        nextMeetingNumber += 1
        for (index, field) in [meetingID, "SH.99.99", "15/03/2018", "Định kỳ", "Có", "Tốt", ""].enumerated() {
            if index > 0 { meetings.separator() }
            meetings.text(Array(field.utf8))
        }
        try meetings.endRecord()

        let attendance = attendanceFile
        func row(_ meeting: [UInt8], _ member: Int, _ status: Int) throws(FileError) {
            attendance.raw(meeting)
            attendance.separator()
            SampleWriter.writeMemberNumber(member, to: attendance)
            attendance.separator()
            attendance.raw(ExportLabels.attendance[status])
            try attendance.endRecord()
        }
        if let first = stream.firstAttendance {
            let meeting = String(decoding: first.meeting, as: UTF8.self)
            expect(attendance, .error, "attendance of unknown member 99999999 at \(meeting)")
            try row(first.meeting, 99_999_999, 0)
            expect(attendance, .error, "second attendance row for \(meeting) and member \(first.member)")
            try row(first.meeting, first.member, 1)
        }
        if let early = stream.notYetAdmitted {
            let meeting = String(decoding: early.meeting, as: UTF8.self)
            expect(attendance, .error, "member \(early.member) not yet admitted on the date of \(meeting)")
            try row(early.meeting, early.member, 0)
        }
    }
}
