extension EnumNormalizer {
    /// The Vietnamese labels and abbreviations of each domain (HEADERS.md, SPEC).
    static func labels(_ domain: EnumDomain) -> [(String, String)] {
        switch domain {
        case .organizationLevel:
            [
                // The first label of each code is the one a template's drop-down offers.
                ("Đảng bộ tỉnh", "province"), ("Cấp trên cơ sở", "district"),
                ("Đảng bộ cơ sở", "grassroots_committee"), ("Tỉnh ủy", "province"), ("Huyện ủy", "district"),
                ("Quận ủy", "district"), ("Đảng bộ huyện", "district"), ("Đảng bộ quận", "district"),
                ("Đảng bộ thị xã", "district"), ("Đảng bộ thành phố", "district"),
                ("Đảng bộ xã", "grassroots_committee"), ("Đảng bộ phường", "grassroots_committee"),
                ("Đảng bộ thị trấn", "grassroots_committee"),
                ("Thành ủy", "district"), ("Thị ủy", "district"), ("Đảng ủy trực thuộc", "district"),
                ("Đảng bộ trực thuộc", "district"), ("Chi bộ cơ sở", "grassroots_cell"),
                ("Đảng bộ bộ phận", "sub_committee"), ("Chi bộ trực thuộc", "cell"), ("Chi bộ", "cell"),
            ]
        case .organizationKind:
            [
                ("Thôn", "village"), ("Bản", "village"), ("Ấp", "village"), ("Tổ dân phố", "residential"),
                ("Khu phố", "residential"), ("Xã", "commune"), ("Phường", "commune"), ("Thị trấn", "commune"),
                ("Cơ quan hành chính", "administrative"), ("Đơn vị sự nghiệp", "public_service"),
                ("Doanh nghiệp nhà nước", "state_enterprise"),
                ("Doanh nghiệp ngoài khu vực nhà nước", "private_enterprise"),
                ("Doanh nghiệp tư nhân", "private_enterprise"),
                ("Doanh nghiệp ngoài nhà nước", "private_enterprise"),
                ("Doanh nghiệp có vốn đầu tư nước ngoài", "private_enterprise"),
                ("Khu dân cư", "residential"), ("Lực lượng vũ trang", "armed_forces"),
                ("Quân đội", "armed_forces"), ("Công an", "armed_forces"), ("Khác", "other"),
            ]
        case .gender:
            [("Nam", "male"), ("Nữ", "female")]
        case .leftReason:
            [
                ("Chuyển sinh hoạt đi", "transferred"), ("Chuyển đi", "transferred"),
                ("Chuyển sinh hoạt", "transferred"), ("Từ trần", "deceased"), ("Chết", "deceased"),
                ("Qua đời", "deceased"),
                ("Xóa tên", "removed"), ("Khai trừ", "expelled"), ("Xin ra khỏi Đảng", "resigned"),
                ("Xin ra Đảng", "resigned"),
            ]
        case .partyRole:
            [
                ("Bí thư", "secretary"), ("Phó bí thư", "deputy_secretary"),
                ("Cấp ủy viên", "committee_member"),
                ("Chi ủy viên", "committee_member"), ("Đảng ủy viên", "committee_member"),
                ("Cán bộ chủ chốt cấp xã", "commune_key_cadre"),
            ]
        case .education:
            [
                ("Không", "none"), ("Chưa qua đào tạo", "none"), ("Trung học", "secondary"),
                ("Phổ thông", "secondary"), ("Trung học phổ thông", "secondary"), ("THPT", "secondary"),
                ("Trung học cơ sở", "secondary"), ("THCS", "secondary"), ("Trung cấp", "vocational"),
                ("Trung cấp chuyên nghiệp", "vocational"), ("Cao đẳng", "college"), ("Đại học", "university"),
                ("Cử nhân", "university"), ("Kỹ sư", "university"), ("Kĩ sư", "university"),
                ("Thạc sĩ", "master"), ("Thạc sỹ", "master"), ("ThS", "master"), ("Tiến sĩ", "doctor"),
                ("Tiến sỹ", "doctor"), ("TS", "doctor"),
            ]
        case .politicalTheory:
            [
                ("Không", "none"), ("Chưa qua đào tạo", "none"), ("Sơ cấp", "elementary"),
                ("Trung cấp", "intermediate"), ("Cao cấp", "advanced"), ("Cử nhân", "advanced"),
                ("Sơ cấp lý luận chính trị", "elementary"), ("Trung cấp lý luận chính trị", "intermediate"),
                ("Cao cấp lý luận chính trị", "advanced"), ("Cử nhân chính trị", "advanced"),
            ]
        case .meetingKind:
            [
                ("Định kỳ", "periodic"), ("Thường kỳ", "periodic"), ("Chuyên đề", "thematic"),
                ("Bất thường", "extraordinary"), ("Sinh hoạt định kỳ", "periodic"),
                ("Sinh hoạt thường kỳ", "periodic"), ("Sinh hoạt chuyên đề", "thematic"),
                ("Sinh hoạt bất thường", "extraordinary"),
            ]
        case .meetingQuality:
            [("Tốt", "good"), ("Khá", "fair"), ("Trung bình", "average"), ("Kém", "poor"), ("Yếu", "poor")]
        case .attendanceStatus:
            [
                ("Có mặt", "present"), ("Có", "present"), ("Vắng có lý do", "excused"),
                ("Vắng có phép", "excused"), ("Vắng không lý do", "unexcused"),
                ("Vắng không phép", "unexcused"),
            ]
        case .rating:
            [
                ("Hoàn thành xuất sắc nhiệm vụ", "excellent"), ("HTXSNV", "excellent"),
                ("Trong sạch vững mạnh", "excellent"), ("TSVM", "excellent"),
                ("Trong sạch vững mạnh tiêu biểu", "excellent"),
                ("Đủ tư cách hoàn thành xuất sắc nhiệm vụ", "excellent"),
                ("Hoàn thành tốt nhiệm vụ", "good"), ("HTTNV", "good"),
                ("Đủ tư cách hoàn thành tốt nhiệm vụ", "good"), ("Hoàn thành nhiệm vụ", "complete"),
                ("HTNV", "complete"), ("Đủ tư cách hoàn thành nhiệm vụ", "complete"),
                ("Không hoàn thành nhiệm vụ", "not_complete"), ("KHTNV", "not_complete"),
                ("Yếu kém", "not_complete"), ("Vi phạm tư cách", "not_complete"),
            ]
        case .targetScope:
            [("Tỉnh", "province"), ("Huyện", "district"), ("Cấp huyện", "district")]
        case .comparator, .indicator:
            []
        }
    }
}
