import ChiboCore
import Foundation
import Testing

@testable import Indicators

@Suite struct IndicatorsStageTests {
    /// Membership, meeting and attendance fixtures together (their ids do not collide).
    static func combinedFixture() -> NormalizedFixture {
        var fixture = MembershipIndicatorsTests.fixture()
        for other in [MeetingIndicatorsTests.fixture(), AttendanceIndicatorsTests.fixture()] {
            for (entity, rows) in other.rows {
                for row in rows {
                    let isKnownOrganization =
                        entity == .organizations
                        && fixture.rows[.organizations]!.contains { $0["org_id"] == row["org_id"] }
                    if !isKnownOrganization { fixture.add(entity, row) }
                }
            }
        }
        return fixture
    }

    static func run(_ fixture: NormalizedFixture, shuffleSeed: UInt64?) throws -> IndicatorsStage.Output {
        let directory = try fixture.write(shuffleSeed: shuffleSeed)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let window = try ReviewWindow(quarter: "2018-Q2", termStart: Day(iso: "2016-01-01")!)
        return try IndicatorsStage.compute(normalizedDirectory: directory, window: window)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func shuffledRowsGiveTheSameOutput(seed: UInt64) throws {
        let fixture = Self.combinedFixture()
        let sorted = try Self.run(fixture, shuffleSeed: nil)
        let shuffled = try Self.run(fixture, shuffleSeed: seed)
        #expect(sorted.rows == shuffled.rows)
        #expect(sorted.restrictedLists == shuffled.restrictedLists)
        #expect(!sorted.restrictedLists.probationOverdue.isEmpty)
        #expect(!sorted.restrictedLists.absenceRemovalCandidates.isEmpty)
    }

    @Test func runWritesAggregatesWithoutMemberDataAndRestrictedListsForTheOwner() throws {
        var fixture = NormalizedFixture.standard()
        // A probationary member past the deadline and an absence removal candidate.
        fixture.member("DV-70001", org: "C1", admitted: "2016-02-01", ["full_name": "Nguyễn Văn Bảy"])
        fixture.member(
            "DV-70002", org: "C2", admitted: "2010-01-01",
            ["full_name": "Trần Thị Tám", "official_on": "2011-01-01"])
        for month in ["01", "02", "03"] {
            fixture.meeting("mt-\(month)", org: "C2", date: "2018-\(month)-05")
            fixture.attendance("mt-\(month)", "DV-70002", "unexcused")
        }
        let normalized = try fixture.write()
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("chibo-out-\(UUID())").path
        defer {
            try? FileManager.default.removeItem(atPath: normalized)
            try? FileManager.default.removeItem(atPath: output)
        }
        let options = IndicatorsOptions(
            normalizedDirectory: normalized, outputDirectory: output + "/so-ket/2018-Q2", quarter: "2018-Q2",
            termStart: Day(iso: "2016-01-01")!, review: .midTerm, previous: ReviewName("quy/2017-Q4"))
        let summary = try IndicatorsStage.write(options)
        let quarter = output + "/so-ket/2018-Q2"
        let record = try String(contentsOfFile: quarter + "/review.csv", encoding: .utf8)
        #expect(
            record == """
                key,value
                review,so-ket
                quarter,2018-Q2
                as_of,2018-06-30
                window_start,2016-01-01
                meeting_deadline_day,10
                previous,quy/2017-Q4
                input_sha256,\(String(repeating: "ab", count: 32))
                data_until,2018-06-05
                version,\(Product.version)

                """)
        let indicators = try String(contentsOfFile: quarter + "/indicators.csv", encoding: .utf8)
        #expect(indicators.hasPrefix(IndicatorRow.columns.joined(separator: ",") + "\n"))
        let rowCount = indicators.split(separator: "\n").count - 1
        #expect(summary.contains("indicators.csv (\(rowCount.groupedInVietnamese) dòng)"))
        for secret in ["DV-70001", "DV-70002", "Nguyễn Văn Bảy", "Trần Thị Tám"] {
            #expect(!indicators.contains(secret))
            #expect(!summary.contains(secret))
        }
        let restricted = quarter + "/restricted"
        let probation = try String(contentsOfFile: restricted + "/probation_overdue.csv", encoding: .utf8)
        #expect(
            probation == """
                member_id,full_name,org_id,org_name,admitted_on,probation_deadline
                DV-70001,Nguyễn Văn Bảy,C1,Tổ chức C1,2016-02-01,2017-03-03

                """)
        let absences = try String(
            contentsOfFile: restricted + "/absence_removal_candidates.csv", encoding: .utf8)
        #expect(
            absences == """
                period,member_id,full_name,org_id,org_name,unexcused_months
                2018-01-01..2018-06-30,DV-70002,Trần Thị Tám,C2,Tổ chức C2,2018-01;2018-02;2018-03

                """)
        func permissions(_ path: String) throws -> Int {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
        }
        #expect(try permissions(restricted) == 0o700)
        #expect(try permissions(restricted + "/probation_overdue.csv") == 0o600)
        #expect(try permissions(restricted + "/absence_removal_candidates.csv") == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: quarter).filter {
            $0.contains(".tmp")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func aMissingRequiredFileIsNoInput() throws {
        let directory = try NormalizedFixture.standard().write(omitting: [.members])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let window = try ReviewWindow(quarter: "2018-Q2", termStart: Day(iso: "2016-01-01")!)
        let error = #expect(throws: IndicatorsError.self) {
            try IndicatorsStage.compute(normalizedDirectory: directory, window: window)
        }
        #expect(error?.exitStatus == .noInput)
        #expect(
            error?.description == directory
                + "/members.csv: lỗi: không tìm thấy tệp dữ liệu đã chuẩn hóa; " + IndicatorsError.rerunIngest
        )
    }

    @Test func withoutIngestsRecordNothingIsWrittenAndTheMessageSaysToRerunIngest() throws {
        let directory = try NormalizedFixture.standard().write()
        try FileManager.default.removeItem(atPath: directory + "/" + IngestRecord.fileName)
        let output =
            FileManager.default.temporaryDirectory.appendingPathComponent("chibo-out-\(UUID())").path
            + "/so-ket/2018-Q2"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let options = IndicatorsOptions(
            normalizedDirectory: directory, outputDirectory: output, quarter: "2018-Q2",
            termStart: Day(iso: "2016-01-01")!, review: .midTerm)
        let error = #expect(throws: IndicatorsError.self) { try IndicatorsStage.write(options) }
        #expect(error?.exitStatus == .noInput)
        #expect(error?.description.hasPrefix(directory + "/ingest.csv: lỗi: ") == true)
        #expect(error?.description.contains("make ingest") == true)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func targetsAreOptional() throws {
        let directory = try NormalizedFixture.standard().write(omitting: [.targets])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let window = try ReviewWindow(quarter: "2018-Q2", termStart: Day(iso: "2016-01-01")!)
        let output = try IndicatorsStage.compute(normalizedDirectory: directory, window: window)
        #expect(output.rows.allSatisfy { $0.target == nil })
    }

    struct MalformedCase: CustomTestStringConvertible, Sendable {
        var name: String
        var entity: Entity
        var text: String
        var expected: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        MalformedCase(
            name: "wrong header", entity: .villages,
            text: "village,name,commune_org_id,head_name,head_member_id,head_is_member,dissolved_on\n",
            expected: "villages.csv:1:1: lỗi: cần cột 'village_id', nhận được 'village'"),
        MalformedCase(
            name: "bad date", entity: .inspections, text: "org_id,date,inspector\nC1,01/02/2018,UBKT\n",
            expected:
                "inspections.csv:2:2: lỗi: cần một ngày dạng năm-tháng-ngày (yyyy-mm-dd), nhận được '01/02/2018'"
        ),
        MalformedCase(
            name: "missing field", entity: .inspections, text: "org_id,date,inspector\nC1,2018-01-02\n",
            expected: "inspections.csv:2:3: lỗi: cần 3 cột, nhận được '2'"),
        MalformedCase(
            name: "bad code", entity: .attendance, text: "meeting_id,member_id,status\nM,m,absent\n",
            expected: "attendance.csv:2:3: lỗi: cần một trong present, excused, unexcused, nhận được 'absent'"
        ),
        MalformedCase(
            name: "duplicate member id, not echoed", entity: .members,
            text: Entity.members.columns.joined(separator: ",") + "\n"
                + String(repeating: "DV-9,Tên,1980-01-01,,,C1,,2010-01-01,,,,,,,,\n", count: 2),
            expected: "members.csv:3:1: lỗi: cần member_id không trùng, nhận được '(member data withheld)'"),
        MalformedCase(
            name: "cycle", entity: .organizations,
            text: Entity.organizations.columns.joined(separator: ",") + "\n"
                + "P,Tỉnh,,province,,,,,,,,\nA,a,B,district,,,,,,,,\nB,b,A,district,,,,,,,,\n",
            expected: "organizations.csv:3:3: lỗi: cần cây tổ chức không có vòng, nhận được 'A'"),
        MalformedCase(
            name: "two roots", entity: .organizations,
            text: Entity.organizations.columns.joined(separator: ",") + "\n"
                + "P,Tỉnh,,province,,,,,,,,\nQ,Tỉnh 2,,province,,,,,,,,\n",
            expected:
                "organizations.csv:3:1: lỗi: cần đúng một tổ chức không có parent_id, nhận được 'Q'"),
        MalformedCase(
            name: "extra column", entity: .trainings, text: "member_id,date,course,note\n",
            expected: "trainings.csv:1:4: lỗi: cần hết tiêu đề, nhận được 'note'"),
    ])
    func aMalformedFileIsADataError(_ example: MalformedCase) throws {
        let directory = try NormalizedFixture.standard().write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try example.text.write(
            toFile: directory + "/" + example.entity.fileName, atomically: true, encoding: .utf8)
        let window = try ReviewWindow(quarter: "2018-Q2", termStart: Day(iso: "2016-01-01")!)
        let error = #expect(throws: IndicatorsError.self) {
            try IndicatorsStage.compute(normalizedDirectory: directory, window: window)
        }
        #expect(error?.exitStatus == .data)
        #expect(error?.description == directory + "/" + example.expected + "; " + IndicatorsError.rerunIngest)
    }
}
