import ChiboCore

/// The fields of one meetings.csv row the indicators read.
struct MeetingFacts {
    /// The meeting's day number.
    var date: Int32
    /// Periodic, thematic or extraordinary.
    var kind: MeetingKind
    /// Whether a resolution was adopted.
    var hasResolution: Bool
    /// The self-assessed quality, when given.
    var quality: MeetingQuality?
    /// Whether a member of the superior committee attended.
    var isSuperiorAttended: Bool
}
