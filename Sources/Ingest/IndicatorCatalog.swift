/// The indicator codes of SPEC's catalog, the only values `targets.indicator` accepts.
enum IndicatorCatalog {
    /// The 31 codes, in catalog order.
    static let codes: [String] = [
        "members_total", "members_probationary", "admissions", "admission_rate", "probation_overdue",
        "task_assigned_ratio", "private_enterprise_members", "village_head_member_ratio", "white_villages",
        "villages_without_cell", "villages_at_risk", "merged_meeting_cells", "member_rating_good_or_better",
        "grassroots_rating_good_or_better", "cell_rating_good_or_better", "weak_organizations",
        "periodic_meeting_regularity", "periodic_meeting_on_time", "thematic_meeting_quarterly",
        "meeting_resolution_ratio", "meeting_quality_good_ratio", "meeting_attendance_criterion",
        "superior_attendance_ratio", "attendance_rate", "absence_removal_candidates",
        "cells_with_regulations",
        "admission_plan_ratio", "committee_trained_ratio", "cells_inspected_half_yearly",
        "cells_inspected_term", "commune_key_cadre_qualified",
    ]
}
