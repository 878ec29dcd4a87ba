import ChiboTestSupport
import Foundation
import Testing

/// Runs the three stage executables the way the Makefile does, in a temporary folder.
struct Pipeline {
    /// The result of one executable run.
    struct Run {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The folder holding the built executables (next to the test bundle).
    static let productsFolder: URL = {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Folder.packageRoot.appendingPathComponent(".build/debug"),
        ]
        for case let folder? in candidates
        where FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("chibo-ingest").path)
        {
            return folder
        }
        return Folder.packageRoot.appendingPathComponent(".build/debug")
    }()

    /// Runs `executable` with `arguments`; `environment` entries replace the inherited ones.
    /// With `umask` (octal, like `"000"`) the process is started with that umask through
    /// `/bin/sh`, since the test process's own umask is shared by every test running.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:],
        umask: String? = nil
    ) throws -> Run {
        let process = Process()
        let executablePath = productsFolder.appendingPathComponent(executable).path
        if let umask {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "umask \(umask) && exec \"$0\" \"$@\"", executablePath] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: executablePath)
            process.arguments = arguments
        }
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        return try capture(process)
    }

    /// Starts `process` and waits for it, collecting its standard output and error.
    static func capture(_ process: Process) throws -> Run {
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }

    /// Runs ingest → indicators → report for one review (its folder `<review>/<quarter>`);
    /// returns the runs.
    @discardableResult
    static func runAll(
        input: URL, output: URL, quarter: String = "2018-Q2", termStart: String = "2016-01-01",
        review: String = "so-ket", previous: String? = nil, environment: [String: String] = [:],
        umask: String? = nil
    ) throws -> [Run] {
        let ingest = try run(
            "chibo-ingest", ["--input", input.path, "--output", output.path], environment: environment,
            umask: umask)
        guard ingest.status == 0 else { return [ingest] }
        let indicators = try run(
            "chibo-indicators",
            [
                "--normalized", output.appendingPathComponent("normalized").path,
                "--output", output.appendingPathComponent("\(review)/\(quarter)").path, "--review", review,
                "--quarter", quarter, "--term-start", termStart, "--meeting-deadline-day", "10",
            ] + (previous.map { ["--previous", $0] } ?? []), environment: environment, umask: umask)
        guard indicators.status == 0 else { return [ingest, indicators] }
        let report = try run(
            "chibo-report", ["--output", output.path, "--quarter", quarter, "--review", review],
            environment: environment, umask: umask)
        return [ingest, indicators, report]
    }

    /// Copies the raw exports of a fixture into a new temporary input folder.
    static func copyFixtureInput(_ fixture: String) throws -> URL {
        let source = Folder.fixture(fixture).appendingPathComponent("input")
        let destination = try Folder.temporary("chibo-e2e-\(fixture)").appendingPathComponent("input")
        try FileManager.default.copyItem(at: source, to: destination)
        return destination
    }
}
