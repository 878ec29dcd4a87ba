import ChiboCore

/// Every row- and file-level problem ingest reports in rejects.csv, with its stable
/// code, its severity and its Vietnamese message.
enum RuleCode: String, CaseIterable, Sendable, Error {
    // Whole rows.
    case rowRagged = "row.ragged"
    case rowBlank = "row.blank"
    // Values.
    case valueRequired = "value.required"
    case idEmpty = "id.empty"
    case idDuplicate = "id.duplicate"
    case dateInvalid = "date.invalid"
    case dateTwoDigitYear = "date.two_digit_year"
    case boolInvalid = "bool.invalid"
    case enumUnknown = "enum.unknown"
    case roleUnknown = "role.unknown"
    case yearInvalid = "year.invalid"
    case numberInvalid = "number.invalid"
    case legacyFont = "text.legacy_font"
    case legacyFontSuspected = "text.legacy_font_suspected"
    // References.
    case unknownOrganization = "ref.unknown_org"
    case notPartyCell = "ref.not_cell"
    case unknownVillage = "ref.unknown_village"
    case unknownMember = "ref.unknown_member"
    // Members.
    case memberUnder18 = "member.under_18"
    case memberOfficialBeforeAdmitted = "member.official_before_admitted"
    case memberShortProbation = "member.short_probation"
    case memberLeftBeforeAdmitted = "member.left_before_admitted"
    case memberPossibleDuplicate = "member.possible_duplicate"
    // Attendance.
    case attendanceUnknownMeeting = "attendance.unknown_meeting"
    case attendanceUnknownMember = "attendance.unknown_member"
    case attendanceMemberInactive = "attendance.member_inactive"
    case attendanceOtherCell = "attendance.other_cell"
    case attendanceDuplicate = "attendance.duplicate"
    // Ratings and targets.
    case ratingDuplicate = "rating.duplicate"
    case targetYearRange = "target.year_range"
    // File-level notices.
    case columnIgnored = "column.ignored"
    case legacyEncoding = "text.legacy_encoding"
    case fileEncoding = "file.encoding"

    /// Errors reject the row, warnings keep it, notices describe the file.
    var severity: Severity {
        switch self {
        case .memberShortProbation, .memberPossibleDuplicate, .attendanceOtherCell, .legacyFont,
            .legacyFontSuspected, .roleUnknown:
            .warning
        case .columnIgnored, .legacyEncoding, .fileEncoding: .notice
        default: .error
        }
    }

    /// The Vietnamese message written in rejects.csv.
    var message: String {
        switch self {
        case .rowRagged: "Số cột của dòng không khớp với tiêu đề"
        case .rowBlank: "Dòng trống"
        case .valueRequired: "Thiếu giá trị bắt buộc"
        case .idEmpty: "Mã trống"
        case .idDuplicate: "Mã bị trùng với một dòng trước"
        case .dateInvalid: "Ngày không hợp lệ"
        case .dateTwoDigitYear: "Năm chỉ có hai chữ số"
        case .boolInvalid: "Giá trị có/không không hợp lệ"
        case .enumUnknown: "Giá trị không thuộc danh mục"
        case .roleUnknown: "Chức vụ không phải chức vụ đảng trong danh mục, bỏ qua"
        case .yearInvalid: "Năm không hợp lệ (cần 4 chữ số)"
        case .numberInvalid: "Số không hợp lệ"
        case .legacyFont: "Văn bản gõ bằng phông chữ cũ đã được chuyển sang Unicode"
        case .legacyFontSuspected:
            "Có thể là văn bản gõ bằng phông chữ cũ (TCVN3/VNI) nhưng không chuyển được chắc chắn: giữ nguyên, đề nghị kiểm tra"
        case .unknownOrganization: "Tổ chức đảng không tồn tại hoặc bị loại"
        case .notPartyCell: "Tổ chức đảng không phải là chi bộ"
        case .unknownVillage: "Thôn không tồn tại hoặc bị loại"
        case .unknownMember: "Đảng viên không tồn tại hoặc bị loại"
        case .memberUnder18: "Tuổi khi vào Đảng dưới 18"
        case .memberOfficialBeforeAdmitted: "Ngày chính thức trước ngày vào Đảng"
        case .memberShortProbation: "Thời gian dự bị dưới 12 tháng"
        case .memberLeftBeforeAdmitted: "Ngày ra khỏi danh sách trước ngày vào Đảng"
        case .memberPossibleDuplicate: "Có thể trùng đảng viên (cùng họ tên và ngày sinh)"
        case .attendanceUnknownMeeting: "Buổi sinh hoạt không tồn tại hoặc bị loại"
        case .attendanceUnknownMember: "Đảng viên không tồn tại hoặc bị loại"
        case .attendanceMemberInactive: "Đảng viên không còn sinh hoạt vào ngày họp"
        case .attendanceOtherCell: "Đảng viên thuộc chi bộ khác với chi bộ của buổi sinh hoạt"
        case .attendanceDuplicate: "Điểm danh trùng (cùng buổi sinh hoạt và đảng viên)"
        case .ratingDuplicate: "Xếp loại trùng (cùng đối tượng và năm)"
        case .targetYearRange: "Từ năm sau đến năm"
        case .columnIgnored: "Cột bị bỏ qua"
        case .legacyEncoding: "Đã chuyển mã phông chữ cũ"
        case .fileEncoding: "Tệp mã hóa"
        }
    }

    /// A diagnostic of this rule about `file` at `line`.
    func diagnostic(
        file: String, line: Int, column: Int = 0, columnName: String = "", value: String = "",
        message: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            severity: severity, file: file, line: line, column: column, columnName: columnName, value: value,
            code: rawValue, message: message ?? self.message)
    }
}
