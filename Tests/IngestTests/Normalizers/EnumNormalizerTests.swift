import ChiboCore
import Testing

@testable import Ingest

@Suite struct EnumNormalizerTests {
    @Test(arguments: [
        (EnumDomain.rating, "HTTNV", "good"),
        (.rating, "htxsnv", "excellent"),
        (.rating, "Trong sạch, vững mạnh", "excellent"),
        (.rating, "Đủ tư cách hoàn thành nhiệm vụ", "complete"),
        (.rating, "Vi phạm tư cách", "not_complete"),
        (.rating, "not_complete", "not_complete"),
        (.attendanceStatus, "Vắng không lý do", "unexcused"),
        (.attendanceStatus, "vang khong ly do", "unexcused"),
        (.attendanceStatus, "Vắng có phép", "excused"),
        (.attendanceStatus, "Có mặt", "present"),
        (.meetingKind, "định kỳ", "periodic"),
        (.meetingKind, "ĐỊNH KỲ", "periodic"),
        (.meetingKind, "Chuyên đề", "thematic"),
        (.meetingKind, "Sinh hoạt định kỳ", "periodic"),
        (.education, "Thạc sỹ", "master"),
        (.education, "THPT", "secondary"),
        (.organizationLevel, "Quận ủy", "district"),
        (.organizationLevel, "Chi bộ cơ sở", "grassroots_cell"),
        (.organizationLevel, "grassroots_cell", "grassroots_cell"),
        (.organizationLevel, "Huyện ủy", "district"),
        (.organizationKind, "Doanh nghiệp tư nhân", "private_enterprise"),
        (.organizationKind, "Tổ dân phố", "residential"),
        (.gender, "Nữ", "female"),
        (.leftReason, "Từ trần", "deceased"),
        (.education, "Trung cấp", "vocational"),
        (.politicalTheory, "Trung cấp", "intermediate"),
        (.politicalTheory, "Cử nhân", "advanced"),
        (.meetingQuality, "Yếu", "poor"),
        (.targetScope, "Cấp huyện", "district"),
        (.comparator, "≥", ">="),
        (.comparator, " <= ", "<="),
        (.indicator, "admission_rate", "admission_rate"),
    ])
    func reads(domain: EnumDomain, raw: String, code: String) throws {
        var normalizer = EnumNormalizer()
        #expect(try normalizer.code(for: raw, in: domain) == code)
        // A second look-up comes from the cache and must agree.
        #expect(try normalizer.code(for: raw, in: domain) == code)
    }

    @Test(arguments: [
        (EnumDomain.rating, "Xuất sắc lắm"), (.attendanceStatus, "Đi muộn"), (.comparator, "≈"),
        (.indicator, "members"), (.gender, "khác"),
    ])
    func rejects(domain: EnumDomain, raw: String) {
        var normalizer = EnumNormalizer()
        #expect(throws: ProblemCode.enumUnknown) { try normalizer.code(for: raw, in: domain) }
        #expect(throws: ProblemCode.enumUnknown) { try normalizer.code(for: raw, in: domain) }
    }

    @Test func emptyIsNoValue() throws {
        var normalizer = EnumNormalizer()
        #expect(try normalizer.code(for: " ", in: .rating) == nil)
    }

    @Test(arguments: [
        ("Bí thư", "secretary"),
        ("Chi ủy viên; Bí thư", "secretary;committee_member"),
        ("Phó bí thư, Phó bí thư", "deputy_secretary"),
        ("Cán bộ chủ chốt cấp xã,Đảng ủy viên", "committee_member;commune_key_cadre"),
        ("", ""),
    ])
    func readsRoles(raw: String, expected: String) throws {
        var normalizer = EnumNormalizer()
        #expect(try normalizer.roles(from: raw) == expected)
    }

    @Test func rejectsUnknownRole() {
        var normalizer = EnumNormalizer()
        #expect(throws: ProblemCode.enumUnknown) { try normalizer.roles(from: "Bí thư; Thủ quỹ") }
        #expect(normalizer.knownRoles(from: "Thủ quỹ, Bí thư") == ("secretary", ["Thủ quỹ"]))
    }

    /// Every label reads as its own code: no two labels of a domain fold alike.
    @Test(arguments: EnumDomain.allCases)
    func everyLabelReadsAsItsCode(domain: EnumDomain) {
        for (label, code) in EnumNormalizer.labels(domain) {
            #expect(EnumNormalizer.lookUp(label, in: domain) == code, "\(label)")
        }
    }
}
