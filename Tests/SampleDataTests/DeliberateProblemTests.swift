import ChiboCore
import Testing

@testable import SampleData

/// The deliberately bad rows are in the files, at the lines the summary gives, and are
/// bad in the way it says.
@Suite struct DeliberateProblemTests {
    private let sample = GeneratedSample.standard

    private func line(of summaryPrefix: String, in entity: Entity) throws -> Int {
        let matches = sample.summary.problems.filter {
            $0.file == entity.fileName && $0.summary.hasPrefix(summaryPrefix)
        }
        try #require(matches.count == 1, "\(summaryPrefix)")
        return matches[0].line
    }

    private func row(_ table: Table, at line: Int) throws -> [String] {
        try #require(table.rows.first { $0.line == line }).fields
    }

    @Test func summaryListsFourteenErrorsAndThreeWarnings() {
        let problems = sample.summary.problems
        #expect(problems.filter { $0.severity == .error }.count == 14)
        #expect(problems.filter { $0.severity == .warning }.count == 3)
    }

    @Test func badMemberRowsAreBadAsDescribed() throws {
        let members = try sample.table(.members)
        let id = members.column("Số thẻ đảng viên")
        let org = members.column("Mã chi bộ")
        let birth = members.column("Ngày sinh")
        let admitted = members.column("Ngày vào Đảng")
        let official = members.column("Ngày chính thức")
        let left = members.column("Ngày ra khỏi danh sách")
        let reason = members.column("Lý do ra khỏi danh sách")

        let duplicateLine = try line(of: "duplicate member_id", in: .members)
        let duplicate = try row(members, at: duplicateLine)
        #expect(members.rows.contains { $0.line < duplicateLine && $0.fields[id] == duplicate[id] })

        let early = try row(members, at: try line(of: "official_on before", in: .members))
        #expect(try #require(parseDate(early[official])) < #require(parseDate(early[admitted])))

        let young = try row(members, at: try line(of: "admitted at age 17", in: .members))
        let youngBirth = try #require(parseDate(young[birth]))
        let youngAdmission = try #require(parseDate(young[admitted]))
        #expect(
            youngBirth.adding(years: 17) <= youngAdmission && youngBirth.adding(years: 18) > youngAdmission)

        #expect(try row(members, at: try line(of: "two-digit year", in: .members))[admitted] == "03/02/17")
        #expect(try row(members, at: try line(of: "impossible date", in: .members))[official] == "31/02/2018")

        let misplaced = try row(members, at: try line(of: "org_id", in: .members))
        let organizations = try sample.table(.organizations)
        let level = try #require(
            organizations.rows.first { $0.fields[0] == misplaced[org] }?.fields[organizations.column("Cấp")])
        #expect(level == "Đảng bộ cơ sở")

        let gone = try row(members, at: try line(of: "left_on before", in: .members))
        #expect(try #require(parseDate(gone[left])) < #require(parseDate(gone[admitted])))

        let reasonless = try row(members, at: try line(of: "left_on without", in: .members))
        #expect(!reasonless[left].isEmpty && reasonless[reason].isEmpty)

        #expect(try row(members, at: try line(of: "empty member_id", in: .members))[id].isEmpty)
        #expect(
            try row(members, at: try line(of: "name typed with the TCVN3", in: .members))[2]
                == "NguyÔn V¨n An")
    }

    @Test func badMeetingAndAttendanceRowsAreBadAsDescribed() throws {
        let meetings = try sample.table(.meetings)
        let organizations = Set(try sample.table(.organizations).values("Mã tổ chức"))
        let orphan = try row(meetings, at: try line(of: "meeting of unknown chi bộ", in: .meetings))
        #expect(!organizations.contains(orphan[1]))

        let attendance = try sample.table(.attendance)
        let members = try sample.table(.members)
        let memberIDs = Set(members.values("Số thẻ đảng viên"))
        let unknown = try row(attendance, at: try line(of: "attendance of unknown member", in: .attendance))
        #expect(!memberIDs.contains(unknown[1]))

        let secondLine = try line(of: "second attendance row", in: .attendance)
        let second = try row(attendance, at: secondLine)
        #expect(
            attendance.rows.contains {
                $0.line < secondLine && Array($0.fields.prefix(2)) == Array(second.prefix(2))
            })

        let early = try row(attendance, at: try line(of: "member", in: .attendance))
        let meetingDate = try #require(
            meetings.rows.first { $0.fields[0] == early[0] }.flatMap { parseDate($0.fields[2]) })
        let member = try #require(members.rows.first { $0.fields[1] == early[1] })
        #expect(try #require(parseDate(member.fields[members.column("Ngày vào Đảng")])) > meetingDate)
    }

    @Test func aDuplicateRatingFollowsTheFirst() throws {
        let ratings = try sample.table(.memberRatings)
        let duplicateLine = try line(of: "duplicate rating", in: .memberRatings)
        let duplicate = try row(ratings, at: duplicateLine)
        let first = try row(ratings, at: duplicateLine - 1)
        #expect(Array(first.prefix(2)) == Array(duplicate.prefix(2)))
        #expect(first[2] != duplicate[2])
    }
}
