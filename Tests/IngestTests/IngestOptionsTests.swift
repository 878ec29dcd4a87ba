import ChiboCore
import Testing

@testable import Ingest

@Suite struct IngestOptionsTests {
    @Test func parsesEveryOption() throws {
        let options = try IngestOptions(arguments: ["--input", "in", "--output", "out", "--strict"])
        #expect(options == IngestOptions(inputDirectory: "in", outputDirectory: "out", isStrict: true))
        let lenient = try IngestOptions(arguments: ["--output", "out", "--input", "in"])
        #expect(!lenient.isStrict)
    }

    @Test(arguments: [
        (["--input", "in"], "found missing arguments"),
        (["--input", "in", "--output"], "found missing arguments"),
        (["--input", "in", "--output", "out", "--verbose"], "found '--verbose'"),
    ])
    func badArgumentsAreOneLineUsageErrors(arguments: [String], found: String) {
        let error = #expect(throws: IngestError.self) { try IngestOptions(arguments: arguments) }
        #expect(error?.exitStatus == .usage)
        #expect(
            error?.description == "chibo-ingest:0:0: error: expected --input DIR --output DIR [--strict], "
                + found)
    }

    @Test(arguments: [["--help"], ["-h"], ["--input", "in", "--help"]])
    func helpPrintsTheUsageAndSucceeds(arguments: [String]) {
        #expect(IngestStage.main(arguments: arguments) == .success)
    }

    @Test func aMissingInputFolderIsNoInput() {
        let status = IngestStage.run(
            IngestOptions(
                inputDirectory: "/nonexistent-chibo-input", outputDirectory: "/nonexistent-chibo-output"))
        #expect(status == .noInput)
    }
}
