import ChiboCore
import Testing

@testable import Ingest

/// Each rule on a minimal fixture: the base data set of `IngestFixture` (valid, no
/// problems) with one file replaced. Lines count the header as line 1.
@Suite struct RowRuleTests {
    typealias Problem = IngestFixture.Problem

    static let memberHeader =
        "member_id,full_name,birth_date,gender,ethnicity,org_id,village_id,admitted_on,official_on,left_on,"
        + "left_reason,exempt,task_assigned,roles,education,political_theory\n"
    static let organizationHeader =
        "org_id,name,parent_id,level,kind,village_id,established_on,dissolved_on,has_regulations,"
        + "merged_meetings,has_candidate_pool,has_admission_plan\n"
    /// The base organizations without the header.
    static let organizationRows = """
        T,Tỉnh,,province,other,,,,,,,
        H,Huyện,T,district,other,,,,,,,
        X,Xã,H,grassroots_committee,commune,,,,,,,
        C1,Chi bộ 1,X,cell,village,V1,,,,,,
        C2,Chi bộ 2,X,cell,village,,,,,,,

        """

    /// Members M1 (line 2) and M2 (line 3) of the base set, then `rows` from line 4.
    static func members(_ rows: String...) -> String {
        memberHeader + "M1,Một,1970-01-01,,,C1,V1,2000-01-01,2001-01-01,,,,,,,\n"
            + "M2,Hai,1971-01-01,,,C2,,2000-01-01,2001-01-01,,,,,,,\n" + rows.map { $0 + "\n" }.joined()
    }

    static func problems(_ entity: Entity, _ overrides: [Entity: String?]) throws -> [Problem] {
        let fixture = try IngestFixture(overrides)
        defer { fixture.remove() }
        return try fixture.problems(entity)
    }

    @Test func baseDataSetHasNoProblem() throws {
        let fixture = try IngestFixture()
        defer { fixture.remove() }
        let result = try fixture.compute()
        #expect(result.sortedDiagnostics.isEmpty)
        #expect(result.summaries.map(\.rowsAccepted) == [5, 1, 2, 1, 1, 0, 0, 0, 0, 0])
    }

    @Test(arguments: [
        // Born 2000-06-15: 18 on 2018-06-15, so admission the day before is too young.
        (
            "under 18 by one day", "M3,Ba,2000-06-15,,,C1,,2018-06-14,,,,,,,,",
            [Problem(line: 4, column: "admitted_on", code: "member.under_18")]
        ),
        ("exactly 18", "M3,Ba,2000-06-15,,,C1,,2018-06-15,,,,,,,,", []),
        // Born 29 February 2000: the 18th birthday is clamped to 2018-02-28.
        ("leap-day birthday reached", "M3,Ba,2000-02-29,,,C1,,2018-02-28,,,,,,,,", []),
        (
            "leap-day birthday not reached", "M3,Ba,2000-02-29,,,C1,,2018-02-27,,,,,,,,",
            [Problem(line: 4, column: "admitted_on", code: "member.under_18")]
        ),
        (
            "official before admitted", "M3,Ba,1980-01-01,,,C1,,2010-05-01,2010-04-30,,,,,,,",
            [Problem(line: 4, column: "official_on", code: "member.official_before_admitted")]
        ),
        // Admitted 2010-05-01: 12 months later is 2011-05-01; a day earlier is short.
        (
            "probation one day short", "M3,Ba,1980-01-01,,,C1,,2010-05-01,2011-04-30,,,,,,,",
            [Problem(line: 4, column: "official_on", code: "member.short_probation")]
        ),
        ("probation of 12 months", "M3,Ba,1980-01-01,,,C1,,2010-05-01,2011-05-01,,,,,,,", []),
        (
            "left before admitted", "M3,Ba,1980-01-01,,,C1,,2010-05-01,,2010-04-01,removed,,,,,",
            [Problem(line: 4, column: "left_on", code: "member.left_before_admitted")]
        ),
        (
            "left without reason", "M3,Ba,1980-01-01,,,C1,,2010-05-01,,2012-04-01,,,,,,",
            [Problem(line: 4, column: "left_reason", code: "value.required")]
        ),
        (
            "unknown left reason", "M3,Ba,1980-01-01,,,C1,,2010-05-01,,2012-04-01,đi chơi,,,,,",
            [Problem(line: 4, column: "left_reason", code: "enum.unknown")]
        ),
        (
            "member of a committee, not a chi bộ", "M3,Ba,1980-01-01,,,X,,2010-05-01,,,,,,,,",
            [Problem(line: 4, column: "org_id", code: "ref.not_cell")]
        ),
        (
            "unknown chi bộ", "M3,Ba,1980-01-01,,,C9,,2010-05-01,,,,,,,,",
            [Problem(line: 4, column: "org_id", code: "ref.unknown_org")]
        ),
        (
            "unknown village", "M3,Ba,1980-01-01,,,C1,V9,2010-05-01,,,,,,,,",
            [Problem(line: 4, column: "village_id", code: "ref.unknown_village")]
        ),
        (
            "two-digit year", "M3,Ba,01/01/80,,,C1,,2010-05-01,,,,,,,,",
            [Problem(line: 4, column: "birth_date", code: "date.two_digit_year")]
        ),
        (
            "empty id", " ,Ba,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
            [Problem(line: 4, column: "member_id", code: "id.empty")]
        ),
        (
            "missing birth date", "M3,Ba,,,,C1,,2010-05-01,,,,,,,,",
            [Problem(line: 4, column: "birth_date", code: "value.required")]
        ),
        (
            "duplicate id on the later row", "M1,Khác,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
            [Problem(line: 4, column: "member_id", code: "id.duplicate")]
        ),
        (
            "same name and birth date", "M3,  Một ,1970-01-01,,,C2,,2010-05-01,2011-05-01,,,,,,,",
            [Problem(line: 4, column: "full_name", code: "member.possible_duplicate")]
        ),
        (
            "a title that is not a party role",
            "M3,Ba,1980-01-01,,,C1,,2010-05-01,,,,,,\"Bí thư, Trưởng thôn\",,",
            [Problem(line: 4, column: "roles", code: "role.unknown")]
        ),
        (
            "bad boolean", "M3,Ba,1980-01-01,,,C1,,2010-05-01,,,,có lẽ,,,,",
            [Problem(line: 4, column: "exempt", code: "bool.invalid")]
        ),
        (
            "extra non-empty field", "M3,Ba,1980-01-01,,,C1,,2010-05-01,,,,,,,,,thừa",
            [Problem(line: 4, column: "", code: "row.ragged")]
        ),
        ("extra empty fields are fine", "M3,Ba,1980-01-01,,,C1,,2010-05-01,,,,,,,,,,", []),
        ("missing trailing fields read as empty", "M3,Ba,1980-01-01,,,C1,,2010-05-01", []),
        ("separators only", ",,,,,,,", [Problem(line: 4, column: "", code: "row.blank")]),
    ])
    func memberRule(label: String, row: String, expected: [Problem]) throws {
        #expect(try Self.problems(.members, [.members: Self.members(row)]) == expected, "\(label)")
    }

    @Test func anEarlierRejectedRowStillOwnsItsId() throws {
        let problems = try Self.problems(
            .members,
            [
                .members: Self.members(
                    "M3,Ba,99/99/1980,,,C1,,2010-05-01,,,,,,,,", "M3,Ba,1980-01-01,,,C1,,2010-05-01,,,,,,,,")
            ])
        #expect(
            problems == [
                Problem(line: 4, column: "birth_date", code: "date.invalid"),
                Problem(line: 5, column: "member_id", code: "id.duplicate"),
            ])
    }

    @Test func quotedNewlineKeepsPhysicalLines() throws {
        // The record of M3 spans lines 4 and 5, so M4 starts on line 6.
        let problems = try Self.problems(
            .members,
            [
                .members: Self.members(
                    "M3,\"Ba\nBốn\",1980-01-01,,,C1,,2010-05-01,,,,,,,,",
                    "M4,Bốn,1980-01-01,,,C9,,2010-05-01,,,,,,,,")
            ])
        #expect(problems == [Problem(line: 6, column: "org_id", code: "ref.unknown_org")])
    }

    @Test(arguments: [
        (
            "unknown parent", "C3,Chi bộ 3,Z,cell,,,,,,,,",
            [Problem(line: 7, column: "parent_id", code: "ref.unknown_org")]
        ),
        (
            "unknown village", "C3,Chi bộ 3,X,cell,village,V9,,,,,,",
            [Problem(line: 7, column: "village_id", code: "ref.unknown_village")]
        ),
        (
            "duplicate id on the later row", "C2,Chi bộ 2 bis,X,cell,,,,,,,,",
            [Problem(line: 7, column: "org_id", code: "id.duplicate")]
        ),
        (
            "missing level", "C3,Chi bộ 3,X,,,,,,,,,",
            [Problem(line: 7, column: "level", code: "value.required")]
        ),
        (
            "unknown level", "C3,Chi bộ 3,X,tổ đảng,,,,,,,,",
            [Problem(line: 7, column: "level", code: "enum.unknown")]
        ),
        ("missing name", "C3,,X,cell,,,,,,,,", [Problem(line: 7, column: "name", code: "value.required")]),
    ])
    func organizationRule(label: String, row: String, expected: [Problem]) throws {
        let file = Self.organizationHeader + Self.organizationRows + row + "\n"
        #expect(try Self.problems(.organizations, [.organizations: file]) == expected, "\(label)")
    }

    @Test func aBrokenAncestorChainRejectsTheDescendants() throws {
        // S3's parent is unknown; C3 under S3 and C4 under C3 lose their chain too, and
        // the member of C4 its chi bộ.
        let file =
            Self.organizationHeader + Self.organizationRows
            + "S3,Bộ phận,Z,sub_committee,,,,,,,,\nC3,Chi bộ 3,S3,cell,,,,,,,,\nC4,Chi bộ 4,C3,cell,,,,,,,,\n"
        let fixture = try IngestFixture([
            .organizations: file, .members: Self.members("M3,Ba,1980-01-01,,,C4,,2010-05-01,,,,,,,,"),
        ])
        defer { fixture.remove() }
        #expect(
            try fixture.problems(.organizations) == [
                Problem(line: 7, column: "parent_id", code: "ref.unknown_org"),
                Problem(line: 8, column: "parent_id", code: "ref.unknown_org"),
                Problem(line: 9, column: "parent_id", code: "ref.unknown_org"),
            ])
        #expect(
            try fixture.problems(.members) == [Problem(line: 4, column: "org_id", code: "ref.unknown_org")])
    }

    @Test(arguments: [
        (
            "unknown commune", "V2,Thôn 2,Z,,,,",
            [Problem(line: 3, column: "commune_org_id", code: "ref.unknown_org")]
        ),
        (
            "unknown head", "V2,Thôn 2,X,Ông Z,M9,,",
            [Problem(line: 3, column: "head_member_id", code: "ref.unknown_member")]
        ),
        ("known head", "V2,Thôn 2,X,Ông Một,M1,,", []),
        (
            "duplicate id", "V1,Thôn 1 bis,X,,,,",
            [Problem(line: 3, column: "village_id", code: "id.duplicate")]
        ),
    ])
    func villageRule(label: String, row: String, expected: [Problem]) throws {
        let file =
            "village_id,name,commune_org_id,head_name,head_member_id,head_is_member,dissolved_on\nV1,Thôn 1,X,,,,\n"
            + row + "\n"
        #expect(try Self.problems(.villages, [.villages: file]) == expected, "\(label)")
    }

    @Test func aHeadWhoIsRejectedIsUnknown() throws {
        let fixture = try IngestFixture([
            .villages: "village_id,name,commune_org_id,head_name,head_member_id,head_is_member,dissolved_on\n"
                + "V1,Thôn 1,X,,,,\nV2,Thôn 2,X,Ông Ba,M3,,\n",
            .members: Self.members("M3,Ba,2005-01-01,,,C1,,2010-05-01,,,,,,,,"),
        ])
        defer { fixture.remove() }
        #expect(
            try fixture.problems(.villages) == [
                Problem(line: 3, column: "head_member_id", code: "ref.unknown_member")
            ])
        #expect(
            try fixture.problems(.members) == [
                Problem(line: 4, column: "admitted_on", code: "member.under_18")
            ])
    }

    @Test(arguments: [
        (
            "meeting of a committee", "G2,X,2018-02-05,periodic,,,",
            [Problem(line: 3, column: "org_id", code: "ref.not_cell")]
        ),
        (
            "meeting of an unknown chi bộ", "G2,C9,2018-02-05,periodic,,,",
            [Problem(line: 3, column: "org_id", code: "ref.unknown_org")]
        ),
        ("missing kind", "G2,C1,2018-02-05,,,,", [Problem(line: 3, column: "kind", code: "value.required")]),
        ("abbreviated kind", "G2,C1,05/02/2018,định kỳ,có,tốt,", []),
        (
            "duplicate id", "G1,C1,2018-02-05,periodic,,,",
            [Problem(line: 3, column: "meeting_id", code: "id.duplicate")]
        ),
    ])
    func meetingRule(label: String, row: String, expected: [Problem]) throws {
        let file =
            "meeting_id,org_id,date,kind,has_resolution,quality,superior_attended\nG1,C1,2018-01-05,periodic,,,\n"
            + row + "\n"
        #expect(try Self.problems(.meetings, [.meetings: file]) == expected, "\(label)")
    }

    @Test(arguments: [
        (
            "unknown meeting", "G9,M1,present",
            [Problem(line: 3, column: "meeting_id", code: "attendance.unknown_meeting")]
        ),
        (
            "unknown member", "G1,M9,present",
            [Problem(line: 3, column: "member_id", code: "attendance.unknown_member")]
        ),
        (
            "member of another cell", "G1,M2,present",
            [Problem(line: 3, column: "member_id", code: "attendance.other_cell")]
        ),
        (
            "duplicate on the later row", "G1,M1,excused",
            [Problem(line: 3, column: "", code: "attendance.duplicate")]
        ),
        ("empty member id", "G1,,present", [Problem(line: 3, column: "member_id", code: "id.empty")]),
        ("unknown status", "G1,M3,đi muộn", [Problem(line: 3, column: "status", code: "enum.unknown")]),
        ("missing status", "G1,M3,", [Problem(line: 3, column: "status", code: "value.required")]),
        ("Vietnamese status", "G1,M3,Vắng không lý do", []),
        ("padded ids", "  G1 , M3 ,present", []),
        ("extra non-empty field", "G1,M3,present,muộn", [Problem(line: 3, column: "", code: "row.ragged")]),
        ("separators only", ",,", [Problem(line: 3, column: "", code: "row.blank")]),
    ])
    func attendanceRule(label: String, row: String, expected: [Problem]) throws {
        let members = Self.members("M3,Ba,1980-01-01,,,C1,,2010-05-01,,,,,,,,")
        let file = "meeting_id,member_id,status\nG1,M1,present\n" + row + "\n"
        #expect(
            try Self.problems(.attendance, [.members: members, .attendance: file]) == expected, "\(label)")
    }

    @Test(arguments: [
        // The meeting G1 is on 2018-01-05; active means admitted_on <= d < left_on.
        ("admitted after the meeting", "M3,Ba,1980-01-01,,,C1,,2018-01-06,,,,,,,,", true),
        ("admitted on the meeting day", "M3,Ba,1980-01-01,,,C1,,2018-01-05,,,,,,,,", false),
        ("left on the meeting day", "M3,Ba,1980-01-01,,,C1,,2010-01-01,,2018-01-05,deceased,,,,,", true),
        ("left the day after", "M3,Ba,1980-01-01,,,C1,,2010-01-01,,2018-01-06,deceased,,,,,", false),
    ])
    func attendanceOfInactiveMember(label: String, member: String, isInactive: Bool) throws {
        let file = "meeting_id,member_id,status\nG1,M3,present\n"
        let problems = try Self.problems(.attendance, [.members: Self.members(member), .attendance: file])
        let expected =
            isInactive ? [Problem(line: 2, column: "member_id", code: "attendance.member_inactive")] : []
        #expect(problems == expected, "\(label)")
    }

    @Test func attendanceDuplicatesAreFoundWhateverTheOrder() throws {
        // The pair (G1, M1) appears on lines 2 and 4; line 4 is the later one.
        let file = "meeting_id,member_id,status\nG1,M1,present\nG1,M3,present\nG1,M1,excused\n"
        let members = Self.members("M3,Ba,1980-01-01,,,C1,,2010-05-01,,,,,,,,")
        let fixture = try IngestFixture([.members: members, .attendance: file])
        defer { fixture.remove() }
        #expect(
            try fixture.problems(.attendance) == [Problem(line: 4, column: "", code: "attendance.duplicate")])
        let result = try fixture.compute()
        #expect(result.attendance.accepted.map { $0.status } == [0, 0])
        #expect(result.attendance.summary.rowsRejected == 1)
    }

    @Test(arguments: [
        (
            Entity.memberRatings, "2017,M1,HTTNV\n2017,M1,HTNV",
            [Problem(line: 3, column: "", code: "rating.duplicate")]
        ),
        (.memberRatings, "2017,M1,HTTNV\n2018,M1,HTNV", []),
        (.memberRatings, "17,M1,HTTNV", [Problem(line: 2, column: "year", code: "year.invalid")]),
        (
            .memberRatings, "2017,M9,HTTNV",
            [Problem(line: 2, column: "member_id", code: "ref.unknown_member")]
        ),
        (.memberRatings, "2017,M1,giỏi", [Problem(line: 2, column: "rating", code: "enum.unknown")]),
        (
            .organizationRatings, "2017,X,TSVM\n2017,C9,TSVM",
            [Problem(line: 3, column: "org_id", code: "ref.unknown_org")]
        ),
        (
            .organizationRatings, "2017,C1,TSVM\n2017,C1,HTTNV",
            [Problem(line: 3, column: "", code: "rating.duplicate")]
        ),
        (
            .trainings, "M9,2017-01-01,Lớp",
            [Problem(line: 2, column: "member_id", code: "ref.unknown_member")]
        ),
        (.trainings, "M1,,Lớp", [Problem(line: 2, column: "date", code: "value.required")]),
        (.inspections, "C9,2017-01-01,UBKT", [Problem(line: 2, column: "org_id", code: "ref.unknown_org")]),
        (.inspections, "C1,2017-01-01,UBKT\nC1,2017-01-01,UBKT", []),
    ])
    func annualRule(entity: Entity, rows: String, expected: [Problem]) throws {
        let file = entity.columns.joined(separator: ",") + "\n" + rows + "\n"
        #expect(try Self.problems(entity, [entity: file]) == expected)
    }

    @Test(arguments: [
        ("catalog code", "admissions,>=,2300,2016,2020,province", []),
        ("Vietnamese scope and symbol", "admission_rate,≥,\"3,5\",,,Tỉnh", []),
        (
            "unknown indicator", "members,>=,1,,,",
            [Problem(line: 2, column: "indicator", code: "enum.unknown")]
        ),
        (
            "unknown comparator", "admissions,~,1,,,",
            [Problem(line: 2, column: "comparator", code: "enum.unknown")]
        ),
        (
            "value not a number", "admissions,>=,nhiều,,,",
            [Problem(line: 2, column: "value", code: "number.invalid")]
        ),
        ("missing value", "admissions,>=,,,,", [Problem(line: 2, column: "value", code: "value.required")]),
        (
            "reversed years", "admissions,>=,1,2020,2016,",
            [Problem(line: 2, column: "to_year", code: "target.year_range")]
        ),
        (
            "two-digit year", "admissions,>=,1,16,,",
            [Problem(line: 2, column: "from_year", code: "year.invalid")]
        ),
    ])
    func targetRule(label: String, row: String, expected: [Problem]) throws {
        let file = "indicator,comparator,value,from_year,to_year,scope\n" + row + "\n"
        #expect(try Self.problems(.targets, [.targets: file]) == expected, "\(label)")
    }

    /// Ratings and trainings are checked against the ranked accepted members: a member
    /// whose row is rejected (M3, of an unknown chi bộ) is unknown to them.
    @Test(arguments: [Entity.memberRatings, .trainings])
    func referenceToARejectedMemberIsUnknown(entity: Entity) throws {
        let members = Self.members("M3,Ba,1972-01-01,,,C9,,2000-01-01,2001-01-01,,,,,,,")
        let rows =
            entity == .trainings ? "M3,2017-01-01,Lớp\nM2,2017-01-01,Lớp" : "2017,M3,HTTNV\n2017,M2,HTTNV"
        let file = entity.columns.joined(separator: ",") + "\n" + rows + "\n"
        #expect(
            try Self.problems(entity, [.members: members, entity: file])
                == [Problem(line: 2, column: "member_id", code: "ref.unknown_member")])
    }

    @Test func ignoredColumnIsOneNoticeOnTheHeaderLine() throws {
        let file = "year,member_id,rating,ghi chú\n2017,M1,HTTNV,a\n2018,M1,HTTNV,b\n"
        let fixture = try IngestFixture([.memberRatings: file])
        defer { fixture.remove() }
        let diagnostics = try fixture.compute().sortedDiagnostics
        #expect(diagnostics.map(\.code) == ["column.ignored"])
        #expect(diagnostics.map(\.line) == [1])
        #expect(diagnostics.map(\.value) == ["ghi chú"])
        #expect(diagnostics.map(\.severity) == [.notice])
    }
}
