import ChiboTestSupport
import Foundation
import Testing

/// The whole pipeline on a small messy export, compared file by file with the expected
/// outputs (rewritten only when `UPDATE_FIXTURES=1`). The Office documents (.xlsx,
/// .docx) are not kept as expected files: binary fixtures cannot be reviewed in a diff
/// and would conflict on every layout change; they are checked part by part below, by
/// their unit tests and by LibreOffice.
@Suite struct PipelineFixtureTests {
    static let fixture = "pipeline-basic"

    @Test func everyOutputMatchesTheExpectedFiles() throws {
        let input = try Pipeline.copyFixtureInput(Self.fixture)
        let output = input.deletingLastPathComponent().appendingPathComponent("output")
        let runs = try Pipeline.runAll(input: input, output: output)
        for run in runs { #expect(run.status == 0, "\(run.standardError)") }
        try #require(runs.count == 3)

        try Snapshot.match(
            Folder.files(under: output).filter { !Self.isOfficeDocument($0.key) },
            expected: Folder.fixture(Self.fixture).appendingPathComponent("expected"))
    }

    static func isOfficeDocument(_ path: String) -> Bool {
        path.hasSuffix(".xlsx") || path.hasSuffix(".docx")
    }

    @Test func officeDocumentsAreWrittenWithWellFormedParts() throws {
        let input = try Pipeline.copyFixtureInput(Self.fixture)
        let output = input.deletingLastPathComponent().appendingPathComponent("output")
        try Pipeline.runAll(input: input, output: output)
        let documents = try Folder.files(under: output).filter { Self.isOfficeDocument($0.key) }
        #expect(
            documents.keys.sorted() == [
                "rejects.xlsx", "so-ket/2018-Q2/indicators.xlsx", "so-ket/2018-Q2/report.docx",
            ])
        for (relative, contents) in documents {
            let entries = try ZipReader.entries(of: Array(contents))
            #expect(entries.contains { $0.name == "[Content_Types].xml" }, "\(relative)")
            for entry in entries {
                let (error, _) = XMLCheck.parse(entry.contents)
                #expect(error == nil, "\(relative) \(entry.name): \(error ?? "")")
            }
        }
        // rejects.xlsx holds the offending values, names and ids among them.
        let mode = try FileManager.default.attributesOfItem(
            atPath: output.appendingPathComponent("rejects.xlsx").path)[.posixPermissions]
        #expect(mode as? Int == 0o600)
    }

    @Test func restrictedListsAreOwnerOnly() throws {
        let input = try Pipeline.copyFixtureInput(Self.fixture)
        let output = input.deletingLastPathComponent().appendingPathComponent("output")
        try Pipeline.runAll(input: input, output: output)
        let restricted = output.appendingPathComponent("so-ket/2018-Q2/restricted")
        let folderMode = try FileManager.default.attributesOfItem(atPath: restricted.path)[.posixPermissions]
        #expect(folderMode as? Int == 0o700)
        for name in ["probation_overdue.csv", "absence_removal_candidates.csv"] {
            let path = restricted.appendingPathComponent(name).path
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]
            #expect(mode as? Int == 0o600, "\(name)")
        }
    }

    @Test func strictModeFailsWhenRowsAreRejected() throws {
        let input = try Pipeline.copyFixtureInput(Self.fixture)
        let output = input.deletingLastPathComponent().appendingPathComponent("output")
        let run = try Pipeline.run(
            "chibo-ingest", ["--input", input.path, "--output", output.path, "--strict"])
        // The fixture holds deliberately bad rows, so a strict import must fail.
        #expect(run.status == 1)
        #expect(run.standardError.contains("dòng bị loại và STRICT=1 (--strict) không cho phép dòng bị loại"))
    }
}
