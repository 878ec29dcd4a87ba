import ChiboCore
import Foundation
import Testing

@testable import Ingest

/// File-level problems stop the stage with one message and leave the outputs alone.
@Suite struct FatalProblemTests {
    static let organizationHeader = RowRuleTests.organizationHeader

    /// Runs the stage into an output folder holding a previous rejects.csv, and checks
    /// that the failure left that folder exactly as it was.
    static func fatalError(_ overrides: [Entity: String?]) throws -> IngestError {
        let fixture = try IngestFixture(overrides)
        defer { fixture.remove() }
        let output = fixture.directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("previous\n".utf8).write(to: output.appendingPathComponent("rejects.csv"))
        var caught: IngestError? = nil
        do {
            _ = try Ingestor(inputDirectory: fixture.directory.path, outputDirectory: output.path).run()
        } catch {
            caught = error
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["rejects.csv"])
        #expect(try Data(contentsOf: output.appendingPathComponent("rejects.csv")) == Data("previous\n".utf8))
        return try #require(caught)
    }

    @Test func aCycleIsFatalAndNamesItsIds() throws {
        // C3 → C4 → C5 → C3, reported from the smallest id.
        let file =
            Self.organizationHeader + RowRuleTests.organizationRows
            + "C4,B,C5,cell,,,,,,,,\nC3,A,C4,cell,,,,,,,,\nC5,C,C3,cell,,,,,,,,\n"
        let error = try Self.fatalError([.organizations: file])
        guard case .cycle(_, let line, let field, let ids) = error else {
            Issue.record("expected a cycle, got \(error)")
            return
        }
        #expect(ids == ["C3", "C4", "C5"])
        #expect(line == 8)
        #expect(field == 3)
        #expect(error.exitStatus == .data)
        #expect(
            error.description
                == "organizations.csv:8:3: lỗi: parent_id tạo thành vòng C3 → C4 → C5 → C3. "
                + ProblemCode.organizationCycle.fix)
    }

    @Test func anOrganizationThatIsItsOwnParentIsACycle() throws {
        let file = Self.organizationHeader + RowRuleTests.organizationRows + "C3,A,C3,cell,,,,,,,,\n"
        guard case .cycle(_, _, _, let ids) = try Self.fatalError([.organizations: file]) else {
            Issue.record("expected a cycle")
            return
        }
        #expect(ids == ["C3"])
    }

    @Test func twoRootsAreFatal() throws {
        let file = Self.organizationHeader + RowRuleTests.organizationRows + "T2,Tỉnh 2,,province,,,,,,,,\n"
        let error = try Self.fatalError([.organizations: file])
        guard case .rootCount(_, let line, _, let roots) = error else {
            Issue.record("expected a root problem, got \(error)")
            return
        }
        #expect(roots == ["T", "T2"])
        #expect(line == 7)
        #expect(error.exitStatus == .data)
    }

    @Test func noRootIsFatal() throws {
        let file = Self.organizationHeader + "H,Huyện,T,district,,,,,,,,\nT,Tỉnh,H,province,,,,,,,,\n"
        guard case .rootCount(_, _, _, let roots) = try Self.fatalError([.organizations: file]) else {
            Issue.record("expected a root problem")
            return
        }
        #expect(roots.isEmpty)
    }

    @Test func aMissingRequiredFileIsFatalAndNamesTheFolderSearched() throws {
        let error = try Self.fatalError([.meetings: nil])
        guard case .missingFile(let file, let folder) = error else {
            Issue.record("expected a missing file, got \(error)")
            return
        }
        #expect(file == "meetings.csv")
        #expect(error.exitStatus == .noInput)
        #expect(
            error.description.hasPrefix(
                "meetings.csv: lỗi: thiếu tệp bắt buộc; đã tìm trong thư mục '\(folder)'"))
    }

    @Test func everyMissingColumnOfAFileIsNamedInOneMessage() throws {
        // members.csv without birth_date and org_id (and with its other columns).
        let header =
            "member_id,full_name,gender,ethnicity,village_id,admitted_on,official_on,left_on,left_reason,exempt,"
            + "task_assigned,roles,education,political_theory\n"
        let error = try Self.fatalError([.members: header + "M1,Một,,,V1,2000-01-01,2001-01-01,,,,,,,\n"])
        guard case .missingColumns(let file, let columns) = error else {
            Issue.record("expected missing columns, got \(error)")
            return
        }
        #expect(file == "members.csv")
        #expect(columns.map(\.name) == ["birth_date", "org_id"])
        #expect(error.exitStatus == .data)
        #expect(
            error.description
                == "members.csv:1:1: lỗi: thiếu 2 cột bắt buộc 'birth_date' (Ngày sinh), 'org_id' (Mã chi bộ). "
                + ProblemCode.columnMissing.fix)
    }

    @Test func oneMissingColumnIsNamedToo() throws {
        let error = try Self.fatalError([.attendance: "meeting_id,status\nG1,present\n"])
        guard case .missingColumns(let file, let columns) = error else {
            Issue.record("expected a missing column, got \(error)")
            return
        }
        #expect(file == "attendance.csv")
        #expect(columns.map(\.name) == ["member_id"])
        #expect(error.description.hasPrefix("attendance.csv:1:1: lỗi: thiếu cột bắt buộc 'member_id' ("))
    }

    @Test func twoFilesWhoseNamesDifferByCaseAreFatal() throws {
        let fixture = try IngestFixture()
        defer { fixture.remove() }
        try Data(IngestFixture.base[.members]!.utf8).write(
            to: fixture.directory.appendingPathComponent("Members.CSV"))
        #expect {
            try fixture.compute()
        } throws: { error in
            guard case IngestError.duplicateFile(let names, _) = error else { return false }
            return names == ["Members.CSV", "members.csv"]
        }
    }

    @Test func anUnterminatedQuoteIsFatal() throws {
        let error = try Self.fatalError([.trainings: "member_id,date,course\nM1,2017-01-01,\"Lớp\n"])
        guard case .unreadable = error else {
            Issue.record("expected an unreadable file, got \(error)")
            return
        }
        #expect(error.exitStatus == .data)
        #expect(error.description.hasPrefix("trainings.csv:2:3: lỗi: cần dấu ngoặc kép '\"' đóng ô"))
    }

    @Test func targetsMayBeAbsent() throws {
        let fixture = try IngestFixture([.targets: nil])
        defer { fixture.remove() }
        let output = fixture.directory.appendingPathComponent("out")
        let summaries = try Ingestor(inputDirectory: fixture.directory.path, outputDirectory: output.path)
            .run()
        #expect(
            summaries.last
                == FileSummary(
                    fileName: "targets.csv", encoding: "", delimiter: "", rowsRead: 0, rowsAccepted: 0,
                    rowsRejected: 0,
                    warnings: 0))
        let targets = try String(
            contentsOf: output.appendingPathComponent("normalized/targets.csv"), encoding: .utf8)
        #expect(targets == "indicator,comparator,value,from_year,to_year,scope\n")
    }
}
