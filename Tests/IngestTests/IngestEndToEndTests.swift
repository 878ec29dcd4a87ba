import ChiboCore
import ChiboTestSupport
import Foundation
import Testing

@testable import Ingest

/// The ingest-basic fixture: small, messy exports (Vietnamese headers, dd/mm/yyyy and
/// serial dates, a BOM, a `;` file with CRLF, a tab file, a quoted newline, an ignored
/// column, a handful of bad rows) against hand-checked expected outputs.
@Suite struct IngestEndToEndTests {
    static let fixture = Folder.fixture("ingest-basic")
    static let outputFiles =
        Entity.allCases.map { "normalized/" + $0.fileName } + [
            "normalized/" + IngestRecord.fileName, "rejects.csv", "rejects.xlsx", "ingest_summary.csv",
        ]

    static func temporaryDirectory() throws -> URL { try Folder.temporary("chibo-ingest-e2e") }

    static func run(input: URL) throws -> (URL, [FileSummary]) {
        let output = try temporaryDirectory()
        let summaries = try Ingestor(inputDirectory: input.path, outputDirectory: output.path).run()
        return (output, summaries)
    }

    @Test func matchesTheExpectedOutputs() throws {
        let (output, summaries) = try Self.run(input: Self.fixture.appendingPathComponent("input"))
        defer { try? FileManager.default.removeItem(at: output) }
        // The outputs are exactly these files, byte for byte.
        #expect(try Folder.files(under: output).keys.sorted() == Self.outputFiles.sorted())
        // rejects.xlsx is checked against rejects.csv below, not kept as a binary fixture.
        try Snapshot.match(
            Folder.files(under: output).filter { $0.key != "rejects.xlsx" },
            expected: Self.fixture.appendingPathComponent("expected"))
        // 10 organizations rows: T01 H01 X01 C01 C02 C03 accepted; C09 (unknown parent),
        // C10 (under C09), C02 again (duplicate), C11 (31/02) rejected.
        #expect(summaries[0].report == "organizations.csv: đọc 10 dòng, nhận 6, loại 4, 0 cảnh báo")
        // 12 members: M004 (under 18), M006 (no reason), M007 (not a chi bộ), M010 (85),
        // M002 again rejected; M003 short probation and M008 same as M002 warned.
        #expect(summaries[2].report == "members.csv: đọc 12 dòng, nhận 7, loại 5, 2 cảnh báo")
    }

    /// Every value of rejects.csv is a text of rejects.xlsx, exactly as read.
    @Test func rejectsWorkbookHoldsTheValuesOfRejectsCSV() throws {
        let (output, _) = try Self.run(input: Self.fixture.appendingPathComponent("input"))
        defer { try? FileManager.default.removeItem(at: output) }
        let workbook = try Array(Data(contentsOf: output.appendingPathComponent("rejects.xlsx")))
        let strings = try #require(
            try ZipReader.entries(of: workbook).first { $0.name == "xl/sharedStrings.xml" })
        let (error, check) = XMLCheck.parse(strings.contents)
        #expect(error == nil)
        let texts = Set((check.texts["t"] ?? []).map { Array($0.utf8) })
        let csv = try String(contentsOf: output.appendingPathComponent("rejects.csv"), encoding: .utf8)
        var values = 0
        for record in exportedRecords(csv, separator: ",").dropFirst() where record.count == 7 {
            let value = record[3].text
            guard !value.isEmpty else { continue }
            #expect(texts.contains(Array(value.utf8)), "\(value) is not in rejects.xlsx")
            values += 1
        }
        #expect(values > 5)
    }

    @Test func rerunIsByteIdentical() throws {
        let input = Self.fixture.appendingPathComponent("input")
        let (first, _) = try Self.run(input: input)
        let (second, _) = try Self.run(input: input)
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        for file in Self.outputFiles {
            #expect(
                try Data(contentsOf: first.appendingPathComponent(file))
                    == Data(contentsOf: second.appendingPathComponent(file)), "\(file)")
        }
    }

    /// The clean form of the data (the normalized files themselves: canonical headers,
    /// ISO dates, codes, commas, LF) normalizes to the same bytes as the messy exports.
    @Test func cleanFormNormalizesToTheSameBytes() throws {
        let (messy, _) = try Self.run(input: Self.fixture.appendingPathComponent("input"))
        let (clean, summaries) = try Self.run(input: messy.appendingPathComponent("normalized"))
        defer {
            try? FileManager.default.removeItem(at: messy)
            try? FileManager.default.removeItem(at: clean)
        }
        for entity in Entity.allCases {
            let file = "normalized/" + entity.fileName
            #expect(
                try Data(contentsOf: messy.appendingPathComponent(file))
                    == Data(contentsOf: clean.appendingPathComponent(file)), "\(file)")
        }
        #expect(summaries.allSatisfy { $0.rowsRejected == 0 })
    }

    /// Reversing the data rows of every clean file changes nothing in normalized/.
    @Test func rowOrderDoesNotMatter() throws {
        let (clean, _) = try Self.run(input: Self.fixture.appendingPathComponent("input"))
        let reversed = try Self.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: clean)
            try? FileManager.default.removeItem(at: reversed)
        }
        for entity in Entity.allCases {
            let text = try String(
                contentsOf: clean.appendingPathComponent("normalized/" + entity.fileName), encoding: .utf8)
            // No field of the clean files holds a newline, so lines are records.
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(
                String.init)
            let header = lines.removeFirst()
            let content = ([header] + lines.reversed()).map { $0 + "\n" }.joined()
            try Data(content.utf8).write(to: reversed.appendingPathComponent(entity.fileName))
        }
        let (output, _) = try Self.run(input: reversed)
        defer { try? FileManager.default.removeItem(at: output) }
        for entity in Entity.allCases {
            let file = "normalized/" + entity.fileName
            #expect(
                try Data(contentsOf: clean.appendingPathComponent(file))
                    == Data(contentsOf: output.appendingPathComponent(file)), "\(file)")
        }
    }
}
