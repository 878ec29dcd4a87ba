import ChiboCore
import Ingest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// chibo-ingest --input DIR --output DIR [--strict]

func fail(_ message: String, _ status: ExitStatus) -> Never {
    let bytes = Array((message + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(status.rawValue)
}

var input: String? = nil
var output: String? = nil
var isStrict = false
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--input": input = arguments.popFirst()
    case "--output": output = arguments.popFirst()
    case "--strict": isStrict = true
    default:
        fail(
            "chibo-ingest:0:0: error: expected --input DIR --output DIR [--strict], found '\(argument)'",
            .usage)
    }
}
guard let input, let output else {
    fail(
        "chibo-ingest:0:0: error: expected --input DIR --output DIR [--strict], found missing arguments",
        .usage)
}

do {
    let summaries = try Ingestor(inputDirectory: input, outputDirectory: output).run()
    for summary in summaries { print(summary.report) }
    let rejected = summaries.reduce(0) { $0 + $1.rowsRejected }
    if isStrict && rejected > 0 {
        fail("chibo-ingest: \(rejected) rows rejected (--strict)", .checkFailed)
    }
} catch {
    fail(error.description, error.exitStatus)
}
