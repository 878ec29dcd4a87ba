/// Canonical enum codes written in normalized files (SPEC, "Input files").
public enum OrganizationLevel: String, CaseIterable, Sendable {
    /// Đảng bộ tỉnh: the root.
    case province
    /// Cấp trên cơ sở: huyện ủy, thành ủy, đảng ủy trực thuộc.
    case district
    /// Đảng bộ cơ sở.
    case grassrootsCommittee = "grassroots_committee"
    /// Chi bộ cơ sở.
    case grassrootsCell = "grassroots_cell"
    /// Đảng bộ bộ phận.
    case subCommittee = "sub_committee"
    /// Chi bộ trực thuộc.
    case cell

    /// A party cell (chi bộ): `cell` or `grassroots_cell`.
    public var isPartyCell: Bool { self == .cell || self == .grassrootsCell }

    /// A grassroots organization (tổ chức cơ sở đảng, TCCSĐ).
    public var isGrassroots: Bool { self == .grassrootsCommittee || self == .grassrootsCell }
}

/// The kind of unit a party organization sits in (loại hình).
public enum OrganizationKind: String, CaseIterable, Sendable {
    /// Thôn, bản, ấp.
    case village
    /// Tổ dân phố, khu phố.
    case residential
    /// Xã, phường, thị trấn.
    case commune
    /// Cơ quan hành chính.
    case administrative
    /// Đơn vị sự nghiệp.
    case publicService = "public_service"
    /// Doanh nghiệp nhà nước.
    case stateEnterprise = "state_enterprise"
    /// Doanh nghiệp ngoài khu vực nhà nước.
    case privateEnterprise = "private_enterprise"
    /// Quân đội, công an.
    case armedForces = "armed_forces"
    /// Anything else.
    case other
}

/// Why a member left the list (lý do ra khỏi danh sách).
public enum LeftReason: String, CaseIterable, Sendable {
    /// Chuyển sinh hoạt đi.
    case transferred
    /// Từ trần.
    case deceased
    /// Xóa tên.
    case removed
    /// Khai trừ.
    case expelled
    /// Xin ra khỏi Đảng.
    case resigned
}

/// A party role (chức vụ đảng).
public enum PartyRole: String, CaseIterable, Sendable {
    /// Bí thư.
    case secretary
    /// Phó bí thư.
    case deputySecretary = "deputy_secretary"
    /// Cấp ủy viên, chi ủy viên.
    case committeeMember = "committee_member"
    /// Cán bộ chủ chốt cấp xã.
    case communeKeyCadre = "commune_key_cadre"
}

/// Professional education, ordered from lowest (trình độ chuyên môn).
public enum Education: String, CaseIterable, Sendable, Comparable {
    /// None.
    case none
    /// Secondary school.
    case secondary
    /// Trung cấp.
    case vocational
    /// Cao đẳng.
    case college
    /// Đại học.
    case university
    /// Thạc sĩ.
    case master
    /// Tiến sĩ.
    case doctor

    /// Levels compare by their order of declaration.
    public static func < (lhs: Education, rhs: Education) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Political theory level, ordered from lowest (lý luận chính trị).
public enum PoliticalTheory: String, CaseIterable, Sendable, Comparable {
    /// None.
    case none
    /// Sơ cấp.
    case elementary
    /// Trung cấp.
    case intermediate
    /// Cao cấp, cử nhân.
    case advanced

    /// Levels compare by their order of declaration.
    public static func < (lhs: PoliticalTheory, rhs: PoliticalTheory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The form of a chi bộ meeting (hình thức sinh hoạt).
public enum MeetingKind: String, CaseIterable, Sendable {
    /// Định kỳ, thường kỳ.
    case periodic
    /// Chuyên đề.
    case thematic
    /// Bất thường.
    case extraordinary
}

/// The quality grade of a meeting, ordered best first (xếp loại buổi sinh hoạt).
public enum MeetingQuality: String, CaseIterable, Sendable {
    /// Tốt.
    case good
    /// Khá.
    case fair
    /// Trung bình.
    case average
    /// Kém.
    case poor
}

/// A member's attendance at a meeting (tình trạng điểm danh).
public enum AttendanceStatus: String, CaseIterable, Sendable {
    /// Có mặt.
    case present
    /// Vắng có lý do.
    case excused
    /// Vắng không lý do.
    case unexcused
}

/// An annual rating on the single ordinal scale of SPEC (đánh giá, xếp loại).
public enum Rating: String, CaseIterable, Sendable {
    /// Level 1: hoàn thành xuất sắc nhiệm vụ (trong sạch vững mạnh).
    case excellent
    /// Level 2: hoàn thành tốt nhiệm vụ.
    case good
    /// Level 3: hoàn thành nhiệm vụ.
    case complete
    /// Level 4: không hoàn thành nhiệm vụ (yếu kém, vi phạm tư cách).
    case notComplete = "not_complete"

    /// The level, 1 (best) to 4.
    public var level: Int { Rating.allCases.firstIndex(of: self)! + 1 }

    /// "Good or better" (hoàn thành tốt nhiệm vụ trở lên): level 1 or 2.
    public var isGoodOrBetter: Bool { level <= 2 }
}

/// A target comparator (`>=`, `>`, `<=`, `<`, `=`).
public enum Comparator: String, CaseIterable, Sendable {
    /// At least.
    case atLeast = ">="
    /// More than.
    case greaterThan = ">"
    /// At most.
    case atMost = "<="
    /// Less than.
    case lessThan = "<"
    /// Exactly.
    case equal = "="
}

/// Which rows of indicators.csv a target applies to.
public enum TargetScope: String, CaseIterable, Sendable {
    /// The province row only.
    case province
    /// District rows only.
    case district
}
