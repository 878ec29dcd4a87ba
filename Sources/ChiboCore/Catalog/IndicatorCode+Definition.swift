/// The catalog: one entry per indicator, in one exhaustive switch so that the compiler
/// refuses a code without an entry. Adding an indicator is a case in `IndicatorCode`, its
/// entry here, its formula in an Indicators family and its tests.
extension IndicatorCode {
    /// The catalog entry of the indicator (SPEC "Indicator catalog").
    public var definition: IndicatorDefinition {
        switch self {
        case .membersTotal:
            IndicatorDefinition(
                .count, .asOf, name: "Tổng số đảng viên",
                definition: "Số đảng viên đang sinh hoạt tại thời điểm báo cáo.",
                source: "002")
        case .membersProbationary:
            IndicatorDefinition(
                .count, .asOf, name: "Số đảng viên dự bị",
                definition:
                    "Số đảng viên đang sinh hoạt chưa được công nhận đảng viên chính thức tại thời điểm báo cáo.",
                source: "002")
        case .admissions:
            IndicatorDefinition(
                .count, .perYearAndTerm, name: "Kết nạp đảng viên mới",
                definition: "Số đảng viên có ngày kết nạp trong năm, và tổng số trong cả kỳ.",
                source: "002 B.I")
        case .admissionRate:
            IndicatorDefinition(
                .ratio, .perYear, name: "Tỷ lệ kết nạp so với số đảng viên đầu năm",
                definition:
                    "Số kết nạp trong năm so với số đảng viên đang sinh hoạt vào ngày trước khi năm (đã giới hạn trong kỳ) bắt đầu.",
                source: "Nghị quyết 21-NQ/TW (2022)")
        case .probationOverdue:
            IndicatorDefinition(
                .count, .asOf, name: "Đảng viên dự bị quá hạn xét chuyển chính thức",
                definition:
                    "Số đảng viên dự bị đang sinh hoạt, chưa được công nhận chính thức, đã quá 12 tháng 30 ngày kể từ ngày kết nạp.",
                source: "Điều lệ")
        case .taskAssignedRatio:
            IndicatorDefinition(
                .ratio, .asOf, name: "Tỷ lệ đảng viên được phân công nhiệm vụ",
                definition:
                    "Đảng viên đang sinh hoạt, không được miễn sinh hoạt, được phân công nhiệm vụ, trên tổng số đảng viên đang sinh hoạt không được miễn.",
                source: "000 II.3, 002 B.II.2")
        case .privateEnterpriseMembers:
            IndicatorDefinition(
                .count, .asOf, name: "Đảng viên trong doanh nghiệp ngoài nhà nước",
                definition: "Số đảng viên đang sinh hoạt trong chi bộ doanh nghiệp ngoài nhà nước.",
                source: "002")
        case .villageHeadMemberRatio:
            IndicatorDefinition(
                .ratio, .asOf, name: "Tỷ lệ trưởng thôn, tổ dân phố là đảng viên",
                definition:
                    "Thôn, tổ dân phố đang hoạt động có trưởng thôn, tổ trưởng là đảng viên, trên tổng số thôn, tổ dân phố đang hoạt động.",
                source: "002 B.I")
        case .whiteVillages:
            IndicatorDefinition(
                .count, .asOf, name: "Thôn, tổ dân phố chưa có đảng viên",
                definition: "Số thôn, tổ dân phố đang hoạt động không có đảng viên đang sinh hoạt cư trú.",
                source: "002 B.I")
        case .villagesWithoutCell:
            IndicatorDefinition(
                .count, .asOf, name: "Thôn, tổ dân phố chưa có chi bộ",
                definition: "Số thôn, tổ dân phố đang hoạt động chưa có chi bộ đang hoạt động.",
                source: "002 B.II.1.1, Nghị quyết 21-NQ/TW")
        case .villagesAtRisk:
            IndicatorDefinition(
                .count, .asOf, name: "Thôn, tổ dân phố chỉ có 1–2 đảng viên",
                definition:
                    "Số thôn, tổ dân phố đang hoạt động chỉ có 1 hoặc 2 đảng viên cư trú, chưa đủ 3 đảng viên để lập chi bộ.",
                source: "002 B.II.2")
        case .mergedMeetingCells:
            IndicatorDefinition(
                .count, .asOf, name: "Chi bộ sinh hoạt ghép",
                definition: "Số chi bộ đang hoạt động phải sinh hoạt ghép.",
                source: "002 B.II.1.1")
        case .memberRatingGoodOrBetter:
            IndicatorDefinition(
                .ratio, .perYear, isRating: true, name: "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên",
                definition: "Đảng viên xếp loại mức 1–2 trên tổng số đảng viên được xếp loại trong năm.",
                source: "002 B.I")
        case .grassrootsRatingGoodOrBetter:
            IndicatorDefinition(
                .ratio, .perYear, isRating: true,
                name: "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
                definition:
                    "Tổ chức cơ sở đảng xếp loại mức 1–2 trên tổng số tổ chức cơ sở đảng được xếp loại trong năm.",
                source: "002 B.I")
        case .cellRatingGoodOrBetter:
            IndicatorDefinition(
                .ratio, .perYear, isRating: true, name: "Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên",
                definition: "Chi bộ xếp loại mức 1–2 trên tổng số chi bộ được xếp loại trong năm.",
                source: "000 II.3")
        case .weakOrganizations:
            IndicatorDefinition(
                .count, .perYear, isRating: true, name: "Tổ chức đảng không hoàn thành nhiệm vụ",
                definition: "Số tổ chức đảng xếp loại mức 4 (không hoàn thành nhiệm vụ) trong năm.",
                source: "000 II.3")
        case .periodicMeetingRegularity:
            IndicatorDefinition(
                .ratio, .perYear, name: "Chi bộ sinh hoạt định kỳ đủ hằng tháng",
                definition:
                    "Chi bộ hoạt động cả năm có sinh hoạt định kỳ trong mọi tháng trọn vẹn của năm, trên tổng số chi bộ hoạt động cả năm.",
                source: "004 II.1, 000 III.2.3")
        case .periodicMeetingOnTime:
            IndicatorDefinition(
                .ratio, .perYear, name: "Buổi sinh hoạt định kỳ đúng thời gian quy định",
                definition:
                    "Buổi sinh hoạt định kỳ họp đúng hoặc trước ngày hạn trong tháng (mặc định ngày 10), trên tổng số buổi sinh hoạt định kỳ.",
                source: "000 III.2.3")
        case .thematicMeetingQuarterly:
            IndicatorDefinition(
                .ratio, .perYear, name: "Chi bộ sinh hoạt chuyên đề đủ mỗi quý",
                definition:
                    "Chi bộ hoạt động cả năm có sinh hoạt chuyên đề trong mọi quý trọn vẹn của năm, trên tổng số chi bộ hoạt động cả năm.",
                source: "000 III.2.3, 004 II.1")
        case .meetingResolutionRatio:
            IndicatorDefinition(
                .ratio, .perYear, name: "Buổi sinh hoạt định kỳ có nghị quyết, kết luận",
                definition:
                    "Buổi sinh hoạt định kỳ có nghị quyết, kết luận trên tổng số buổi sinh hoạt định kỳ.",
                source: "000 III.2.4")
        case .meetingQualityGoodRatio:
            IndicatorDefinition(
                .ratio, .perYear, name: "Buổi sinh hoạt định kỳ xếp loại tốt, khá",
                definition:
                    "Buổi sinh hoạt định kỳ xếp loại tốt hoặc khá trên tổng số buổi sinh hoạt định kỳ được xếp loại.",
                source: "001 I.2, 003 1.1")
        case .meetingAttendanceCriterion:
            IndicatorDefinition(
                .ratio, .perYear, name: "Buổi sinh hoạt đạt yêu cầu về dự họp (trên 85%)",
                definition:
                    "Buổi sinh hoạt định kỳ có điểm danh, có trên 85% đảng viên không được miễn có mặt và không ai vắng không lý do, trên tổng số buổi có điểm danh (Hướng dẫn 12-HD/BTCTW).",
                source: "004 II.1, 001 I.2")
        case .superiorAttendanceRatio:
            IndicatorDefinition(
                .ratio, .perYear, name: "Buổi sinh hoạt có cấp ủy cấp trên dự",
                definition:
                    "Buổi sinh hoạt định kỳ có cấp ủy cấp trên dự trên tổng số buổi sinh hoạt định kỳ.",
                source: "001 3.5, 003 1.8")
        case .attendanceRate:
            IndicatorDefinition(
                .ratio, .perYear, name: "Tỷ lệ đảng viên dự sinh hoạt định kỳ",
                definition:
                    "Lượt có mặt trên tổng số lượt điểm danh của đảng viên không được miễn tại các buổi sinh hoạt định kỳ.",
                source: "004 II.1")
        case .absenceRemovalCandidates:
            IndicatorDefinition(
                .count, .perYear, name: "Đảng viên vắng không lý do từ 3 tháng trong năm",
                definition:
                    "Số đảng viên vắng sinh hoạt không lý do trong 3 tháng khác nhau trở lên của năm.",
                source: "Điều lệ art. 8")
        case .cellsWithRegulations:
            IndicatorDefinition(
                .ratio, .asOf, name: "Chi bộ có quy chế làm việc",
                definition: "Chi bộ đang hoạt động có quy chế làm việc trên tổng số chi bộ đang hoạt động.",
                source: "000 II.3, 003")
        case .admissionPlanRatio:
            IndicatorDefinition(
                .ratio, .asOf, name: "Tổ chức đảng có nguồn quần chúng có kế hoạch kết nạp",
                definition:
                    "Tổ chức đảng đang hoạt động có nguồn quần chúng và có kế hoạch kết nạp, trên tổng số tổ chức có nguồn quần chúng.",
                source: "002 B.II.2")
        case .committeeTrainedRatio:
            IndicatorDefinition(
                .ratio, .term, name: "Cấp ủy viên được tập huấn, bồi dưỡng trong nhiệm kỳ",
                definition:
                    "Bí thư, phó bí thư, cấp ủy viên đang sinh hoạt được tập huấn, bồi dưỡng trong kỳ, trên tổng số người giữ các chức vụ đó.",
                source: "000 II.3, 002 B.I, 004 II.4")
        case .cellsInspectedHalfYearly:
            IndicatorDefinition(
                .ratio, .perYear, name: "Chi bộ được kiểm tra, giám sát mỗi 6 tháng",
                definition:
                    "Chi bộ hoạt động cả năm được kiểm tra, giám sát trong mọi nửa năm trọn vẹn của năm, trên tổng số chi bộ hoạt động cả năm.",
                source: "000 III.2.6, 002 B.II.1.2, 004 II.2")
        case .cellsInspectedTerm:
            IndicatorDefinition(
                .ratio, .term, name: "Chi bộ được kiểm tra, giám sát trong nhiệm kỳ",
                definition:
                    "Chi bộ đang hoạt động được kiểm tra, giám sát ít nhất một lần trong kỳ, trên tổng số chi bộ đang hoạt động.",
                source: "004 II.2")
        case .communeKeyCadreQualified:
            IndicatorDefinition(
                .ratio, .asOf, name: "Cán bộ chủ chốt cấp xã đạt chuẩn đại học, trung cấp lý luận chính trị",
                definition:
                    "Cán bộ chủ chốt cấp xã đang sinh hoạt có trình độ đại học trở lên và trung cấp lý luận chính trị trở lên, trên tổng số cán bộ chủ chốt cấp xã.",
                source: "002 B.I")
        }
    }
}
