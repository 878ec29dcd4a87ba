/// Every problem a stage reports, with its stable code: the rows and file-level notices
/// of rejects.csv and the file-level problems that stop a stage. The one place that
/// gives each code its severity, its message in rejects.csv, its meaning in a sentence
/// and what staff should change in the export (for the report's data-quality section
/// and for the stages' messages).
public enum ProblemCode: String, CaseIterable, Sendable, Error {
    // Whole rows.
    /// A row with more non-empty fields than the header.
    case rowRagged = "row.ragged"
    /// A row with no value at all.
    case rowBlank = "row.blank"
    // Values.
    /// A required value is empty.
    case valueRequired = "value.required"
    /// An empty id.
    case idEmpty = "id.empty"
    /// An id already used by an earlier row.
    case idDuplicate = "id.duplicate"
    /// A date in none of the accepted forms, or a day that does not exist.
    case dateInvalid = "date.invalid"
    /// A date whose year has two digits.
    case dateTwoDigitYear = "date.two_digit_year"
    /// A yes/no value in none of the accepted forms.
    case boolInvalid = "bool.invalid"
    /// A value outside its list of codes.
    case enumUnknown = "enum.unknown"
    /// A role that is not a party role of the list (dropped, row kept).
    case roleUnknown = "role.unknown"
    /// A year that is not four digits.
    case yearInvalid = "year.invalid"
    /// A number that cannot be read.
    case numberInvalid = "number.invalid"
    /// Text typed in a legacy font, converted to Unicode.
    case legacyFont = "text.legacy_font"
    /// Text that may be in a legacy font but could not be converted with confidence.
    case legacyFontSuspected = "text.legacy_font_suspected"
    // References.
    /// An organization id that no accepted organization has.
    case unknownOrganization = "ref.unknown_org"
    /// An organization that is not a party cell (chi bộ) where one is required.
    case notPartyCell = "ref.not_cell"
    /// A village id that no accepted village has.
    case unknownVillage = "ref.unknown_village"
    /// A member id that no accepted member has.
    case unknownMember = "ref.unknown_member"
    // Members.
    /// Admitted before the 18th birthday.
    case memberUnder18 = "member.under_18"
    /// Made official before being admitted.
    case memberOfficialBeforeAdmitted = "member.official_before_admitted"
    /// A probation shorter than 12 months.
    case memberShortProbation = "member.short_probation"
    /// Left before being admitted.
    case memberLeftBeforeAdmitted = "member.left_before_admitted"
    /// Two members with the same name and birth date.
    case memberPossibleDuplicate = "member.possible_duplicate"
    // Attendance.
    /// An attendance row for a meeting that no accepted meeting has.
    case attendanceUnknownMeeting = "attendance.unknown_meeting"
    /// An attendance row for a member that no accepted member has.
    case attendanceUnknownMember = "attendance.unknown_member"
    /// An attendance row for a member not active on the meeting day.
    case attendanceMemberInactive = "attendance.member_inactive"
    /// An attendance row for a member of another party cell.
    case attendanceOtherCell = "attendance.other_cell"
    /// A second attendance row for the same meeting and member.
    case attendanceDuplicate = "attendance.duplicate"
    // Ratings and targets.
    /// A second rating of the same subject and year.
    case ratingDuplicate = "rating.duplicate"
    /// A target whose `from_year` is after its `to_year`.
    case targetYearRange = "target.year_range"
    // File-level notices.
    /// A column the file has but the product does not read.
    case columnIgnored = "column.ignored"
    /// A whole file typed in a legacy font encoding, converted.
    case legacyEncoding = "text.legacy_encoding"
    /// A file in an encoding other than UTF-8, read and converted.
    case fileEncoding = "file.encoding"
    /// A file in INPUT that is not one of the expected exports.
    case fileIgnored = "file.ignored"
    /// The row of format hints of an export template (`make templates`), skipped.
    case templateHintRow = "row.template_hint"
    // File-level problems that stop a stage.
    /// A required input file is absent.
    case fileMissing = "file.missing"
    /// Two files of the input folder whose names differ only by case.
    case fileDuplicate = "file.duplicate"
    /// Required columns are absent from a header.
    case columnMissing = "header.missing_column"
    /// Two header cells name the same column.
    case columnDuplicate = "header.duplicate_column"
    /// A file that cannot be read or decoded.
    case fileUnreadable = "file.unreadable"
    /// Not exactly one organization without a parent.
    case organizationRoot = "organizations.root"
    /// Organizations whose parents form a cycle.
    case organizationCycle = "organizations.cycle"
    /// An output that could not be written.
    case outputWrite = "output.write"

    /// Errors reject the row (or stop the stage), warnings keep it, notices describe the file.
    public var severity: Severity {
        switch self {
        case .memberShortProbation, .memberPossibleDuplicate, .attendanceOtherCell, .legacyFont,
            .legacyFontSuspected, .roleUnknown:
            .warning
        case .columnIgnored, .legacyEncoding, .fileEncoding, .fileIgnored, .templateHintRow: .notice
        default: .error
        }
    }

    /// Whether the problem stops the stage instead of being one row of rejects.csv.
    public var stopsStage: Bool {
        switch self {
        case .fileMissing, .fileDuplicate, .columnMissing, .columnDuplicate, .fileUnreadable,
            .organizationRoot,
            .organizationCycle, .outputWrite:
            true
        default: false
        }
    }

    /// The Vietnamese message written in rejects.csv (file-level notices append what
    /// they are about).
    public var message: String {
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
        case .fileIgnored: "Tệp không thuộc các tệp xuất cần đọc, bỏ qua"
        case .templateHintRow: "Dòng gợi ý định dạng của tệp mẫu, không phải dữ liệu: đã bỏ qua"
        case .fileMissing: "Thiếu tệp bắt buộc"
        case .fileDuplicate: "Nhiều tệp cùng tên"
        case .columnMissing: "Thiếu cột bắt buộc"
        case .columnDuplicate: "Cột bị lặp lại"
        case .fileUnreadable: "Không đọc được tệp"
        case .organizationRoot: "Không có đúng một tổ chức đảng cấp trên cùng"
        case .organizationCycle: "Quan hệ cấp trên của các tổ chức đảng tạo thành vòng"
        case .outputWrite: "Không ghi được kết quả"
        }
    }

    /// What the problem means, in one short Vietnamese phrase (for a reader who sees
    /// only the code).
    public var meaning: String {
        switch self {
        case .rowRagged: "dòng có nhiều cột hơn tiêu đề"
        case .rowBlank: "dòng trống"
        case .valueRequired: "thiếu giá trị bắt buộc"
        case .idEmpty: "mã trống"
        case .idDuplicate: "mã trùng với dòng trước"
        case .dateInvalid: "ngày không hợp lệ"
        case .dateTwoDigitYear: "năm ghi hai chữ số"
        case .boolInvalid: "giá trị có/không không hợp lệ"
        case .enumUnknown: "giá trị ngoài danh mục"
        case .roleUnknown: "chức vụ ngoài danh mục chức vụ đảng"
        case .yearInvalid: "năm không hợp lệ"
        case .numberInvalid: "số không hợp lệ"
        case .legacyFont: "chữ gõ phông cũ, đã chuyển sang Unicode"
        case .legacyFontSuspected: "nghi chữ gõ phông cũ, chưa chuyển"
        case .unknownOrganization: "tổ chức đảng không có trong danh sách"
        case .notPartyCell: "tổ chức đảng không phải chi bộ"
        case .unknownVillage: "thôn, tổ dân phố không có trong danh sách"
        case .unknownMember: "đảng viên không có trong danh sách"
        case .memberUnder18: "vào Đảng khi chưa đủ 18 tuổi"
        case .memberOfficialBeforeAdmitted: "ngày chính thức trước ngày vào Đảng"
        case .memberShortProbation: "dự bị dưới 12 tháng"
        case .memberLeftBeforeAdmitted: "ra khỏi danh sách trước ngày vào Đảng"
        case .memberPossibleDuplicate: "có thể trùng đảng viên"
        case .attendanceUnknownMeeting: "điểm danh buổi sinh hoạt không có trong danh sách"
        case .attendanceUnknownMember: "điểm danh đảng viên không có trong danh sách"
        case .attendanceMemberInactive: "điểm danh đảng viên không còn sinh hoạt"
        case .attendanceOtherCell: "điểm danh đảng viên chi bộ khác"
        case .attendanceDuplicate: "điểm danh trùng"
        case .ratingDuplicate: "xếp loại trùng"
        case .targetYearRange: "chỉ tiêu có từ năm sau đến năm"
        case .columnIgnored: "cột không dùng, bỏ qua"
        case .legacyEncoding: "tệp gõ phông cũ, đã chuyển mã"
        case .fileEncoding: "tệp không phải UTF-8, đã chuyển mã"
        case .fileIgnored: "tệp không dùng, bỏ qua"
        case .templateHintRow: "dòng gợi ý của tệp mẫu, bỏ qua"
        case .fileMissing: "thiếu tệp bắt buộc"
        case .fileDuplicate: "nhiều tệp cùng tên"
        case .columnMissing: "thiếu cột bắt buộc"
        case .columnDuplicate: "cột lặp lại"
        case .fileUnreadable: "không đọc được tệp"
        case .organizationRoot: "không có đúng một tổ chức cấp trên cùng"
        case .organizationCycle: "quan hệ cấp trên tạo thành vòng"
        case .outputWrite: "không ghi được kết quả"
        }
    }

    /// What staff should change in the export, in one Vietnamese sentence.
    public var fix: String {
        switch self {
        case .rowRagged:
            "Kiểm tra dòng đó: xóa các ô thừa ở cuối dòng, hoặc đặt trong ngoặc kép ô có chứa dấu phân cách."
        case .rowBlank: "Xóa dòng trống khỏi tệp xuất."
        case .valueRequired: "Điền giá trị vào ô còn trống của cột bắt buộc."
        case .idEmpty: "Điền mã cho dòng đó; mỗi dòng cần một mã riêng."
        case .idDuplicate: "Đổi mã để mỗi dòng có một mã riêng, hoặc xóa dòng nhập hai lần."
        case .dateInvalid: "Sửa ngày theo dạng ngày/tháng/năm đủ bốn chữ số năm, ví dụ 05/03/2018."
        case .dateTwoDigitYear: "Ghi năm đủ bốn chữ số, ví dụ 05/03/2018 thay cho 05/03/18."
        case .boolInvalid: "Ghi có hoặc không (hoặc x, để trống)."
        case .enumUnknown: "Ghi một giá trị trong danh mục của cột đó (hoặc tên viết tắt thông dụng của nó)."
        case .roleUnknown:
            "Nếu là chức vụ đảng, ghi đúng tên trong danh mục (bí thư, phó bí thư, cấp ủy viên, cán bộ chủ chốt cấp xã); nếu không, bỏ khỏi cột chức vụ."
        case .yearInvalid: "Ghi năm đủ bốn chữ số, ví dụ 2018."
        case .numberInvalid: "Ghi số, dùng dấu chấm hoặc dấu phẩy cho phần thập phân và không có chữ."
        case .legacyFont: "Không bắt buộc: có thể gõ lại bằng phông Unicode để tệp xuất đọc đúng ở mọi nơi."
        case .legacyFontSuspected: "Mở tệp và xem ô đó: nếu chữ bị sai, gõ lại bằng phông Unicode."
        case .unknownOrganization:
            "Sửa mã tổ chức đảng cho đúng một mã trong organizations.csv, hoặc sửa dòng của tổ chức đó nếu nó bị loại."
        case .notPartyCell:
            "Ghi mã của chi bộ mà đảng viên hoặc buổi sinh hoạt thuộc về, không phải mã đảng bộ."
        case .unknownVillage:
            "Sửa mã thôn cho đúng một mã trong villages.csv, hoặc sửa dòng của thôn đó nếu nó bị loại."
        case .unknownMember:
            "Sửa mã đảng viên cho đúng một mã trong members.csv, hoặc sửa dòng của đảng viên đó nếu nó bị loại."
        case .memberUnder18: "Kiểm tra và sửa ngày sinh hoặc ngày vào Đảng."
        case .memberOfficialBeforeAdmitted: "Kiểm tra và sửa ngày vào Đảng hoặc ngày chính thức."
        case .memberShortProbation: "Kiểm tra ngày vào Đảng và ngày chính thức; nếu đúng thì giữ nguyên."
        case .memberLeftBeforeAdmitted: "Kiểm tra và sửa ngày vào Đảng hoặc ngày ra khỏi danh sách."
        case .memberPossibleDuplicate: "Kiểm tra hai dòng: nếu là một người, giữ một dòng và xóa dòng kia."
        case .attendanceUnknownMeeting:
            "Sửa mã buổi sinh hoạt cho đúng một mã trong meetings.csv, hoặc sửa dòng của buổi đó nếu nó bị loại."
        case .attendanceUnknownMember:
            "Sửa mã đảng viên cho đúng một mã trong members.csv, hoặc sửa dòng của đảng viên đó nếu nó bị loại."
        case .attendanceMemberInactive:
            "Kiểm tra ngày họp và ngày vào Đảng, ngày ra khỏi danh sách của đảng viên đó."
        case .attendanceOtherCell: "Kiểm tra mã chi bộ của đảng viên hoặc của buổi sinh hoạt."
        case .attendanceDuplicate: "Xóa dòng điểm danh nhập hai lần."
        case .ratingDuplicate: "Giữ một xếp loại cho mỗi đối tượng mỗi năm, xóa dòng thừa."
        case .targetYearRange: "Sửa from_year và to_year để năm bắt đầu không sau năm kết thúc."
        case .columnIgnored: "Không cần sửa; nếu cột đó là một cột cần đọc, đổi tiêu đề cho đúng tên cột."
        case .legacyEncoding: "Không cần sửa; nên xuất lại tệp bằng Unicode (UTF-8)."
        case .fileEncoding: "Không cần sửa; nên xuất lại tệp bằng Unicode (UTF-8)."
        case .fileIgnored:
            "Nếu tệp đó là một tệp xuất cần đọc, đổi tên cho đúng một trong các tên cần đọc; nếu không, có thể để nguyên."
        case .templateHintRow: "Không cần sửa; có thể xóa dòng gợi ý (dòng 2) của tệp mẫu."
        case .fileMissing: "Đặt tệp xuất đó vào thư mục đầu vào (INPUT) với đúng tên, rồi chạy lại."
        case .fileDuplicate: "Giữ một tệp cho mỗi tên, xóa hoặc đổi tên các tệp kia, rồi chạy lại."
        case .columnMissing:
            "Thêm các cột còn thiếu vào tệp xuất, hoặc đổi tiêu đề cột cho đúng tên (tiếng Việt hoặc tên tiếng Anh), rồi chạy lại."
        case .columnDuplicate: "Xóa hoặc đổi tên một trong hai cột cùng nghĩa, rồi chạy lại."
        case .fileUnreadable: "Xuất lại tệp đó dưới dạng CSV (nên dùng UTF-8), rồi chạy lại."
        case .organizationRoot:
            "Để trống parent_id (mã tổ chức cấp trên) ở đúng một dòng, của tỉnh ủy, và điền nó ở mọi dòng khác, rồi chạy lại."
        case .organizationCycle:
            "Sửa parent_id (mã tổ chức cấp trên) của một trong các tổ chức được nêu, rồi chạy lại."
        case .outputWrite:
            "Kiểm tra thư mục kết quả (OUTPUT): quyền ghi và dung lượng còn trống, rồi chạy lại."
        }
    }
}
