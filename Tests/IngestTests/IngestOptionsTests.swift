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
        (["--input", "in"], "thiếu --input hoặc --output"),
        (["--input", "in", "--output"], "thiếu --input hoặc --output"),
        (
            ["--input", "in", "--output", "out", "--verbose"],
            "nhận được '--verbose' (đường dẫn có dấu cách phải đặt trong ngoặc kép)"
        ),
    ])
    func badArgumentsAreOneLineUsageErrors(arguments: [String], found: String) {
        let error = #expect(throws: IngestError.self) { try IngestOptions(arguments: arguments) }
        #expect(error?.exitStatus == .usage)
        #expect(
            error?.description == "chibo-ingest: lỗi: cần --input THƯ_MỤC --output THƯ_MỤC [--strict], "
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
