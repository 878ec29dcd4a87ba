/// The enumerated value sets ingest recognizes, each with its canonical codes.
enum EnumDomain: Sendable, Hashable, CaseIterable {
    case organizationLevel
    case organizationKind
    case gender
    case leftReason
    case partyRole
    case education
    case politicalTheory
    case meetingKind
    case meetingQuality
    case attendanceStatus
    case rating
    case targetScope
    case comparator
    case indicator
}
