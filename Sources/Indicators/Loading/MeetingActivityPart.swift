/// What one reader of meetings.csv and attendance.csv side by side tallied, and where it
/// ended, so that two readers of consecutive parts can be joined.
struct MeetingActivityPart {
    /// The meeting tallies.
    var activity: MeetingActivity
    /// Months with an unexcused row, laid out as `Dataset.unexcusedMonths`.
    var unexcusedMonths: [UInt16]
    /// The last meeting id read from meetings.csv; empty when none was.
    var lastMeeting: [UInt8] = []
    /// The last meeting id read from attendance.csv; empty when none was.
    var lastAttendanceMeeting: [UInt8] = []
    /// Whether both files were in meeting_id order (meetings strictly).
    var isSorted = true
    /// Whether the reader met rows starting exactly where it was told to stop.
    var metStops = true

    /// Whether a part whose meetings start with `laterMeeting` and whose attendance rows
    /// start with `laterAttendanceMeeting` can follow this one as if one reader read both:
    /// the files stay in order across the seam, and no attendance row read here belongs
    /// to a meeting read there.
    func precedes(laterMeeting: [UInt8], laterAttendanceMeeting: [UInt8]) -> Bool {
        let meetingsInOrder = lastMeeting.isEmpty || lastMeeting.lexicographicallyPrecedes(laterMeeting)
        let attendanceInOrder =
            lastAttendanceMeeting.isEmpty
            || (!laterAttendanceMeeting.lexicographicallyPrecedes(lastAttendanceMeeting)
                && lastAttendanceMeeting.lexicographicallyPrecedes(laterMeeting))
        return meetingsInOrder && attendanceInOrder
    }

    /// Adds the tallies of `later`.
    mutating func add(_ later: MeetingActivityPart) {
        activity.add(later.activity)
        unexcusedMonths.withUnsafeMutableBufferPointer { months in
            later.unexcusedMonths.withUnsafeBufferPointer { laterMonths in
                for index in months.indices { months[index] |= laterMonths[index] }
            }
        }
    }
}
