import CSV
import ChiboCore

extension Dataset {
    /// Streams meetings.csv with attendance's rows read from `normalized/attendance.bin`
    /// (`AttendanceCompanion`) instead of attendance.csv: a run of row numbers per meeting,
    /// no text to parse. False, with nothing kept, when there is no companion describing
    /// the files as they are now, or when anything is unusual (meetings.csv out of order or
    /// malformed, a word out of range, a count or checksum that does not match): the CSV
    /// files are then read, so that the outcome, diagnostics included, is always theirs.
    mutating func loadCompanionMeetingActivity(in directory: String, window: ReviewWindow) -> Bool {
        guard let companion = AttendanceCompanionFile(directory: directory, memberCount: memberIDs.count)
        else { return false }
        var part = MeetingActivityPart(
            activity: MeetingActivity(
                organizationCount: organizationIDs.count, unitCount: units.count,
                yearCount: window.years.count),
            unexcusedMonths: Array(repeating: 0, count: memberIDs.count * window.years.count))
        let meetings: NormalizedFile
        do throws(IndicatorsError) {
            guard let file = try NormalizedFile.open(.meetings, in: directory) else { return false }
            meetings = file
        } catch {
            return false
        }
        let isRead: Bool
        do throws(IndicatorsError) {
            isRead = try merge(meetings: meetings, companion: companion, window: window, into: &part)
        } catch {
            isRead = false
        }
        guard isRead else {
            meetings.finishProgress()
            return false
        }
        meetingActivity = part.activity
        unexcusedMonths = part.unexcusedMonths
        return true
    }

    /// Tallies the meetings of `meetings` with their runs of rows in `companion` into
    /// `part`; whether every row of both was read and found as expected.
    private func merge(
        meetings: NormalizedFile, companion: AttendanceCompanionFile, window: ReviewWindow,
        into part: inout MeetingActivityPart
    ) throws(IndicatorsError) -> Bool {
        let yearCount = window.years.count
        let memberCount = UInt32(memberIDs.count)
        let statuses = AttendanceStatus.allCases
        let markerTag = AttendanceCompanion.markerTag
        var previousMeeting: [UInt8] = []
        var organizations = NearbyLookUp(trying: 0...1)
        var meetingRow = 0
        var rowCount = 0
        var pending = companion.next()
        while let row = try meetings.nextRow() {
            let identifier = try meetings.identifier(row, 0)
            let facts = try Dataset.meetingFacts(row, file: meetings)
            let isAfterPrevious =
                previousMeeting.isEmpty
                || previousMeeting.withUnsafeBufferPointer { identifier.compareBytewise($0) > 0 }
            guard isAfterPrevious else { return false }
            previousMeeting.replaceSubrange(previousMeeting.indices, with: identifier)
            let date = Day(number: facts.date)
            let (dateYear, month, dayOfMonth) = date.components
            let year = window.contains(date) ? dateYear - window.start.year : nil
            var counts = MeetingAttendance()
            if let marker = pending {
                // The body starts with a marker, and a marker names a meeting not yet read.
                guard marker & 3 == markerTag, Int(marker >> 2) >= meetingRow else { return false }
                if Int(marker >> 2) == meetingRow {
                    pending = companion.next()
                    var runCount = 0
                    while let word = pending, word & 3 != markerTag {
                        let member = word >> 2
                        guard member < memberCount else { return false }
                        if let year {
                            Dataset.count(
                                statuses[Int(word & 3)], of: Int32(member), isExempt: isExempt[Int(member)],
                                inMonth: month, year: year, yearCount: yearCount, into: &counts,
                                unexcusedMonths: &part.unexcusedMonths)
                        }
                        runCount += 1
                        pending = companion.next()
                    }
                    guard runCount > 0 else { return false }
                    rowCount += runCount
                }
            }
            if let year {
                let organization = organizations.index(of: row[1], in: organizationIDs) ?? -1
                part.activity.add(
                    facts, year: year, month: month, dayOfMonth: dayOfMonth, organization: organization,
                    unit: unit(ofOrganization: organization), attendance: counts)
            }
            meetingRow += 1
        }
        return pending == nil && meetingRow == companion.trailer.meetingCount
            && rowCount == companion.trailer.rowCount && companion.isComplete
    }
}
