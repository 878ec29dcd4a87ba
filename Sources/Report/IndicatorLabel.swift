import ChiboCore

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
    public static let catalog: [IndicatorLabel] = IndicatorCode.allCases.map { code in
        IndicatorLabel(code: code.rawValue, label: vietnameseName(of: code), isRatio: code.isRatio)
    }

    /// The Vietnamese name of an indicator, as boards and staff read it.
    public static func vietnameseName(of code: IndicatorCode) -> String {
        switch code {
        case .membersTotal: "Tổng số đảng viên"
        case .membersProbationary: "Số đảng viên dự bị"
        case .admissions: "Kết nạp đảng viên mới"
        case .admissionRate: "Tỷ lệ kết nạp so với số đảng viên đầu năm"
        case .probationOverdue: "Đảng viên dự bị quá hạn xét chuyển chính thức"
        case .taskAssignedRatio: "Tỷ lệ đảng viên được phân công nhiệm vụ"
        case .privateEnterpriseMembers: "Đảng viên trong doanh nghiệp ngoài nhà nước"
        case .villageHeadMemberRatio: "Tỷ lệ trưởng thôn, tổ dân phố là đảng viên"
        case .whiteVillages: "Thôn, tổ dân phố chưa có đảng viên"
        case .villagesWithoutCell: "Thôn, tổ dân phố chưa có chi bộ"
        case .villagesAtRisk: "Thôn, tổ dân phố chỉ có 1–2 đảng viên"
        case .mergedMeetingCells: "Chi bộ sinh hoạt ghép"
        case .memberRatingGoodOrBetter: "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên"
        case .grassrootsRatingGoodOrBetter: "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên"
        case .cellRatingGoodOrBetter: "Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên"
        case .weakOrganizations: "Tổ chức đảng không hoàn thành nhiệm vụ"
        case .periodicMeetingRegularity: "Chi bộ sinh hoạt định kỳ đủ hằng tháng"
        case .periodicMeetingOnTime: "Buổi sinh hoạt định kỳ đúng thời gian quy định"
        case .thematicMeetingQuarterly: "Chi bộ sinh hoạt chuyên đề đủ mỗi quý"
        case .meetingResolutionRatio: "Buổi sinh hoạt định kỳ có nghị quyết, kết luận"
        case .meetingQualityGoodRatio: "Buổi sinh hoạt định kỳ xếp loại tốt, khá"
        case .meetingAttendanceCriterion: "Buổi sinh hoạt đạt yêu cầu về dự họp (trên 85%)"
        case .superiorAttendanceRatio: "Buổi sinh hoạt có cấp ủy cấp trên dự"
        case .attendanceRate: "Tỷ lệ đảng viên dự sinh hoạt định kỳ"
        case .absenceRemovalCandidates: "Đảng viên vắng không lý do từ 3 tháng trong năm"
        case .cellsWithRegulations: "Chi bộ có quy chế làm việc"
        case .admissionPlanRatio: "Tổ chức đảng có nguồn quần chúng có kế hoạch kết nạp"
        case .committeeTrainedRatio: "Cấp ủy viên được tập huấn, bồi dưỡng trong nhiệm kỳ"
        case .cellsInspectedHalfYearly: "Chi bộ được kiểm tra, giám sát mỗi 6 tháng"
        case .cellsInspectedTerm: "Chi bộ được kiểm tra, giám sát trong nhiệm kỳ"
        case .communeKeyCadreQualified:
            "Cán bộ chủ chốt cấp xã đạt chuẩn đại học, trung cấp lý luận chính trị"
        }
    }

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
