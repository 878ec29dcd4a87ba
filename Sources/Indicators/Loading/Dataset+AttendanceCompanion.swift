import CSV
import ChiboCore

extension Dataset {
    /// Attendance's binary companion in `directory`, its stamps being checked, and
    /// meetings.csv being read into a `MeetingTable` on another thread (while the members
    /// are read here); nil when there is no companion of this version.
    static func startCompanionReading(
        in directory: String, organizationIDs: IdentifierTable, window: ReviewWindow
    ) -> CompanionReading? {
        AttendanceCompanionFile(directory: directory).map { companion in
            startCompanionReading(companion, in: directory, organizationIDs: organizationIDs, window: window)
        }
    }

    /// `companion`, opened earlier so that its stamps were checked meanwhile, and
    /// meetings.csv being read into a `MeetingTable` on another thread.
    static func startCompanionReading(
        _ companion: AttendanceCompanionFile, in directory: String, organizationIDs: IdentifierTable,
        window: ReviewWindow
    ) -> CompanionReading {
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
    /// instead of attendance.csv: a run of row numbers per meeting, no text to parse; a big
    /// companion by two readers, the second from the first marker after its middle (a
    /// marker is known by its low bits wherever it is), each tallying apart. False, with
    /// nothing kept, when anything is unusual (meetings.csv out of order or malformed, a
    /// companion of other members, a word out of range, a count or checksum that does not
    /// match) or the files turn out not to be those the companion describes (their stamps,
    /// checked meanwhile, are waited for only here): the CSV files are then read, so that
    /// the outcome, diagnostics included, is always theirs.
    mutating func loadCompanionMeetingActivity(
        _ reading: CompanionReading, window: ReviewWindow, split: SplitOffsets = .halves
    ) -> Bool {
        guard let part = companionTallies(reading, window: window, split: split),
            reading.companion.describesFiles
        else {
            reading.companion.stopCheckingFiles()
            return false
        }
        meetingActivity = part.activity
        unexcusedMonths = part.unexcusedMonths
        return true
    }

    /// The tallies of the companion's runs, not yet known to be the CSV's rows; nil when
    /// anything is unusual.
    func companionTallies(
        _ reading: CompanionReading, window: ReviewWindow, split: SplitOffsets
    ) -> MeetingActivityPart? {
        let companion = reading.companion
        let trailer = companion.trailer
        guard let meetings = reading.meetings.takeValue(), trailer.memberCount == memberIDs.count,
            trailer.meetingCount == meetings.count
        else { return nil }
        let wordCount = trailer.wordCount
        var second: (words: Range<Int>, meetings: Range<Int>)? = nil
        if wordCount * 4 >= split.minimumSize, let marker = companion.firstMarker(atOrAfter: wordCount / 2),
            marker.index > 0, marker.meeting < meetings.count
        {
            second = (marker.index..<wordCount, marker.meeting..<meetings.count)
        }
        let snapshot = self
        let later = second.map { second in
            BackgroundWork {
                snapshot.tally(
                    meetings, words: companion.words(second.words), meetings: second.meetings, window: window)
            }
        }
        let firstWords = 0..<(second?.words.lowerBound ?? wordCount)
        let first = tally(
            meetings, words: companion.words(firstWords),
            meetings: 0..<(second?.meetings.lowerBound ?? meetings.count),
            window: window)
        guard var part = first else {
            later?.finish()
            return nil
        }
        var checksum = part.checksum
        var rowCount = part.rowCount
        if let later {
            guard let laterPart = later.takeValue() else { return nil }
            checksum.append(laterPart.checksum, count: wordCount - firstWords.count)
            rowCount += laterPart.rowCount
            part.tallies.add(laterPart.tallies)
        }
        guard rowCount == trailer.rowCount, checksum == trailer.checksum else { return nil }
        return part.tallies
    }

    /// What one reader of the companion tallied.
    private struct CompanionTally {
        var tallies: MeetingActivityPart
        var rowCount: Int
        var checksum: AttendanceCompanion.Checksum
    }

    /// The tallies of the meetings `range` of `meetings`, whose runs are all of `words`;
    /// nil when a word is not as expected (runs in increasing meeting order inside the
    /// range, each of at least one row, rows of known members) or a read fails.
    private func tally(
        _ meetings: MeetingTable, words: AttendanceCompanionFile.Words, meetings range: Range<Int>,
        window: ReviewWindow
    ) -> CompanionTally? {
        var activity = MeetingActivity(
            organizationCount: organizationIDs.count, unitCount: units.count, yearCount: window.years.count)
        var months = [UInt16](repeating: 0, count: memberIDs.count * window.years.count)
        var runs = CompanionRuns(
            memberCount: UInt32(memberIDs.count), yearCount: window.years.count, meetings: range)
        var isRead = true
        isExempt.withUnsafeBufferPointer { isExempt in
            months.withUnsafeMutableBufferPointer { months in
                while isRead, let block = words.nextWords() {
                    isRead = runs.read(block, meetings: meetings, isExempt: isExempt, months: months) {
                        add($0, of: meetings, $1, to: &activity)
                    }
                }
            }
        }
        guard isRead, words.isRead, runs.finish({ add($0, of: meetings, $1, to: &activity) }) else {
            return nil
        }
        return CompanionTally(
            tallies: MeetingActivityPart(activity: activity, unexcusedMonths: months),
            rowCount: runs.rowCount,
            checksum: words.checksum)
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

/// The state of a reader of the companion's words: the meeting whose run is being read
/// and its rows counted, as `Dataset.count` counts them.
private struct CompanionRuns {
    let memberCount: UInt32
    let yearCount: Int
    /// The meetings whose runs the words hold.
    let meetings: Range<Int>
    /// The meeting whose run is being read, or the one before the range.
    var meeting: Int
    /// Whether a run was started.
    var isRunOpen = false
    /// Its clipped year's index (-1 outside the window), its month's bit, its rows.
    var year = -1
    var monthBit: UInt16 = 0
    var counts = MeetingAttendance()
    var runCount = 0
    /// The rows of the runs finished.
    var rowCount = 0

    init(memberCount: UInt32, yearCount: Int, meetings: Range<Int>) {
        self.memberCount = memberCount
        self.yearCount = yearCount
        self.meetings = meetings
        meeting = meetings.lowerBound - 1
    }

    /// Reads `words`, handing each meeting up to the last run started to `add` with its
    /// counts (meetings without a run with none); false when a word is not as expected.
    @inline(__always)
    mutating func read(
        _ words: UnsafeBufferPointer<UInt32>, meetings table: MeetingTable,
        isExempt: UnsafeBufferPointer<Bool>,
        months: UnsafeMutableBufferPointer<UInt16>, add: (Int, MeetingAttendance) -> Void
    ) -> Bool {
        let markerTag = AttendanceCompanion.markerTag
        let present = UInt32(0)  // `AttendanceStatus.allCases` order, checked in the tests
        let unexcused = UInt32(2)
        let end = meetings.upperBound
        var (meeting, isRunOpen, year, monthBit) = (meeting, isRunOpen, year, monthBit)
        var (counts, runCount) = (counts, runCount)
        defer {
            (self.meeting, self.isRunOpen, self.year, self.monthBit) = (meeting, isRunOpen, year, monthBit)
            (self.counts, self.runCount) = (counts, runCount)
        }
        for word in words {
            if word & 3 == markerTag {
                let next = Int(word >> 2)
                guard next > meeting, next < end else { return false }
                if isRunOpen {
                    guard runCount > 0 else { return false }
                    add(meeting, counts)
                }
                for skipped in (meeting + 1)..<next { add(skipped, MeetingAttendance()) }
                meeting = next
                isRunOpen = true
                year = Int(table.years[next])
                monthBit = 1 << (table.monthAndDay(next).month - 1)
                counts = MeetingAttendance()
                rowCount += runCount
                runCount = 0
                continue
            }
            let member = word >> 2
            guard isRunOpen, member < memberCount else { return false }
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

    /// Hands the last run's meeting and the meetings after it in the range to `add`;
    /// false when the last run is empty.
    mutating func finish(_ add: (Int, MeetingAttendance) -> Void) -> Bool {
        if isRunOpen {
            guard runCount > 0 else { return false }
            add(meeting, counts)
            rowCount += runCount
            runCount = 0
        }
        for skipped in (meeting + 1)..<meetings.upperBound { add(skipped, MeetingAttendance()) }
        meeting = meetings.upperBound
        isRunOpen = false
        return true
    }
}
