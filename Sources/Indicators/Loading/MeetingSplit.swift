import CSV

/// Where a second reader of meetings.csv and attendance.csv starts: at the first
/// attendance row of a new meeting after a point of attendance.csv (its middle), and at
/// the first meeting not before that row's meeting, found by bisecting meetings.csv.
///
/// Both offsets are only guesses at record starts: the reader of the first part checks
/// that it meets rows starting exactly there.
struct MeetingSplit {
    /// meetings.csv, its next row the one at `meetingOffset`.
    let meetings: NormalizedFile
    /// attendance.csv, its next row the one at `attendanceOffset`.
    let attendance: NormalizedFile
    /// The text offset of the first meeting row of the second part.
    let meetingOffset: Int
    /// The text offset of the first attendance row of the second part.
    let attendanceOffset: Int
    /// The id of the meeting at `meetingOffset`.
    let firstMeeting: [UInt8]
    /// The meeting id of the attendance row at `attendanceOffset`.
    let firstAttendanceMeeting: [UInt8]

    /// Rows a search reads before it gives up and leaves the files to one reader.
    private static let rowLimit = 1 << 20

    /// The split of the files in `directory`, or nil when attendance.csv is smaller than
    /// `split.minimumSize` or no split point is found.
    static func find(in directory: String, split: SplitOffsets) throws(IndicatorsError) -> MeetingSplit? {
        guard let attendanceHead = try NormalizedFile.open(.attendance, in: directory),
            let meetingsHead = try NormalizedFile.open(.meetings, in: directory)
        else { return nil }
        let size = attendanceHead.size
        guard size > 0, size >= split.minimumSize,
            let attendance = try attendanceHead.reader(near: split.attendance ?? size / 2),
            let first = try attendance.nextRow()
        else { return nil }
        let skipped = Array(first[0])
        var boundary: CSVRow? = nil
        for _ in 0..<rowLimit {
            guard let row = try attendance.nextRow() else { return nil }
            let isSame = skipped.withUnsafeBufferPointer { row[0].compareBytewise($0) == 0 }
            if !isSame {
                boundary = row
                break
            }
        }
        guard let boundary else { return nil }
        let attendanceMeeting = Array(boundary[0])
        let attendanceOffset = boundary.byteOffset
        attendance.putBack(boundary)
        guard let meetings = try firstMeeting(notBefore: attendanceMeeting, in: meetingsHead),
            let meetingRow = try meetings.nextRow()
        else { return nil }
        let meetingOffset = meetingRow.byteOffset
        let firstMeeting = Array(meetingRow[0])
        meetings.putBack(meetingRow)
        return MeetingSplit(
            meetings: meetings, attendance: attendance, meetingOffset: meetingOffset,
            attendanceOffset: attendanceOffset, firstMeeting: firstMeeting,
            firstAttendanceMeeting: attendanceMeeting)
    }

    /// A reader of `file` whose next row is the first with an id not before `target`
    /// (if the file is sorted); nil when there is none.
    private static func firstMeeting(
        notBefore target: [UInt8], in file: NormalizedFile
    ) throws(IndicatorsError) -> NormalizedFile? {
        // Invariant: the row after `low` sorts before `target` (or `low` is the start);
        // the row after `high` does not (or there is none).
        var low = 0
        var high = file.size
        while high - low > 1 << 16 {
            let middle = low + (high - low) / 2
            guard let probe = try file.reader(near: middle), let row = try probe.nextRow() else {
                high = middle
                continue
            }
            let isBefore = target.withUnsafeBufferPointer { row[0].compareBytewise($0) < 0 }
            if isBefore { low = middle } else { high = middle }
        }
        guard let reader = try file.reader(near: low) else { return nil }
        for _ in 0..<rowLimit {
            guard let row = try reader.nextRow() else { return nil }
            let isBefore = target.withUnsafeBufferPointer { row[0].compareBytewise($0) < 0 }
            if !isBefore {
                reader.putBack(row)
                return reader
            }
        }
        return nil
    }
}
