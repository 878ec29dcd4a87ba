/// The input files chibo reads and the canonical form ingest writes them in.
///
/// This is the contract between the ingest stage (which writes
/// `output/normalized/<rawValue>.csv` with exactly `columns`, in this order) and the
/// indicators stage (which reads them).
public enum Entity: String, CaseIterable, Sendable {
    /// Party organizations (tổ chức đảng).
    case organizations
    /// Villages and residential groups (thôn, bản, tổ dân phố).
    case villages
    /// Party members (đảng viên), including those who have left.
    case members
    /// Party-cell meetings (sinh hoạt chi bộ).
    case meetings
    /// Who attended each meeting (điểm danh).
    case attendance
    /// Annual ratings of members (đánh giá, xếp loại đảng viên).
    case memberRatings = "member_ratings"
    /// Annual ratings of organizations (đánh giá, xếp loại tổ chức đảng).
    case organizationRatings = "org_ratings"
    /// Trainings of committee members (tập huấn, bồi dưỡng).
    case trainings
    /// Inspections by the superior committee (kiểm tra, giám sát).
    case inspections
    /// The resolution's targets (chỉ tiêu).
    case targets

    /// The file name, `<entity>.csv`.
    public var fileName: String { rawValue + ".csv" }

    /// The canonical columns, in SPEC order.
    public var columns: [String] {
        switch self {
        case .organizations:
            [
                "org_id", "name", "parent_id", "level", "kind", "village_id", "established_on",
                "dissolved_on", "has_regulations", "merged_meetings", "has_candidate_pool",
                "has_admission_plan",
            ]
        case .villages:
            [
                "village_id", "name", "commune_org_id", "head_name", "head_member_id", "head_is_member",
                "dissolved_on",
            ]
        case .members:
            [
                "member_id", "full_name", "birth_date", "gender", "ethnicity", "org_id", "village_id",
                "admitted_on", "official_on", "left_on", "left_reason", "exempt", "task_assigned", "roles",
                "education", "political_theory",
            ]
        case .meetings:
            ["meeting_id", "org_id", "date", "kind", "has_resolution", "quality", "superior_attended"]
        case .attendance: ["meeting_id", "member_id", "status"]
        case .memberRatings: ["year", "member_id", "rating"]
        case .organizationRatings: ["year", "org_id", "rating"]
        case .trainings: ["member_id", "date", "course"]
        case .inspections: ["org_id", "date", "inspector"]
        case .targets: ["indicator", "comparator", "value", "from_year", "to_year", "scope"]
        }
    }

    /// Whether a run cannot go on without this file. Only targets may be absent.
    public var isRequired: Bool { self != .targets }
}
