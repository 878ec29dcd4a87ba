import ChiboCore
import Testing

@testable import Ingest

/// The problems of the files before attendance, made while it is checked, are the first of
/// rejects.csv; the rest follow in the order of one sort of everything.
@Suite struct RejectsHeadTests {
    /// Problems in four files: two members (an unknown chi bộ on line 4, an unknown village
    /// on line 5), a meeting of an unknown chi bộ (line 3), an unknown meeting in attendance
    /// (line 3), a rating of an unknown member (line 2).
    static let overrides: [Entity: String?] = [
        .members: RowRuleTests.members(
            "M3,Ba,1980-01-01,,,C9,,2010-05-01,,,,,,,,", "M4,Bốn,1980-01-01,,,C1,V9,2010-05-01,,,,,,,,"),
        .meetings: """
        meeting_id,org_id,date,kind,has_resolution,quality,superior_attended
        G1,C1,2018-01-05,periodic,,,
        G2,C9,2018-02-05,periodic,,,

        """,
        .attendance: "meeting_id,member_id,status\nG1,M1,present\nG9,M1,present\n",
        .memberRatings: "year,member_id,rating\n2017,M9,HTTNV\n",
    ]

    /// The checks of the fixture, and a head made from those of its tables that `isHeadTable`
    /// keeps among the files before attendance.
    private func resultAndHead(
        _ isHeadTable: (Entity) -> Bool = { _ in true }
    ) throws -> (result: IngestResult, head: RejectsHead, made: RejectsHead.Made) {
        let fixture = try IngestFixture(Self.overrides)
        defer { fixture.remove() }
        let result = try fixture.compute()
        let head = RejectsHead(
            tables: result.tables.filter {
                RejectsHead.entities.contains($0.entity) && isHeadTable($0.entity)
            })
        return (result, head, head.made())
    }

    @Test func theHeadHoldsTheFirstProblemsAndTheRestFollowInOrder() throws {
        let (result, head, made) = try resultAndHead()
        let all = result.sortedDiagnostics
        #expect(RejectsHead.entities == [.organizations, .villages, .members, .meetings])
        // Members' two and the meeting's one.
        #expect(made.count == 3)
        #expect(
            all.prefix(3).map { "\($0.file):\($0.line):\($0.code)" } == [
                "members.csv:4:ref.unknown_org", "members.csv:5:ref.unknown_village",
                "meetings.csv:3:ref.unknown_org",
            ])
        var records: [UInt8] = []
        for diagnostic in all.prefix(3) { RejectsHead.appendRecord(of: diagnostic, to: &records) }
        #expect(made.records == records)
        let rest = try #require(result.sortedDiagnostics(after: head, count: made.count))
        #expect(rest == Array(all.dropFirst(3)))
        #expect(
            rest.map { "\($0.file):\($0.line):\($0.code)" } == [
                "attendance.csv:3:attendance.unknown_meeting", "member_ratings.csv:2:ref.unknown_member",
            ])
    }

    /// A head made from other problems than its tables hold at the end is not used.
    @Test func aHeadOfAnotherCountIsNotUsed() throws {
        let (result, head, made) = try resultAndHead()
        #expect(result.sortedDiagnostics(after: head, count: made.count + 1) == nil)
        #expect(result.sortedDiagnostics(after: head, count: made.count) != nil)
    }

    /// A head made from some of the early tables leaves the others' problems to the rest,
    /// which then do not all sort after it: it is not used.
    @Test func aHeadMissingAnEarlyTableIsNotUsed() throws {
        let (result, head, made) = try resultAndHead { $0 != .meetings }
        #expect(made.count == 2)
        #expect(result.sortedDiagnostics(after: head, count: made.count) == nil)
    }
}
