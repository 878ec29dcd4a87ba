import CSV
import ChiboCore

extension Dataset {
    /// Attendance's binary companion, when it describes the files of `directory` as they
    /// are now, and meetings.csv being read into a `MeetingTable` on another thread (while
    /// the members are read here); nil when there is no such companion.
    static func startCompanionReading(
        in directory: String, organizationIDs: IdentifierTable, window: ReviewWindow
    ) -> CompanionReading? {
        guard let companion = AttendanceCompanionFile(directory: directory) else { return nil }
        let meetings = BackgroundWork { () -> MeetingTable? in
            guard let file = try? NormalizedFile.open(.meetings, in: directory, isProgressHidden: true) else {
                return nil
            }
            return MeetingTable.read(file, organizationIDs: organizationIDs, window: window)
        }
        return CompanionReading(companion: companion, meetings: meetings)
    }

    /// The companion and the meetings read beside the members.
    struct CompanionReading {
        let companion: AttendanceCompanionFile
        let meetings: BackgroundWork<MeetingTable?>
    }

    /// Tallies the meetings of `reading` with their attendance rows read from the companion
    /// instead of attendance.csv: a run of row numbers per meeting, no text to parse. False,
    /// with nothing kept, when anything is unusual (meetings.csv out of order or malformed,
    /// a companion of other members, a word out of range, a count or checksum that does not
    /// match): the CSV files are then read, so that the outcome, diagnostics included, is
    /// always theirs.
    mutating func loadCompanionMeetingActivity(_ reading: CompanionReading, window: ReviewWindow) -> Bool {
        let companion = reading.companion
        guard let meetings = reading.meetings.takeValue(), companion.trailer.memberCount == memberIDs.count,
            companion.trailer.meetingCount == meetings.count
        else { return false }
        var activity = MeetingActivity(
            organizationCount: organizationIDs.count, unitCount: units.count, yearCount: window.years.count)
        var months = [UInt16](repeating: 0, count: memberIDs.count * window.years.count)
        let isRead = tally(meetings, companion: companion, window: window, into: &activity, months: &months)
        guard isRead else { return false }
        meetingActivity = activity
        unexcusedMonths = months
        return true
    }

    /// Whether every word of `companion` was read and found as expected: runs in
    /// increasing meeting order, each of at least one row, rows of known members.
    private func tally(
        _ meetings: MeetingTable, companion: AttendanceCompanionFile, window: ReviewWindow,
        into activity: inout MeetingActivity, months: inout [UInt16]
    ) -> Bool {
        var runs = CompanionRuns(memberCount: UInt32(memberIDs.count), yearCount: window.years.count)
        var isRead = true
        isExempt.withUnsafeBufferPointer { isExempt in
            months.withUnsafeMutableBufferPointer { months in
                while isRead, let words = companion.nextWords() {
                    isRead = runs.read(words, meetings: meetings, isExempt: isExempt, months: months) {
                        meeting, counts in
                        add(meeting, of: meetings, counts, to: &activity)
                    }
                }
            }
        }
        guard isRead, runs.finish(meetings: meetings, { add($0, of: meetings, $1, to: &activity) }) else {
            return false
        }
        return runs.rowCount == companion.trailer.rowCount && companion.isComplete
    }

    /// Adds meeting `index` of `meetings`, with its attendance counted in `counts`, when
    /// it is dated in the window.
    private func add(
        _ index: Int, of meetings: MeetingTable, _ counts: MeetingAttendance,
        to activity: inout MeetingActivity
    ) {
        let year = Int(meetings.years[index])
        guard year >= 0 else { return }
        let (month, dayOfMonth) = meetings.monthAndDay(index)
        let organization = meetings.organizations[index]
        activity.add(
            meetings.facts(index), year: year, month: month, dayOfMonth: dayOfMonth,
            organization: organization, unit: unit(ofOrganization: organization), attendance: counts)
    }
}

/// The state of the companion's words read so far: the meeting whose run is being read
/// and its rows counted, as `Dataset.count` counts them.
private struct CompanionRuns {
    let memberCount: UInt32
    let yearCount: Int
    /// The meeting whose run is being read (-1 before the first).
    var meeting = -1
    /// Its clipped year's index (-1 outside the window), its month's bit, its rows.
    var year = -1
    var monthBit: UInt16 = 0
    var counts = MeetingAttendance()
    var runCount = 0
    /// The rows of the runs finished.
    var rowCount = 0

    init(memberCount: UInt32, yearCount: Int) {
        self.memberCount = memberCount
        self.yearCount = yearCount
    }

    /// Reads `words`, handing each meeting up to the last run started to `add` with its
    /// counts (meetings without a run with none); false when a word is not as expected.
    @inline(__always)
    mutating func read(
        _ words: UnsafeBufferPointer<UInt32>, meetings: MeetingTable, isExempt: UnsafeBufferPointer<Bool>,
        months: UnsafeMutableBufferPointer<UInt16>, add: (Int, MeetingAttendance) -> Void
    ) -> Bool {
        let markerTag = AttendanceCompanion.markerTag
        let present = UInt32(0)  // `AttendanceStatus.allCases` order, checked in the tests
        let unexcused = UInt32(2)
        var (meeting, year, monthBit, counts, runCount) = (meeting, year, monthBit, counts, runCount)
        defer {
            (self.meeting, self.year, self.monthBit, self.counts, self.runCount) = (
                meeting, year, monthBit, counts, runCount
            )
        }
        for word in words {
            if word & 3 == markerTag {
                let next = Int(word >> 2)
                guard next > meeting, next < meetings.count else { return false }
                if meeting >= 0 {
                    guard runCount > 0 else { return false }
                    add(meeting, counts)
                }
                for skipped in (meeting + 1)..<next { add(skipped, MeetingAttendance()) }
                meeting = next
                year = Int(meetings.years[next])
                monthBit = 1 << (meetings.monthAndDay(next).month - 1)
                counts = MeetingAttendance()
                rowCount += runCount
                runCount = 0
                continue
            }
            let member = word >> 2
            guard meeting >= 0, member < memberCount else { return false }
            runCount += 1
            guard year >= 0 else { continue }
            let status = word & 3
            counts.rows += 1
            if !isExempt[Int(member)] {
                counts.nonExemptRows += 1
                if status == present { counts.nonExemptPresent += 1 }
            }
            if status == unexcused {
                counts.hasUnexcusedRow = true
                months[Int(member) * yearCount + year] |= monthBit
            }
        }
        return true
    }

    /// Hands the last run's meeting and the meetings after it to `add`; false when the
    /// last run is empty.
    mutating func finish(meetings: MeetingTable, _ add: (Int, MeetingAttendance) -> Void) -> Bool {
        if meeting >= 0 {
            guard runCount > 0 else { return false }
            add(meeting, counts)
            rowCount += runCount
        }
        for skipped in (meeting + 1)..<meetings.count { add(skipped, MeetingAttendance()) }
        meeting = meetings.count
        return true
    }
}
