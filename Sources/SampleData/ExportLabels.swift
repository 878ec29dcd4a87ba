import ChiboCore

/// The Vietnamese labels the exports spell values with, pre-encoded as UTF-8.
enum ExportLabels {
    static let yes = Array("Có".utf8)
    static let no = Array("Không".utf8)
    static let mark = Array("x".utf8)
    static let male = Array("Nam".utf8)
    static let female = Array("Nữ".utf8)

    /// Attendance statuses: present, excused, unexcused.
    static let attendance: [[UInt8]] = ["Có mặt", "Vắng có lý do", "Vắng không lý do"].map { Array($0.utf8) }

    /// The attendance labels one after another, and the range of each in it, so that the
    /// hot loop holds one buffer (no reference counting per row).
    static let attendanceJoined: [UInt8] = attendance.flatMap { $0 }
    static let attendanceRanges: [Range<Int>] = {
        var start = 0
        return attendance.map { label in
            defer { start += label.count }
            return start..<(start + label.count)
        }
    }()

    /// Meeting kinds in `MeetingKind` order.
    static let meetingKinds: [[UInt8]] = ["Định kỳ", "Chuyên đề", "Bất thường"].map { Array($0.utf8) }

    /// Meeting qualities in `MeetingQuality` order.
    static let meetingQualities: [[UInt8]] = ["Tốt", "Khá", "Trung bình", "Kém"].map { Array($0.utf8) }

    /// Why members left, in `LeftReason` order.
    private static let leftReasons: [[UInt8]] = [
        "Chuyển sinh hoạt đi", "Từ trần", "Xóa tên", "Khai trừ", "Xin ra khỏi Đảng",
    ].map { Array($0.utf8) }

    /// The synonyms the member database uses for each level of education, in `Education`
    /// order (an empty cell also means none).
    private static let educations: [[[UInt8]]] = [
        ["", "Không", "Không"], ["Trung học", "Phổ thông"], ["Trung cấp"], ["Cao đẳng"],
        ["Đại học", "Đại học", "Cử nhân", "Kỹ sư"], ["Thạc sĩ"], ["Tiến sĩ"],
    ].map { $0.map { Array($0.utf8) } }

    /// The synonyms for each level of political theory, in `PoliticalTheory` order.
    private static let politicalTheories: [[[UInt8]]] = [
        ["", "Chưa qua đào tạo"], ["Sơ cấp"], ["Trung cấp"], ["Cử nhân", "Cao cấp", "Cao cấp"],
    ].map { $0.map { Array($0.utf8) } }

    /// The label of why a member left.
    static func leftReason(_ reason: LeftReason) -> [UInt8] {
        leftReasons[LeftReason.allCases.firstIndex(of: reason)!]
    }

    /// Education as the member database spells it; `variant` picks among synonyms.
    static func education(_ education: Education, variant: Int) -> [UInt8] {
        let synonyms = educations[Education.allCases.firstIndex(of: education)!]
        return synonyms[variant % synonyms.count]
    }

    /// Political theory as the member database spells it; `variant` picks among synonyms.
    static func politicalTheory(_ theory: PoliticalTheory, variant: Int) -> [UInt8] {
        let synonyms = politicalTheories[PoliticalTheory.allCases.firstIndex(of: theory)!]
        return synonyms[variant % synonyms.count]
    }

    /// Labels of member ratings, levels 1–4: the pre-2017 wording, the current wording,
    /// and the abbreviations some districts type.
    static let memberRatingsOld: [[UInt8]] = [
        "Đủ tư cách hoàn thành xuất sắc nhiệm vụ", "Đủ tư cách hoàn thành tốt nhiệm vụ",
        "Đủ tư cách hoàn thành nhiệm vụ", "Vi phạm tư cách",
    ].map { Array($0.utf8) }
    static let ratingsCurrent: [[UInt8]] = [
        "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ",
        "Không hoàn thành nhiệm vụ",
    ].map { Array($0.utf8) }
    static let ratingsAbbreviated: [[UInt8]] = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"].map { Array($0.utf8) }

    /// Labels of organization ratings before 2017, levels 1–4.
    static let organizationRatingsOld: [[UInt8]] = [
        "Trong sạch vững mạnh", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Yếu kém",
    ].map { Array($0.utf8) }
    static let organizationRatingsOldAbbreviated: [[UInt8]] = ["TSVM", "HTTNV", "HTNV", "Yếu kém"].map {
        Array($0.utf8)
    }

    /// Training courses (nội dung tập huấn).
    static let courses: [[UInt8]] = [
        "Bồi dưỡng nghiệp vụ công tác đảng cho bí thư, phó bí thư chi bộ",
        "Tập huấn nghiệp vụ công tác tổ chức xây dựng Đảng", "Bồi dưỡng cấp ủy viên cơ sở",
        "Tập huấn công tác kiểm tra, giám sát của Đảng", "Bồi dưỡng kiến thức quốc phòng và an ninh",
        "Học tập, quán triệt Nghị quyết Đại hội Đảng các cấp",
    ].map { Array($0.utf8) }

    /// A course typed on two lines of one cell (Alt+Enter in Excel).
    static let wrappedCourse = Array("Bồi dưỡng lý luận chính trị\nvà nghiệp vụ công tác đảng".utf8)
}
