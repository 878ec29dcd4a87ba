import ChiboTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Hostile or broken exports: each gives a clear one-line message naming the file and
/// line with a documented exit status (README, "Exit statuses"), or a clean run; never a
/// crash, a hang or unbounded memory.
@Suite struct AdversarialFileTests {
    /// What ingest must do with a damaged members.csv.
    enum Outcome: Sendable, CustomStringConvertible {
        /// Exit 65 with one `members.csv:<line>:…: lỗi: cần …` line.
        case dataError(line: Int, mentioning: String)
        /// Exit 0.
        case accepted

        var description: String {
            switch self {
            case .dataError(let line, let text): "data error at line \(line) mentioning \(text)"
            case .accepted: "accepted"
            }
        }
    }

    /// A valid member row of the pipeline fixture's organization tree.
    static let memberRow = Array("M900,Phạm Văn Xuân,01/01/1980,Nam,Kinh,C01,V01,10/10/2005,,,,,,,,\n".utf8)

    static func fixtureMembers() throws -> [UInt8] {
        let path = Folder.packageRoot.appendingPathComponent(
            "Tests/Fixtures/\(PipelineFixtureTests.fixture)/input/members.csv")
        return [UInt8](try Data(contentsOf: path))
    }

    static func fixtureHeader() throws -> [UInt8] {
        let members = try fixtureMembers()
        let end = members.firstIndex(of: 0x0A)!
        return Array(members[..<end]).filter { $0 != 0x0D }
    }

    /// One damaged file: a readable id, what ingest must do, and how to make the bytes.
    struct DamagedFile: Sendable, CustomTestStringConvertible {
        var id: String
        var outcome: Outcome
        var make: @Sendable () throws -> [UInt8]

        init(_ id: String, _ outcome: Outcome, _ make: @escaping @Sendable () throws -> [UInt8]) {
            self.id = id
            self.outcome = outcome
            self.make = make
        }

        var testDescription: String { id }
    }

    static let cases: [DamagedFile] = [
        DamagedFile(
            "NUL byte", .dataError(line: 15, mentioning: "00"),
            { try fixtureMembers() + Array("M9,A".utf8) + [0] + memberRow }),
        DamagedFile(
            "invalid UTF-8 in a UTF-8 file", .dataError(line: 15, mentioning: "C3 28"),
            { try fixtureMembers() + Array("M9,".utf8) + [0xC3, 0x28] + memberRow }
        ),
        DamagedFile(
            "lone surrogate in UTF-16", .dataError(line: 2, mentioning: "UTF-16"),
            {
                var units: [UInt16] =
                    [0xFEFF] + Array(String(decoding: try fixtureHeader(), as: UTF8.self).utf16)
                units += [0x0A, 0x4D, 0x31, 0x2C, 0xD800, 0x78, 0x0A]
                return units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            }
        ),
        DamagedFile(
            "unterminated quote at end of file", .dataError(line: 15, mentioning: "ngoặc kép"),
            { try fixtureMembers() + Array("M9,\"Phạm Văn".utf8) }
        ),
        DamagedFile(
            "a 100 MB field", .dataError(line: 15, mentioning: "tối đa"),
            {
                try fixtureMembers() + Array("M9,\"".utf8) + [UInt8](repeating: 0x78, count: 100 << 20) + [
                    0x22, 0x0A,
                ]
            }
        ),
        DamagedFile("empty file", .dataError(line: 1, mentioning: "member_id"), { [] }),
        DamagedFile(
            "binary garbage", .dataError(line: 1, mentioning: "gặp các byte"),
            {
                var generator = SeededGenerator(state: 42)
                return (0..<4096).map { _ in UInt8.random(in: 0x80...0xFF, using: &generator) }
            }),
        DamagedFile("header only", .accepted, { try fixtureHeader() + [0x0A] }),
        DamagedFile(
            "a header with 100 000 extra columns", .accepted,
            { try fixtureHeader() + (0..<100_000).flatMap { Array(",extra\($0)".utf8) } + [0x0A] }
        ),
        DamagedFile(
            "mixed line endings", .accepted,
            {
                try fixtureHeader() + [0x0D, 0x0A] + Array(memberRow.dropLast()) + [0x0D]
                    + Array(
                        String(decoding: memberRow, as: UTF8.self).replacingOccurrences(
                            of: "M900", with: "M901"
                        ).utf8)
            }),
        DamagedFile(
            "blank header cells", .accepted, { try fixtureHeader() + Array(",,".utf8) + [0x0A] + memberRow }),
        DamagedFile(
            "a byte order mark in the middle", .accepted,
            { try fixtureMembers() + [0xEF, 0xBB, 0xBF] + memberRow }
        ),
    ]

    @Test(arguments: cases)
    func damagedMembersFile(_ damaged: DamagedFile) throws {
        let (id, outcome, make) = (damaged.id, damaged.outcome, damaged.make)
        let input = try Pipeline.copyFixtureInput(PipelineFixtureTests.fixture)
        let output = input.deletingLastPathComponent().appendingPathComponent("output")
        try Data(try make()).write(to: input.appendingPathComponent("members.csv"))

        let run = try Pipeline.run("chibo-ingest", ["--input", input.path, "--output", output.path])
        switch outcome {
        case .accepted:
            #expect(run.status == 0, "\(id): \(run.standardError)")
        case .dataError(let line, let text):
            #expect(run.status == 65, "\(id): status \(run.status), \(run.standardError)")
            let lines = run.standardError.split(separator: "\n")
            #expect(lines.count == 1, "\(id): one message, got \(run.standardError)")
            #expect(run.standardError.hasPrefix("members.csv:\(line):"), "\(id): \(run.standardError)")
            #expect(
                run.standardError.contains("lỗi: cần") || run.standardError.contains("lỗi: thiếu"),
                "\(id): \(run.standardError)")
            #expect(run.standardError.contains(text), "\(id): \(run.standardError)")
            #expect(
                !FileManager.default.fileExists(atPath: output.appendingPathComponent("rejects.csv").path))
        }
        // Memory stays bounded whatever the input: the 100 MB field is refused at the cap.
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #expect(usage.ru_maxrss < 1_000_000, "\(id): peak RSS \(usage.ru_maxrss) KiB")
    }

    @Test func aByteOrderMarkInTheMiddleIsNotPartOfTheId() throws {
        let input = try Pipeline.copyFixtureInput(PipelineFixtureTests.fixture)
        let output = input.deletingLastPathComponent().appendingPathComponent("output")
        try Data(try Self.fixtureMembers() + [0xEF, 0xBB, 0xBF] + Self.memberRow)
            .write(to: input.appendingPathComponent("members.csv"))
        #expect(
            try Pipeline.run("chibo-ingest", ["--input", input.path, "--output", output.path]).status == 0)
        let members = try String(
            contentsOf: output.appendingPathComponent("normalized/members.csv"), encoding: .utf8)
        #expect(members.contains("\nM900,Phạm Văn Xuân,1980-01-01,"))
    }
}
