import CSV
import ChiboCore

extension Dataset {
    /// Streams meetings.csv and attendance.csv into `meetingActivity` and
    /// `unexcusedMonths`. Only meetings dated in `window` count; attendance rows naming
    /// another meeting, or an unknown meeting or member (which ingest rejects), are skipped.
    /// With a `companion` (`startCompanionReading`), attendance's rows are read from it
    /// (`loadCompanionMeetingActivity`) unless anything is unusual, else from the CSV.
    ///
    /// Both files are sorted by meeting_id (the contract), so they are read side by side
    /// like a merge and no meeting is held: memory follows members and organizations, not
    /// meetings or attendance rows. Files out of that order (written by hand) are read
    /// again with every meeting of the window indexed by id, to the same result.
    mutating func loadMeetingActivity(
        in directory: String, window: ReviewWindow, split: SplitOffsets = .halves,
        companion: CompanionReading? = nil
    ) throws(IndicatorsError) {
        if let companion, loadCompanionMeetingActivity(companion, window: window, split: split) { return }
        if loadSplitMeetingActivity(in: directory, window: window, split: split) { return }
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
        var part = MeetingActivityPart(activity: meetingActivity, unexcusedMonths: unexcusedMonths)
        unexcusedMonths = []
        try merge(meetings: meetings, attendance: attendance, window: window, stops: nil, into: &part)
        guard part.isSorted else {
            resetMeetingActivity(window: window)
            return false
        }
        meetingActivity = part.activity
        unexcusedMonths = part.unexcusedMonths
        return true
    }

    /// The merge of the two sorted files by two readers at once, the second from a meeting
    /// near the middle of attendance.csv, each tallying apart; the tallies are sums and
    /// unions, so adding them gives those of one reader. False, with nothing kept, when the
    /// files are small or anything is unusual (a file out of order, a row that does not
    /// read, a split that is not at a record): then one reader reads again from the start,
    /// so that the outcome, diagnostics included, is always the one of one reader.
    mutating func loadSplitMeetingActivity(
        in directory: String, window: ReviewWindow, split: SplitOffsets
    ) -> Bool {
        do throws(IndicatorsError) {
            guard let later = try MeetingSplit.find(in: directory, split: split) else { return false }
            let empty = MeetingActivityPart(
                activity: MeetingActivity(
                    organizationCount: organizationIDs.count, unitCount: units.count,
                    yearCount: window.years.count),
                unexcusedMonths: Array(repeating: 0, count: memberIDs.count * window.years.count))
            let snapshot = self
            let readers = Handover(value: later)
            let secondHalf = BackgroundWork {
                Result { () throws(IndicatorsError) -> MeetingActivityPart in
                    var part = empty
                    try snapshot.merge(
                        meetings: readers.value.meetings, attendance: readers.value.attendance,
                        window: window,
                        stops: nil, into: &part)
                    return part
                }
            }
            var first = empty
            let firstOutcome: Result<Void, IndicatorsError>
            do throws(IndicatorsError) {
                let meetings = try NormalizedFile.open(.meetings, in: directory)!
                let attendance = try NormalizedFile.open(.attendance, in: directory)!
                try merge(
                    meetings: meetings, attendance: attendance, window: window,
                    stops: (later.meetingOffset, later.attendanceOffset), into: &first)
                // Stopped before the end: no progress line is left on the terminal.
                meetings.finishProgress()
                attendance.finishProgress()
                firstOutcome = .success(())
            } catch {
                firstOutcome = .failure(error)
            }
            let second = try secondHalf.takeValue().get()
            try firstOutcome.get()
            guard first.isSorted, first.metStops, second.isSorted,
                first.precedes(
                    laterMeeting: later.firstMeeting, laterAttendanceMeeting: later.firstAttendanceMeeting)
            else { return false }
            first.add(second)
            meetingActivity = first.activity
            unexcusedMonths = first.unexcusedMonths
            return true
        } catch {
            return false
        }
    }

    /// Tallies meetings and attendance read side by side into `part`; stops before the rows
    /// starting at `stops` (text offsets of meetings.csv and attendance.csv), noting in
    /// `part.metStops` when a file does not have a row starting exactly there.
    func merge(
        meetings: NormalizedFile, attendance: NormalizedFile, window: ReviewWindow,
        stops: (meetings: Int, attendance: Int)?, into part: inout MeetingActivityPart
    ) throws(IndicatorsError) {
        let yearCount = window.years.count
        var previousMeeting: [UInt8] = []
        var attendanceMeeting: [UInt8] = []
        var members = NearbyLookUp(trying: 1...4)
        var organizations = NearbyLookUp(trying: 0...1)
        defer {
            part.lastMeeting = previousMeeting
            part.lastAttendanceMeeting = attendanceMeeting
        }
        var pending = try Dataset.nextRow(of: attendance, before: stops?.attendance, &part.metStops)
        while let row = try Dataset.nextRow(of: meetings, before: stops?.meetings, &part.metStops) {
            let identifier = try meetings.identifier(row, 0)
            let facts = try Dataset.meetingFacts(row, file: meetings)
            let isAfterPrevious =
                previousMeeting.isEmpty
                || previousMeeting.withUnsafeBufferPointer { identifier.compareBytewise($0) > 0 }
            guard isAfterPrevious else {
                part.isSorted = false
                return
            }
            previousMeeting.replaceSubrange(previousMeeting.indices, with: identifier)
            let date = Day(number: facts.date)
            let (dateYear, month, dayOfMonth) = date.components
            let year = window.contains(date) ? dateYear - window.start.year : nil
            var counts = MeetingAttendance()
            // How the last attendance row's meeting sorts against this meeting, once known:
            // a meeting's rows come together, so most rows are compared once, not twice.
            var lastOrder: Int? = nil
            while let attendanceRow = pending {
                let meetingField = attendanceRow[0]
                let order: Int
                if let lastOrder, attendanceMeeting.withUnsafeBufferPointer({ meetingField.equals($0) }) {
                    order = lastOrder
                } else {
                    order = meetingField.compareBytewise(identifier)
                    // A row after this meeting is after every row before it too.
                    guard Dataset.follows(meetingField, &attendanceMeeting) else {
                        part.isSorted = false
                        return
                    }
                    lastOrder = order
                }
                if order > 0 { break }
                let status = try Dataset.attendanceStatus(
                    attendanceRow[2], file: attendance, row: attendanceRow)
                if order == 0, let year, let member = members.index(of: attendanceRow[1], in: memberIDs) {
                    Dataset.count(
                        status, of: member, isExempt: isExempt[Int(member)], inMonth: month, year: year,
                        yearCount: yearCount, into: &counts,
                        unexcusedMonths: &part.unexcusedMonths)
                }
                pending = try Dataset.nextRow(of: attendance, before: stops?.attendance, &part.metStops)
            }
            if let year {
                let organization = organizations.index(of: row[1], in: organizationIDs) ?? -1
                part.activity.add(
                    facts, year: year, month: month, dayOfMonth: dayOfMonth, organization: organization,
                    unit: unit(ofOrganization: organization), attendance: counts)
            }
        }
        // Rows after the last meeting name no meeting; they are still checked.
        while let attendanceRow = pending {
            guard Dataset.follows(attendanceRow[0], &attendanceMeeting) else {
                part.isSorted = false
                return
            }
            _ = try Dataset.attendanceStatus(attendanceRow[2], file: attendance, row: attendanceRow)
            pending = try Dataset.nextRow(of: attendance, before: stops?.attendance, &part.metStops)
        }
    }

    /// The next row of `file`; nil at its end or at the row starting at text offset `stop`
    /// (`metStop` turns false when the file has no row starting exactly there).
    @inline(__always)
    private static func nextRow(
        of file: NormalizedFile, before stop: Int?, _ metStop: inout Bool
    ) throws(IndicatorsError) -> CSVRow? {
        guard let row = try file.nextRow() else {
            if stop != nil { metStop = false }
            return nil
        }
        guard let stop, row.byteOffset >= stop else { return row }
        if row.byteOffset != stop { metStop = false }
        return nil
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
            Dataset.count(
                status, of: member, isExempt: isExempt[Int(member)], inMonth: Day(number: date).month,
                year: year,
                yearCount: yearCount, into: &counts[meeting],
                unexcusedMonths: &unexcusedMonths)
        }
        for meeting in facts.indices {
            let organization = organizations[meeting]
            let (_, month, dayOfMonth) = Day(number: facts[meeting].date).components
            meetingActivity.add(
                facts[meeting], year: window.yearIndex(of: Day(number: facts[meeting].date))!, month: month,
                dayOfMonth: dayOfMonth, organization: organization, unit: unit(ofOrganization: organization),
                attendance: counts[meeting])
        }
    }

    /// Counts one attendance row of `member` at a meeting in month `month` of clipped
    /// year `year`; an unexcused row also marks the month in `unexcusedMonths`.
    @inline(__always)
    private static func count(
        _ status: AttendanceStatus, of member: Int32, isExempt: Bool, inMonth month: Int, year: Int,
        yearCount: Int, into counts: inout MeetingAttendance, unexcusedMonths: inout [UInt16]
    ) {
        counts.rows += 1
        if !isExempt {
            counts.nonExemptRows += 1
            if status == .present { counts.nonExemptPresent += 1 }
        }
        guard status == .unexcused else { return }
        counts.hasUnexcusedRow = true
        unexcusedMonths[Int(member) * yearCount + year] |= 1 << (month - 1)
    }

    /// The fields of a meetings.csv row after its id, checked.
    static func meetingFacts(_ row: CSVRow, file: NormalizedFile) throws(IndicatorsError)
        -> MeetingFacts
    {
        try meetingFacts(row, file: file, date: try file.day(row, 2))
    }

    /// The fields of a meetings.csv row after its id and its date (day number `date`),
    /// checked.
    @inline(__always)
    static func meetingFacts(_ row: CSVRow, file: NormalizedFile, date: Int32) throws(IndicatorsError)
        -> MeetingFacts
    {
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
