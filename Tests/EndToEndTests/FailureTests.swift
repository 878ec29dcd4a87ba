import ChiboTestSupport
import Foundation
import SampleData
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A stage that fails or is killed leaves the previous outputs as they were.
@Suite struct FailureTests {
    @Test(arguments: [
        (
            id: "cycle", file: "organizations.csv",
            change: "\nX1,Vòng A,X2,Chi bộ,,,,,,,,\nX2,Vòng B,X1,Chi bộ,,,,,,,,\n"
        ),
        (
            id: "second root", file: "organizations.csv",
            change: "\nROOT2,Tỉnh thứ hai,,Đảng bộ tỉnh,,,,,,,,\n"
        ),
        (id: "undecodable bytes", file: "members.csv", change: "\n\u{FFFF}"),
    ])
    func aBadFileStopsIngestAndKeepsThePreviousOutputs(id: String, file: String, change: String) throws {
        let input = try Pipeline.copyFixtureInput(PipelineFixtureTests.fixture)
        let output = input.deletingLastPathComponent().appendingPathComponent("output")
        try Pipeline.runAll(input: input, output: output)
        let before = try Folder.files(under: output)

        let path = input.appendingPathComponent(file)
        var bytes = try Data(contentsOf: path)
        if id == "undecodable bytes" {
            bytes.append(contentsOf: [0x0A, 0xC3, 0x28, 0x2C, 0x41, 0x0A])  // invalid UTF-8 after valid rows
        } else {
            bytes.append(contentsOf: Array(change.utf8))
        }
        try bytes.write(to: path)

        let run = try Pipeline.run("chibo-ingest", ["--input", input.path, "--output", output.path])
        #expect(run.status == 65, "\(id): \(run.standardError)")
        let lines = run.standardError.split(separator: "\n")
        #expect(lines.count == 1, "one clear message, got: \(run.standardError)")
        #expect(run.standardError.contains("\(file):"), "the message names the file")
        #expect(run.standardError.contains(": lỗi: "))
        #expect(try Folder.files(under: output) == before)
    }

    @Test func aKilledIngestLeavesEveryFileWholeOldOrNew() throws {
        let root = try Folder.temporary("chibo-e2e-kill")
        let oldInput = root.appendingPathComponent("old")
        let newInput = root.appendingPathComponent("new")
        _ = try SampleGenerator(configuration: SampleConfiguration(seed: 1)).write(to: oldInput.path)
        _ = try SampleGenerator(configuration: SampleConfiguration(seed: 2)).write(to: newInput.path)

        let reference = root.appendingPathComponent("reference")
        #expect(
            try Pipeline.run("chibo-ingest", ["--input", newInput.path, "--output", reference.path]).status
                == 0)
        let newFiles = try Folder.files(under: reference)

        // Kill at several moments, from reading to renaming; each time every output file
        // must be whole: the old version or the new one, never a mix or a fragment.
        for delay in [0.02, 0.08, 0.15, 0.25, 0.4] {
            let output = root.appendingPathComponent("output-\(delay)")
            #expect(
                try Pipeline.run("chibo-ingest", ["--input", oldInput.path, "--output", output.path]).status
                    == 0)
            let oldFiles = try Folder.files(under: output)

            let process = Process()
            process.executableURL = Pipeline.productsFolder.appendingPathComponent("chibo-ingest")
            process.arguments = ["--input", newInput.path, "--output", output.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            for (relative, contents) in try Folder.files(under: output) where !relative.contains(".tmp-") {
                #expect(
                    contents == oldFiles[relative] || contents == newFiles[relative],
                    "\(relative) is neither the old nor the new file after a kill at \(delay) s")
            }
        }
    }
}
