/// The code of an indicator of the catalog; the declaration order is the catalog order
/// (SPEC "Indicator catalog"), which is the order of rows in indicators.csv.
public enum IndicatorCode: String, CaseIterable, Sendable {
    /// Active members.
    case membersTotal = "members_total"
    /// Active members not yet official (dự bị).
    case membersProbationary = "members_probationary"
    /// Members admitted (kết nạp) in the period.
    case admissions
    /// Admissions as a share of the members active the day before the clipped year.
    case admissionRate = "admission_rate"
    /// Active probationary members past their probation deadline.
    case probationOverdue = "probation_overdue"
    /// Active non-exempt members with an assigned task.
    case taskAssignedRatio = "task_assigned_ratio"
    /// Active members in chi bộ of private enterprises.
    case privateEnterpriseMembers = "private_enterprise_members"
    /// Active villages whose head (trưởng thôn) is a member.
    case villageHeadMemberRatio = "village_head_member_ratio"
    /// Active villages without an active resident member (thôn trắng đảng viên).
    case whiteVillages = "white_villages"
    /// Active villages without an active chi bộ.
    case villagesWithoutCell = "villages_without_cell"
    /// Active villages with 1 or 2 active resident members.
    case villagesAtRisk = "villages_at_risk"
    /// Active chi bộ holding merged meetings (sinh hoạt ghép).
    case mergedMeetingCells = "merged_meeting_cells"
    /// Members rated good or better.
    case memberRatingGoodOrBetter = "member_rating_good_or_better"
    /// Grassroots organizations (TCCSĐ) rated good or better.
    case grassrootsRatingGoodOrBetter = "grassroots_rating_good_or_better"
    /// Chi bộ rated good or better.
    case cellRatingGoodOrBetter = "cell_rating_good_or_better"
    /// Organizations rated level 4 (yếu kém).
    case weakOrganizations = "weak_organizations"
    /// Chi bộ with a periodic meeting in every whole month.
    case periodicMeetingRegularity = "periodic_meeting_regularity"
    /// Periodic meetings held by the deadline day of their month.
    case periodicMeetingOnTime = "periodic_meeting_on_time"
    /// Chi bộ with a thematic meeting in every whole quarter.
    case thematicMeetingQuarterly = "thematic_meeting_quarterly"
    /// Periodic meetings with a resolution or conclusion.
    case meetingResolutionRatio = "meeting_resolution_ratio"
    /// Rated periodic meetings rated good or fair.
    case meetingQualityGoodRatio = "meeting_quality_good_ratio"
    /// Periodic meetings meeting the attendance criterion of Hướng dẫn 12-HD/BTCTW.
    case meetingAttendanceCriterion = "meeting_attendance_criterion"
    /// Periodic meetings attended by the superior committee.
    case superiorAttendanceRatio = "superior_attendance_ratio"
    /// Present attendance rows of non-exempt members at periodic meetings.
    case attendanceRate = "attendance_rate"
    /// Members absent without excuse in 3 or more months (Điều lệ art. 8).
    case absenceRemovalCandidates = "absence_removal_candidates"
    /// Active chi bộ with working regulations (quy chế làm việc).
    case cellsWithRegulations = "cells_with_regulations"
    /// Active organizations with a candidate pool that have an admission plan.
    case admissionPlanRatio = "admission_plan_ratio"
    /// Active committee members trained inside the window.
    case committeeTrainedRatio = "committee_trained_ratio"
    /// Chi bộ inspected in every whole half-year.
    case cellsInspectedHalfYearly = "cells_inspected_half_yearly"
    /// Active chi bộ inspected at least once in the window.
    case cellsInspectedTerm = "cells_inspected_term"
    /// Active commune key cadres with university education and intermediate political theory.
    case communeKeyCadreQualified = "commune_key_cadre_qualified"

    /// The 1-based position in the catalog, as the report numbers its sections.
    public var catalogNumber: Int { IndicatorCode.positions[self]! + 1 }

    private static let positions: [IndicatorCode: Int] = Dictionary(
        uniqueKeysWithValues: allCases.enumerated().map { ($0.element, $0.offset) })
}
