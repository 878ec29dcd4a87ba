import CSV
import ChiboCore

extension Dataset {
    /// Streams meetings.csv and attendance.csv into `meetingActivity` and
    /// `unexcusedMonths`. Only meetings dated in `window` count; attendance rows naming
    /// another meeting, or an unknown meeting or member (which ingest rejects), are skipped.
    ///
    /// Both files are sorted by meeting_id (the contract), so they are read side by side
    /// like a merge and no meeting is held: memory follows members and organizations, not
    /// meetings or attendance rows. Files out of that order (written by hand) are read
    /// again with every meeting of the window indexed by id, to the same result.
    mutating func loadMeetingActivity(in directory: String, window: ReviewWindow) throws(IndicatorsError) {
        if try loadSortedMeetingActivity(in: directory, window: window) { return }
        try loadUnsortedMeetingActivity(in: directory, window: window)
    }

    private mutating func resetMeetingActivity(window: ReviewWindow) {
        meetingActivity = MeetingActivity(
            organizationCount: organizationIDs.count, unitCount: units.count, yearCount: window.years.count)
        unexcusedMonths = Array(repeating: 0, count: memberIDs.count * window.years.count)
    }

    /// The merge of the two sorted files; false, with nothing to keep, as soon as either
    /// file turns out not to be sorted by meeting_id (or repeats a meeting).
    mutating func loadSortedMeetingActivity(
        in directory: String, window: ReviewWindow
    ) throws(IndicatorsError) -> Bool {
        resetMeetingActivity(window: window)
        let meetings = try NormalizedFile.open(.meetings, in: directory)!
        let attendance = try NormalizedFile.open(.attendance, in: directory)!
        let yearCount = window.years.count
        var previousMeeting: [UInt8] = []
        var attendanceMeeting: [UInt8] = []
        var pending = try attendance.nextRow()
        while let row = try meetings.nextRow() {
            let identifier = try meetings.identifier(row, 0)
            let facts = try Dataset.meetingFacts(row, file: meetings)
            let isAfterPrevious =
                previousMeeting.isEmpty
                || previousMeeting.withUnsafeBufferPointer { identifier.compareBytewise($0) > 0 }
            guard isAfterPrevious else { return false }
            previousMeeting.replaceSubrange(previousMeeting.indices, with: identifier)
            let year = window.yearIndex(of: Day(number: facts.date))
            var counts = MeetingAttendance()
            while let attendanceRow = pending {
                let meetingField = attendanceRow[0]
                let order = meetingField.compareBytewise(identifier)
                if order > 0 { break }
                guard Dataset.follows(meetingField, &attendanceMeeting) else { return false }
                let status = try Dataset.attendanceStatus(
                    attendanceRow[2], file: attendance, row: attendanceRow)
                if order == 0, let year, let member = memberIDs.index(of: attendanceRow[1]) {
                    count(status, of: member, at: facts.date, year: year, yearCount: yearCount, into: &counts)
                }
                pending = try attendance.nextRow()
            }
            if let year {
                let organization = organizationIDs.index(of: row[1]) ?? -1
                meetingActivity.add(
                    facts, year: year, organization: organization, unit: unit(ofOrganization: organization),
                    attendance: counts)
            }
        }
        // Rows after the last meeting name no meeting; they are still checked.
        while let attendanceRow = pending {
            guard Dataset.follows(attendanceRow[0], &attendanceMeeting) else { return false }
            _ = try Dataset.attendanceStatus(attendanceRow[2], file: attendance, row: attendanceRow)
            pending = try attendance.nextRow()
        }
        return true
    }

    /// Whether attendance's `meetingField` is not before the previous row's meeting id
    /// (`previous`, updated).
    @inline(__always)
    private static func follows(_ meetingField: UnsafeBufferPointer<UInt8>, _ previous: inout [UInt8]) -> Bool
    {
        let order = previous.withUnsafeBufferPointer { meetingField.compareBytewise($0) }
        if order < 0 { return false }
        if order > 0 { previous.replaceSubrange(previous.indices, with: meetingField) }
        return true
    }

    /// Files in any order: the meetings of the window held by id, attendance counted per
    /// meeting, then every meeting added.
    mutating func loadUnsortedMeetingActivity(
        in directory: String, window: ReviewWindow
    ) throws(IndicatorsError) {
        resetMeetingActivity(window: window)
        let meetings = try NormalizedFile.open(.meetings, in: directory)!
        var meetingIDs = IdentifierTable()
        var facts: [MeetingFacts] = []
        var organizations: [Int32] = []
        while let row = try meetings.nextRow() {
            let identifier = try meetings.identifier(row, 0)
            let meeting = try Dataset.meetingFacts(row, file: meetings)
            guard window.contains(Day(number: meeting.date)) else { continue }
            let (_, isNew) = meetingIDs.insert(identifier)
            guard isNew else { throw meetings.malformed(row, 0, expected: "meeting_id không trùng") }
            organizations.append(organizationIDs.index(of: row[1]) ?? -1)
            facts.append(meeting)
        }
        let yearCount = window.years.count
        var counts = [MeetingAttendance](repeating: MeetingAttendance(), count: facts.count)
        let attendance = try NormalizedFile.open(.attendance, in: directory)!
        while let row = try attendance.nextRow() {
            let status = try Dataset.attendanceStatus(row[2], file: attendance, row: row)
            guard let meeting = meetingIDs.index(of: row[0]).map(Int.init),
                let member = memberIDs.index(of: row[1])
            else { continue }
            let date = facts[meeting].date
            let year = window.yearIndex(of: Day(number: date))!
            count(status, of: member, at: date, year: year, yearCount: yearCount, into: &counts[meeting])
        }
        for meeting in facts.indices {
            let organization = organizations[meeting]
            meetingActivity.add(
                facts[meeting], year: window.yearIndex(of: Day(number: facts[meeting].date))!,
                organization: organization, unit: unit(ofOrganization: organization),
                attendance: counts[meeting])
        }
    }

    /// Counts one attendance row of `member` at a meeting on day `date` of clipped year
    /// `year`; an unexcused row also marks the month in `unexcusedMonths`.
    @inline(__always)
    private mutating func count(
        _ status: AttendanceStatus, of member: Int32, at date: Int32, year: Int, yearCount: Int,
        into counts: inout MeetingAttendance
    ) {
        counts.rows += 1
        if !isExempt[Int(member)] {
            counts.nonExemptRows += 1
            if status == .present { counts.nonExemptPresent += 1 }
        }
        guard status == .unexcused else { return }
        counts.hasUnexcusedRow = true
        let (_, month, _) = Day(number: date).components
        unexcusedMonths[Int(member) * yearCount + year] |= 1 << (month - 1)
    }

    /// The fields of a meetings.csv row after its id, checked.
    private static func meetingFacts(_ row: CSVRow, file: NormalizedFile) throws(IndicatorsError)
        -> MeetingFacts
    {
        let date = try file.day(row, 2)
        let kind = try file.code(row, 3, as: MeetingKind.self)!
        let hasResolution = try file.bool(row, 4)
        let quality = try file.code(row, 5, as: MeetingQuality.self, isOptional: true)
        let isSuperiorAttended = try file.bool(row, 6)
        return MeetingFacts(
            date: date, kind: kind, hasResolution: hasResolution, quality: quality,
            isSuperiorAttended: isSuperiorAttended)
    }

    @inline(__always)
    private static func attendanceStatus(
        _ field: UnsafeBufferPointer<UInt8>, file: NormalizedFile, row: CSVRow
    ) throws(IndicatorsError) -> AttendanceStatus {
        if field.equals("present") { return .present }
        if field.equals("unexcused") { return .unexcused }
        if field.equals("excused") { return .excused }
        throw file.malformed(row, 2, expected: "một trong present, excused, unexcused")
    }
}
