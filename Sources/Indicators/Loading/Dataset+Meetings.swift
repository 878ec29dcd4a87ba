import CSV
import ChiboCore

extension Dataset {
    /// Reads meetings.csv once into per-meeting arrays. Only meetings dated in `window` are
    /// kept: no indicator looks at the others, and their attendance rows are then skipped
    /// like those of unknown meetings, so memory follows the window, not the history.
    mutating func loadMeetings(_ file: NormalizedFile, window: ReviewWindow) throws(IndicatorsError) {
        while let row = try file.nextRow() {
            let identifier = try file.identifier(row, 0)
            let date = try file.day(row, 2)
            let kind = try file.code(row, 3, as: MeetingKind.self)!
            let hasResolution = try file.bool(row, 4)
            let quality = try file.code(row, 5, as: MeetingQuality.self, isOptional: true)
            let isSuperiorAttended = try file.bool(row, 6)
            guard window.contains(Day(number: date)) else { continue }
            let (_, isNew) = meetingIDs.insert(identifier)
            guard isNew else { throw file.malformed(row, 0, expected: "meeting_id không trùng") }
            meetingOrganizations.append(organizationIDs.index(of: row[1]) ?? -1)
            meetingDates.append(date)
            meetingKinds.append(kind)
            meetingHasResolution.append(hasResolution)
            meetingQualities.append(quality)
            meetingSuperiorAttended.append(isSuperiorAttended)
        }
        let count = meetingIDs.count
        attendanceRows = Array(repeating: 0, count: count)
        nonExemptRows = Array(repeating: 0, count: count)
        nonExemptPresent = Array(repeating: 0, count: count)
        hasUnexcusedRow = Array(repeating: false, count: count)
    }

    /// Streams attendance.csv once into the per-meeting counters and the unexcused-month
    /// masks. Rows naming a meeting outside the window, or an unknown meeting or member
    /// (which ingest rejects), are skipped.
    mutating func loadAttendance(_ file: NormalizedFile, window: ReviewWindow) throws(IndicatorsError) {
        let firstYear = window.start.year
        while let row = try file.nextRow() {
            let status = try Dataset.attendanceStatus(row[2], file: file, row: row)
            guard let meeting = meetingIDs.index(of: row[0]).map(Int.init),
                let member = memberIDs.index(of: row[1]).map(Int.init)
            else { continue }
            attendanceRows[meeting] += 1
            if !isExempt[member] {
                nonExemptRows[meeting] += 1
                if status == .present { nonExemptPresent[meeting] += 1 }
            }
            guard status == .unexcused else { continue }
            hasUnexcusedRow[meeting] = true
            let (year, month, _) = Day(number: meetingDates[meeting]).components
            let key = Int64(member) << 16 | Int64(year - firstYear)
            unexcusedMonths[key, default: 0] |= 1 << (month - 1)
        }
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
