import ChiboCore

/// The normalized data the indicators are computed from, held as struct-of-arrays on
/// interned `Int32` indexes, with dates as day numbers (`Day.number`).
///
/// Missing dates use sentinels so that activity tests are plain comparisons: an empty
/// start is `Int32.min`, an empty end (`left_on`, `dissolved_on`, `official_on`) is
/// `Int32.max`. A reference to an unknown row is `-1`.
///
/// Meetings, attendance and member ratings are never stored row by row: they are streamed
/// once into per-unit tallies and per-member, per-year month masks of unexcused absences,
/// so that memory follows members and organizations, not the rows of the big files.
struct Dataset {
    /// The directory the normalized files were read from.
    var directory = ""

    // MARK: Organizations (tổ chức đảng)
    var organizationIDs = IdentifierTable()
    var organizationNames: [String] = []
    var parents: [Int32] = []
    var levels: [OrganizationLevel] = []
    var kinds: [OrganizationKind?] = []
    var organizationVillages: [Int32] = []
    var established: [Int32] = []
    var organizationDissolved: [Int32] = []
    var hasRegulations: [Bool] = []
    var hasMergedMeetings: [Bool] = []
    var hasCandidatePool: [Bool] = []
    var hasAdmissionPlan: [Bool] = []
    /// The root (the province).
    var root: Int32 = -1
    /// The organization of each unit: the root first, then the district units by `unit_id`.
    var units: [Int32] = []
    /// The unit index (into `units`) of each organization's district unit; 0 when it has
    /// none (the root, or an organization not under it), so its facts count in the
    /// province row only.
    var unitOfOrganization: [Int32] = []

    // MARK: Villages (thôn, bản, tổ dân phố)
    var villageIDs = IdentifierTable()
    var villageCommunes: [Int32] = []
    /// The head's member index; -1 when `head_member_id` is empty, -2 when it names an
    /// unknown member.
    var villageHeadMembers: [Int32] = []
    var villageHeadIsMember: [Bool] = []
    var villageDissolved: [Int32] = []

    // MARK: Members (đảng viên)
    var memberIDs = IdentifierTable()
    var memberOrganizations: [Int32] = []
    var memberVillages: [Int32] = []
    var admitted: [Int32] = []
    var official: [Int32] = []
    var left: [Int32] = []
    var isExempt: [Bool] = []
    var isTaskAssigned: [Bool] = []
    var roles: [RoleSet] = []
    var education: [Education?] = []
    var politicalTheory: [PoliticalTheory?] = []
    /// The text offset of each member's row in members.csv, where the few names the
    /// restricted lists need are read.
    var memberRecordOffsets: [Int] = []
    /// Whether the member has a training dated inside the window.
    var isTrainedInWindow: [Bool] = []

    // MARK: Meetings (sinh hoạt chi bộ) and attendance (điểm danh)
    /// The meetings of the window and their attendance, tallied (no meeting is kept).
    var meetingActivity = MeetingActivity(organizationCount: 0, unitCount: 0, yearCount: 0)
    /// Months (bit `m - 1`) with an unexcused row at a meeting dated in the window, per
    /// member and clipped year (`member * window.years.count + year`).
    var unexcusedMonths: [UInt16] = []

    // MARK: Ratings, inspections, targets
    /// Member ratings of each rated year (index into `ReviewWindow.ratedYears`) and
    /// rating, counted per unit of the member's chi bộ (`year * Rating.allCases.count +
    /// rating`): one rating row per member and year, so they are tallied, not kept.
    var memberRatingCounts: [UnitTally] = []
    var organizationRatingYears: [Int32] = []
    var organizationRatingOrganizations: [Int32] = []
    var organizationRatings: [Rating] = []
    var inspectionOrganizations: [Int32] = []
    var inspectionDates: [Int32] = []
    /// The targets in file order.
    var targets: [TargetRule] = []

    // Village ids of chi bộ and heads' member ids are read before their tables exist, so
    // they wait here as strings (one per organization or village, never per big row).
    var pendingOrganizationVillages: [String?] = []
    var pendingHeadMembers: [String?] = []

    /// The unit (index into `units`) of organization `organization`, 0 (province only) for -1.
    @inline(__always)
    func unit(ofOrganization organization: Int32) -> Int32 {
        organization < 0 ? 0 : unitOfOrganization[Int(organization)]
    }

    /// The unit of a member's current chi bộ.
    @inline(__always)
    func unit(ofMember member: Int) -> Int32 { unit(ofOrganization: memberOrganizations[member]) }

    /// Whether member `member` is active on day `day`.
    @inline(__always)
    func isMemberActive(_ member: Int, on day: Int32) -> Bool {
        admitted[member] <= day && left[member] > day
    }

    /// Whether organization `organization` is active on day `day`.
    @inline(__always)
    func isOrganizationActive(_ organization: Int, on day: Int32) -> Bool {
        established[organization] <= day && organizationDissolved[organization] > day
    }

    /// Whether organization `organization` is active on every day of `[start, end]`.
    @inline(__always)
    func isOrganizationActive(_ organization: Int, from start: Day, through end: Day) -> Bool {
        established[organization] <= start.number && organizationDissolved[organization] > end.number
    }

    /// Whether an organization is a chi bộ.
    @inline(__always)
    func isPartyCell(_ organization: Int) -> Bool { levels[organization].isPartyCell }
}
