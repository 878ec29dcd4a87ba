/// The attendance rows of one meeting, counted.
struct MeetingAttendance {
    /// Attendance rows, every member.
    var rows: Int32 = 0
    /// Rows of members not exempt.
    var nonExemptRows: Int32 = 0
    /// `present` rows of members not exempt.
    var nonExemptPresent: Int32 = 0
    /// Whether a row is `unexcused`.
    var hasUnexcusedRow = false
}
