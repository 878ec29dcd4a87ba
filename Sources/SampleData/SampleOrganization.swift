import ChiboCore

/// A party organization (tổ chức đảng) of the sample, with the habits that drive its
/// generated meetings, inspections and ratings when it is a chi bộ.
struct SampleOrganization {
    /// The organization's code (mã tổ chức), dotted after its parent's.
    var id: String
    /// The full Vietnamese name.
    var name: String
    /// The parent's code; empty for the root.
    var parentID: String
    /// The canonical level.
    var level: OrganizationLevel
    /// The level as the export spells it.
    var levelLabel: String
    /// The kind as the export spells it, or empty.
    var kindLabel: String
    /// The canonical kind, when there is one.
    var kind: OrganizationKind?
    /// Index of the village of a village or residential cell in the district's villages.
    var villageIndex: Int?
    /// Founding day, when the export has it.
    var establishedOn: Day?
    /// Dissolution day, when dissolved.
    var dissolvedOn: Day?
    /// Whether it has working regulations (quy chế làm việc).
    var hasRegulations = true
    /// Whether it holds merged meetings (sinh hoạt ghép).
    var hasMergedMeetings = false
    /// Whether it keeps a pool of admission candidates (nguồn quần chúng).
    var hasCandidatePool = false
    /// Whether it has an admission plan (kế hoạch kết nạp).
    var hasAdmissionPlan = false
    /// Who inspects it (the superior committee), as the export spells it.
    var inspectorNames: [String] = []
    /// Per-mille chance of skipping a month's periodic meeting.
    var missedMonthPerMille = 0
    /// Per-mille chance that a periodic meeting is held after the deadline day.
    var latePerMille = 20
    /// Per-mille chance of skipping a quarter's thematic meeting.
    var missedThematicPerMille = 0
    /// Per-mille chance of an inspection in a half-year.
    var inspectionPerMille = 950
    /// Members who attend its meetings: current members and those moved away from it.
    var attendees: [Int32] = []

    /// Whether it is a party cell (chi bộ), the only place members belong.
    var isPartyCell: Bool { level.isPartyCell }

    /// Whether it gets an annual rating (TCCSĐ, đảng bộ bộ phận, chi bộ).
    var isRated: Bool { level != .province && level != .district }

    /// Whether it exists on `day`.
    func isActive(on day: Day) -> Bool {
        if let establishedOn, establishedOn > day { return false }
        if let dissolvedOn, dissolvedOn <= day { return false }
        return true
    }
}
