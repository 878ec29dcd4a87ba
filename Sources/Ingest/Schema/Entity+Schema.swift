import ChiboCore

extension Entity {
    /// The headers of a member id in every file (số thẻ đảng viên, số lý lịch).
    private static let memberIdAliases = ["Số thẻ đảng viên", "Số lý lịch", "Mã đảng viên"]
    /// The headers of an organization id in the files that reference one.
    private static let organizationIdAliases = ["Mã chi bộ", "Mã tổ chức", "Mã TCĐ"]

    /// The columns of this file in canonical order (equal to `columns`), with types,
    /// required flags and the header aliases of the raw exports.
    var schema: [ColumnSchema] {
        switch self {
        case .organizations:
            [
                ColumnSchema("org_id", .id, required: true, aliases: ["Mã tổ chức", "Mã chi bộ", "Mã TCĐ"]),
                ColumnSchema("name", .name, required: true, aliases: ["Tên tổ chức", "Tên chi bộ"]),
                // Required in the header, but the root's value is empty.
                ColumnSchema(
                    "parent_id", .id, required: true, valueRequired: false,
                    aliases: ["Mã tổ chức cấp trên", "Mã cấp trên"]),
                ColumnSchema("level", .enumeration(.organizationLevel), required: true, aliases: ["Cấp"]),
                ColumnSchema("kind", .enumeration(.organizationKind), aliases: ["Loại hình"]),
                ColumnSchema("village_id", .id, aliases: ["Mã thôn"]),
                ColumnSchema("established_on", .date, aliases: ["Ngày thành lập"]),
                ColumnSchema("dissolved_on", .date, aliases: ["Ngày giải thể"]),
                ColumnSchema("has_regulations", .boolean, aliases: ["Có quy chế làm việc"]),
                ColumnSchema("merged_meetings", .boolean, aliases: ["Sinh hoạt ghép"]),
                ColumnSchema("has_candidate_pool", .boolean, aliases: ["Có nguồn quần chúng"]),
                ColumnSchema("has_admission_plan", .boolean, aliases: ["Có kế hoạch kết nạp"]),
            ]
        case .villages:
            [
                ColumnSchema("village_id", .id, required: true, aliases: ["Mã thôn"]),
                ColumnSchema(
                    "name", .name, required: true, aliases: ["Tên thôn", "Tên thôn, bản, tổ dân phố"]),
                ColumnSchema("commune_org_id", .id, required: true, aliases: ["Mã đảng bộ xã"]),
                ColumnSchema("head_name", .name, aliases: ["Trưởng thôn", "Họ tên trưởng thôn"]),
                ColumnSchema("head_member_id", .id, aliases: ["Số thẻ đảng viên của trưởng thôn"]),
                ColumnSchema("head_is_member", .boolean, aliases: ["Trưởng thôn là đảng viên"]),
                ColumnSchema("dissolved_on", .date, aliases: ["Ngày sáp nhập/giải thể", "Ngày giải thể"]),
            ]
        case .members:
            [
                ColumnSchema(
                    "member_id", .id, required: true,
                    aliases: ["Số thẻ đảng viên", "Số lý lịch", "Mã đảng viên"]),
                ColumnSchema("full_name", .name, required: true, aliases: ["Họ và tên", "Họ tên"]),
                ColumnSchema("birth_date", .date, required: true, aliases: ["Ngày sinh"]),
                ColumnSchema("gender", .enumeration(.gender), aliases: ["Giới tính"]),
                ColumnSchema("ethnicity", .text, aliases: ["Dân tộc"]),
                ColumnSchema(
                    "org_id", .id, required: true, aliases: Entity.organizationIdAliases + ["Chi bộ"]),
                ColumnSchema("village_id", .id, aliases: ["Thôn nơi cư trú", "Mã thôn"]),
                ColumnSchema(
                    "admitted_on", .date, required: true, aliases: ["Ngày vào Đảng", "Ngày kết nạp"]),
                ColumnSchema("official_on", .date, aliases: ["Ngày chính thức"]),
                ColumnSchema("left_on", .date, aliases: ["Ngày ra khỏi danh sách"]),
                ColumnSchema(
                    "left_reason", .enumeration(.leftReason), aliases: ["Lý do", "Lý do ra khỏi danh sách"]),
                ColumnSchema("exempt", .boolean, aliases: ["Miễn sinh hoạt"]),
                ColumnSchema("task_assigned", .boolean, aliases: ["Được phân công nhiệm vụ"]),
                ColumnSchema("roles", .roles, aliases: ["Chức vụ đảng", "Chức vụ"]),
                ColumnSchema("education", .enumeration(.education), aliases: ["Trình độ chuyên môn"]),
                ColumnSchema(
                    "political_theory", .enumeration(.politicalTheory),
                    aliases: ["Lý luận chính trị", "Trình độ lý luận chính trị"]),
            ]
        case .meetings:
            [
                ColumnSchema("meeting_id", .id, required: true, aliases: ["Mã buổi sinh hoạt"]),
                ColumnSchema("org_id", .id, required: true, aliases: Entity.organizationIdAliases),
                ColumnSchema("date", .date, required: true, aliases: ["Ngày sinh hoạt", "Ngày"]),
                ColumnSchema(
                    "kind", .enumeration(.meetingKind), required: true,
                    aliases: ["Hình thức", "Loại sinh hoạt"]),
                ColumnSchema(
                    "has_resolution", .boolean, aliases: ["Có nghị quyết/kết luận", "Có nghị quyết"]),
                ColumnSchema(
                    "quality", .enumeration(.meetingQuality),
                    aliases: ["Xếp loại buổi sinh hoạt", "Chất lượng"]),
                ColumnSchema("superior_attended", .boolean, aliases: ["Cấp ủy cấp trên dự"]),
            ]
        case .attendance:
            [
                ColumnSchema("meeting_id", .id, required: true, aliases: ["Mã buổi sinh hoạt"]),
                ColumnSchema("member_id", .id, required: true, aliases: Entity.memberIdAliases),
                ColumnSchema(
                    "status", .enumeration(.attendanceStatus), required: true,
                    aliases: ["Tình trạng", "Điểm danh"]),
            ]
        case .memberRatings:
            [
                ColumnSchema("year", .year, required: true, aliases: ["Năm"]),
                ColumnSchema("member_id", .id, required: true, aliases: Entity.memberIdAliases),
                ColumnSchema(
                    "rating", .enumeration(.rating), required: true,
                    aliases: ["Xếp loại", "Mức xếp loại", "Kết quả xếp loại"]),
            ]
        case .organizationRatings:
            [
                ColumnSchema("year", .year, required: true, aliases: ["Năm"]),
                ColumnSchema("org_id", .id, required: true, aliases: Entity.organizationIdAliases),
                ColumnSchema(
                    "rating", .enumeration(.rating), required: true,
                    aliases: ["Xếp loại", "Mức xếp loại", "Kết quả xếp loại"]),
            ]
        case .trainings:
            [
                ColumnSchema("member_id", .id, required: true, aliases: Entity.memberIdAliases),
                ColumnSchema("date", .date, required: true, aliases: ["Ngày", "Ngày tập huấn"]),
                ColumnSchema("course", .text, aliases: ["Khóa học", "Nội dung", "Lớp"]),
            ]
        case .inspections:
            [
                ColumnSchema("org_id", .id, required: true, aliases: Entity.organizationIdAliases),
                ColumnSchema("date", .date, required: true, aliases: ["Ngày kiểm tra", "Ngày"]),
                ColumnSchema(
                    "inspector", .text, aliases: ["Đơn vị kiểm tra", "Người kiểm tra", "Cơ quan kiểm tra"]),
            ]
        case .targets:
            [
                ColumnSchema(
                    "indicator", .enumeration(.indicator), required: true,
                    aliases: ["Chỉ tiêu", "Mã chỉ tiêu"]),
                ColumnSchema(
                    "comparator", .enumeration(.comparator), required: true,
                    aliases: ["So sánh", "Phép so sánh"]),
                ColumnSchema("value", .number, required: true, aliases: ["Giá trị", "Mức"]),
                ColumnSchema("from_year", .year, aliases: ["Từ năm"]),
                ColumnSchema("to_year", .year, aliases: ["Đến năm"]),
                ColumnSchema("scope", .enumeration(.targetScope), aliases: ["Phạm vi"]),
            ]
        }
    }

    /// The columns normalized rows are sorted by (bytewise, field by field), before the
    /// remaining columns break ties.
    var sortKeyColumns: [Int] {
        switch self {
        case .organizations, .villages, .members, .meetings: [0]
        case .attendance: [0, 1]
        case .memberRatings, .organizationRatings: [0, 1]
        case .trainings, .inspections: [0, 1, 2]
        case .targets: Array(0..<6)
        }
    }
}
