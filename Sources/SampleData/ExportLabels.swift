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
    static func leftReason(_ reason: LeftReason) -> [UInt8] {
        switch reason {
        case .transferred: Array("Chuyển sinh hoạt đi".utf8)
        case .deceased: Array("Từ trần".utf8)
        case .removed: Array("Xóa tên".utf8)
        case .expelled: Array("Khai trừ".utf8)
        case .resigned: Array("Xin ra khỏi Đảng".utf8)
        }
    }

    /// Education as the member database spells it; `variant` picks among synonyms.
    static func education(_ education: Education, variant: Int) -> [UInt8] {
        let label =
            switch education {
            case .none: variant % 3 == 0 ? "" : "Không"
            case .secondary: variant % 2 == 0 ? "Trung học" : "Phổ thông"
            case .vocational: "Trung cấp"
            case .college: "Cao đẳng"
            case .university: ["Đại học", "Đại học", "Cử nhân", "Kỹ sư"][variant % 4]
            case .master: "Thạc sĩ"
            case .doctor: "Tiến sĩ"
            }
        return Array(label.utf8)
    }

    /// Political theory as the member database spells it.
    static func politicalTheory(_ theory: PoliticalTheory, variant: Int) -> [UInt8] {
        let label =
            switch theory {
            case .none: variant % 2 == 0 ? "" : "Chưa qua đào tạo"
            case .elementary: "Sơ cấp"
            case .intermediate: "Trung cấp"
            case .advanced: variant % 3 == 0 ? "Cử nhân" : "Cao cấp"
            }
        return Array(label.utf8)
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
