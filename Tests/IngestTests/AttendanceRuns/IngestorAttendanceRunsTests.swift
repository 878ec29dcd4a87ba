import ChiboCore
import ChiboTestSupport
import Foundation
import Testing

@testable import Ingest

/// The whole stage with runs of three attendance records: duplicates straddle runs, the
/// first physical row keeps its key even when rejected, and the outputs are those of one
/// run in memory.
@Suite struct IngestorAttendanceRunsTests {
    /// Members M1 (C1), M2 (C2), M3 (C1), M4 (C1); meetings G1, G2 of C1 and G3 of C2.
    static let inputs: [Entity: String] = [
        .members: """
        member_id,full_name,birth_date,gender,ethnicity,org_id,village_id,admitted_on,official_on,left_on,left_reason,exempt,task_assigned,roles,education,political_theory
        M1,Một,1970-01-01,,,C1,V1,2000-01-01,2001-01-01,,,,,,,
        M2,Hai,1971-01-01,,,C2,,2000-01-01,2001-01-01,,,,,,,
        M3,Ba,1972-01-01,,,C1,,2000-01-01,2001-01-01,,,,,,,
        M4,Bốn,1973-01-01,,,C1,,2000-01-01,2001-01-01,,,,,,,

        """,
        .meetings: """
        meeting_id,org_id,date,kind,has_resolution,quality,superior_attended
        G1,C1,2018-01-05,periodic,,,
        G2,C1,2018-02-05,periodic,,,
        G3,C2,2018-03-05,periodic,,,

        """,
        // Keyed rows go to runs of three: lines 2–4, 5–7 (line 8 has no known meeting),
        // 9–11, and line 12 stays in memory.
        .attendance: """
        meeting_id,member_id,status
        G2,M1,present
        G1,M2,present
        G1,M1,excused
        G3,M3,present
        G1,M1,present
        G2,M1,unexcused
        G9,M1,present
        G3,M3,maybe
        G2,M4,maybe
        G2,M4,present
        G1,M3,present

        """,
    ]

    static func run(_ input: URL, output: URL, recordsPerRun: Int) throws -> [FileSummary] {
        var ingestor = Ingestor(inputDirectory: input.path, outputDirectory: output.path)
        ingestor.attendanceRecordsPerRun = recordsPerRun
        return try ingestor.run()
    }

    static func text(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func runsOfThreeGiveTheHandWorkedOutputs() throws {
        let fixture = try IngestFixture(Self.inputs)
        defer { fixture.remove() }
        let output = fixture.directory.appendingPathComponent("out")
        let summaries = try Self.run(fixture.directory, output: output, recordsPerRun: 3)

        // Sorted by meeting, then member; each pair from its first physical row.
        #expect(
            try Self.text(output, "normalized/attendance.csv") == """
                meeting_id,member_id,status
                G1,M1,excused
                G1,M2,present
                G1,M3,present
                G2,M1,present
                G3,M3,present

                """)
        // Lines 6, 7: later rows of pairs first seen on lines 4 and 2, in other runs.
        // Line 9: a bad status and the pair of line 5. Line 11: the pair of line 10, which
        // owns it though rejected. Lines 3 and 5 are kept with a warning: M2 is in C2, M3
        // in C1 and G3 is a meeting of C2.
        let attendanceProblems = exportedRecords(try Self.text(output, "rejects.csv"), separator: ",")
            .filter { $0.count == 7 && $0[0].text == "attendance.csv" }
            .map { "\($0[1].text) \($0[4].text)" }
        #expect(
            attendanceProblems == [
                "3 attendance.other_cell", "5 attendance.other_cell", "6 attendance.duplicate",
                "7 attendance.duplicate", "8 attendance.unknown_meeting", "9 attendance.duplicate",
                "9 enum.unknown", "10 enum.unknown", "11 attendance.duplicate",
            ])
        let attendance = try #require(summaries.first { $0.fileName == "attendance.csv" })
        #expect(attendance.rowsRead == 11)
        #expect(attendance.rowsAccepted == 5)
        #expect(attendance.rowsRejected == 6)
        #expect(attendance.warnings == 2)
    }

    @Test(arguments: [1, 2, 3, 5])
    func everyRunSizeWritesTheSameFiles(_ recordsPerRun: Int) throws {
        let fixture = try IngestFixture(Self.inputs)
        defer { fixture.remove() }
        let inMemory = fixture.directory.appendingPathComponent("in-memory")
        let inRuns = fixture.directory.appendingPathComponent("in-runs")
        _ = try Self.run(fixture.directory, output: inMemory, recordsPerRun: 1 << 20)
        _ = try Self.run(fixture.directory, output: inRuns, recordsPerRun: recordsPerRun)
        let expected = try Folder.files(under: inMemory)
        #expect(expected.count == 14)
        #expect(try Folder.files(under: inRuns) == expected)
    }

    /// A bad attendance.csv found after runs were written stops the stage: the previous
    /// outputs stay, and no temporary file is left.
    @Test func aFatalProblemAfterRunsLeavesThePreviousOutputs() throws {
        let fixture = try IngestFixture(Self.inputs)
        defer { fixture.remove() }
        let output = fixture.directory.appendingPathComponent("out")
        _ = try Self.run(fixture.directory, output: output, recordsPerRun: 3)
        let before = try Folder.files(under: output)

        let broken = Self.inputs[.attendance]! + "G1,M4,\"present\n"
        try Data(broken.utf8).write(to: fixture.directory.appendingPathComponent("attendance.csv"))
        #expect(throws: IngestError.self) {
            try Self.run(fixture.directory, output: output, recordsPerRun: 3)
        }
        #expect(try Folder.files(under: output) == before)
        let names = try FileManager.default.subpathsOfDirectory(atPath: output.path)
        #expect(!names.contains { $0.contains(".tmp-") }, "\(names)")
    }
}
