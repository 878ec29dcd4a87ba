import ChiboCore

/// A party member (đảng viên) of the sample, current or gone.
struct SampleMember {
    /// The card number (số thẻ đảng viên) as an integer; written zero-padded.
    var number: Int
    /// Index of the current chi bộ in the district's organizations.
    var cell: Int32
    /// Index of the chi bộ the member moved from, or -1.
    var previousCell: Int32 = -1
    /// The day of the move into `cell`, when `previousCell` is set.
    var movedOn = Day(number: 0)
    /// Index of the village of residence in the district's villages, or -1.
    var village: Int32 = -1
    /// Birth day.
    var birthDate: Day
    /// Admission day (ngày vào Đảng).
    var admittedOn: Day
    /// Day the membership became official, if it did.
    var officialOn: Day?
    /// Day the member left the list, if they did.
    var leftOn: Day?
    /// Why they left.
    var leftReason: LeftReason?
    /// Whether the member is a woman.
    var isFemale: Bool
    /// Indices of the family, middle and given names in `VietnameseNames`.
    var familyName: UInt16
    var middleName: UInt8
    var givenName: UInt8
    /// Whether the family name comes from the highland table.
    var hasHighlandFamilyName = false
    /// Index in `VietnameseNames.ethnicities`.
    var ethnicity: UInt8 = 0
    /// Exempt from meetings (miễn sinh hoạt).
    var isExempt = false
    /// Has a task assigned by the chi bộ.
    var isTaskAssigned = true
    /// Party roles, a bit per `PartyRole` case in declaration order.
    var roles: UInt8 = 0
    /// Professional education.
    var education: Education = .secondary
    /// Political theory.
    var politicalTheory: PoliticalTheory = .none
    /// Per-mille chances of an excused and of an unexcused absence.
    var excusedPerMille: UInt16 = 50
    var unexcusedPerMille: UInt16 = 6
    /// A year in which the member skips meetings without excuse, or 0.
    var truantYear: Int16 = 0
    /// Whether the export wrote this member's dates as d/m/yyyy.
    var hasShortDates = false
    /// Whether the export separated this member's roles with commas (a quoted field).
    var usesCommaLists = false

    /// Whether the member is on the list on `day`.
    @inline(__always)
    func isActive(on day: Day) -> Bool {
        admittedOn <= day && (leftOn.map { $0 > day } ?? true)
    }

    /// The full name: họ, tên đệm, tên.
    var fullName: [UInt8] {
        let family =
            hasHighlandFamilyName
            ? VietnameseNames.highlandFamilyNames[Int(familyName)]
            : VietnameseNames.familyNames[Int(familyName)].name
        let middle = (isFemale ? VietnameseNames.femaleMiddleNames : VietnameseNames.maleMiddleNames)[
            Int(middleName)]
        let given = (isFemale ? VietnameseNames.femaleGivenNames : VietnameseNames.maleGivenNames)[
            Int(givenName)]
        return family + [0x20] + middle + [0x20] + given
    }

    /// Whether the member holds `role`.
    func holds(_ role: PartyRole) -> Bool {
        roles & PartyRole.bit(role) != 0
    }
}

extension PartyRole {
    /// The bit of `role` in `SampleMember.roles`.
    static func bit(_ role: PartyRole) -> UInt8 {
        1 << UInt8(PartyRole.allCases.firstIndex(of: role)!)
    }
}
