/// The Vietnamese name of each indicator of the SPEC catalog, in catalog order, and
/// whether its value is a percentage or a count.
public struct IndicatorLabel: Sendable {
    /// The indicator code as written in indicators.csv.
    public var code: String
    /// The Vietnamese label shown to boards and staff.
    public var label: String
    /// Whether the value is a percentage (a ratio); otherwise it is a count.
    public var isRatio: Bool

    /// The 31 indicators in SPEC catalog order.
    public static let catalog: [IndicatorLabel] = [
        IndicatorLabel(code: "members_total", label: "Tổng số đảng viên", isRatio: false),
        IndicatorLabel(code: "members_probationary", label: "Số đảng viên dự bị", isRatio: false),
        IndicatorLabel(code: "admissions", label: "Kết nạp đảng viên mới", isRatio: false),
        IndicatorLabel(
            code: "admission_rate", label: "Tỷ lệ kết nạp so với số đảng viên đầu năm", isRatio: true),
        IndicatorLabel(
            code: "probation_overdue", label: "Đảng viên dự bị quá hạn xét chuyển chính thức", isRatio: false),
        IndicatorLabel(
            code: "task_assigned_ratio", label: "Tỷ lệ đảng viên được phân công nhiệm vụ", isRatio: true),
        IndicatorLabel(
            code: "private_enterprise_members", label: "Đảng viên trong doanh nghiệp ngoài nhà nước",
            isRatio: false),
        IndicatorLabel(
            code: "village_head_member_ratio", label: "Tỷ lệ trưởng thôn, tổ dân phố là đảng viên",
            isRatio: true),
        IndicatorLabel(code: "white_villages", label: "Thôn, tổ dân phố chưa có đảng viên", isRatio: false),
        IndicatorLabel(
            code: "villages_without_cell", label: "Thôn, tổ dân phố chưa có chi bộ", isRatio: false),
        IndicatorLabel(
            code: "villages_at_risk", label: "Thôn, tổ dân phố chỉ có 1–2 đảng viên", isRatio: false),
        IndicatorLabel(code: "merged_meeting_cells", label: "Chi bộ sinh hoạt ghép", isRatio: false),
        IndicatorLabel(
            code: "member_rating_good_or_better",
            label: "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên", isRatio: true),
        IndicatorLabel(
            code: "grassroots_rating_good_or_better",
            label: "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", isRatio: true),
        IndicatorLabel(
            code: "cell_rating_good_or_better", label: "Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên",
            isRatio: true),
        IndicatorLabel(
            code: "weak_organizations", label: "Tổ chức đảng không hoàn thành nhiệm vụ", isRatio: false),
        IndicatorLabel(
            code: "periodic_meeting_regularity", label: "Chi bộ sinh hoạt định kỳ đủ hằng tháng",
            isRatio: true),
        IndicatorLabel(
            code: "periodic_meeting_on_time", label: "Buổi sinh hoạt định kỳ đúng thời gian quy định",
            isRatio: true),
        IndicatorLabel(
            code: "thematic_meeting_quarterly", label: "Chi bộ sinh hoạt chuyên đề đủ mỗi quý", isRatio: true),
        IndicatorLabel(
            code: "meeting_resolution_ratio", label: "Buổi sinh hoạt định kỳ có nghị quyết, kết luận",
            isRatio: true),
        IndicatorLabel(
            code: "meeting_quality_good_ratio", label: "Buổi sinh hoạt định kỳ xếp loại tốt, khá",
            isRatio: true),
        IndicatorLabel(
            code: "meeting_attendance_criterion", label: "Buổi sinh hoạt đạt yêu cầu về dự họp (trên 85%)",
            isRatio: true),
        IndicatorLabel(
            code: "superior_attendance_ratio", label: "Buổi sinh hoạt có cấp ủy cấp trên dự", isRatio: true),
        IndicatorLabel(
            code: "attendance_rate", label: "Tỷ lệ đảng viên dự sinh hoạt định kỳ", isRatio: true),
        IndicatorLabel(
            code: "absence_removal_candidates", label: "Đảng viên vắng không lý do từ 3 tháng trong năm",
            isRatio: false),
        IndicatorLabel(
            code: "cells_with_regulations", label: "Chi bộ có quy chế làm việc", isRatio: true),
        IndicatorLabel(
            code: "admission_plan_ratio", label: "Tổ chức đảng có nguồn quần chúng có kế hoạch kết nạp",
            isRatio: true),
        IndicatorLabel(
            code: "committee_trained_ratio", label: "Cấp ủy viên được tập huấn, bồi dưỡng trong nhiệm kỳ",
            isRatio: true),
        IndicatorLabel(
            code: "cells_inspected_half_yearly", label: "Chi bộ được kiểm tra, giám sát mỗi 6 tháng",
            isRatio: true),
        IndicatorLabel(
            code: "cells_inspected_term", label: "Chi bộ được kiểm tra, giám sát trong nhiệm kỳ",
            isRatio: true),
        IndicatorLabel(
            code: "commune_key_cadre_qualified",
            label: "Cán bộ chủ chốt cấp xã đạt chuẩn đại học, trung cấp lý luận chính trị", isRatio: true),
    ]

    private static let positions: [String: Int] = Dictionary(
        uniqueKeysWithValues: catalog.enumerated().map { ($0.element.code, $0.offset) })

    /// The 1-based catalog number of `code`; codes outside the catalog sort after it.
    public static func number(of code: String) -> Int? {
        positions[code].map { $0 + 1 }
    }

    /// The entry for `code`; a code outside the catalog is labelled by itself, as a count
    /// unless it has a denominator (`hasDenominator`).
    public static func entry(for code: String, hasDenominator: Bool = false) -> IndicatorLabel {
        if let position = positions[code] { return catalog[position] }
        return IndicatorLabel(code: code, label: code, isRatio: hasDenominator)
    }
}
