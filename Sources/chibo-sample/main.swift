import ChiboCore
import SampleData

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// chibo-sample --output DIR [--seed N] [--scale S] [--years 2016-2020] [--clean]

/// Writes `text` to standard error.
func printError(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

func fail(_ message: String, status: ExitStatus) -> Never {
    printError("chibo-sample: error: \(message)\n")
    printError("usage: chibo-sample --output DIR [--seed N] [--scale S] [--years FIRST-LAST] [--clean]\n")
    exit(status.rawValue)
}

var configuration = SampleConfiguration()
var output: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    func value() -> String {
        guard let value = arguments.popFirst() else {
            fail("expected a value after \(argument)", status: .usage)
        }
        return value
    }
    switch argument {
    case "--output":
        output = value()
    case "--seed":
        let text = value()
        guard let seed = UInt64(text) else {
            fail("expected a non-negative integer seed, found '\(text)'", status: .usage)
        }
        configuration.seed = seed
    case "--scale":
        let text = value()
        guard let scale = Double(text), scale > 0 else {
            fail("expected a positive scale, found '\(text)'", status: .usage)
        }
        configuration.scale = scale
    case "--years":
        let text = value()
        let parts = text.split(separator: "-")
        guard parts.count == 2, let first = Int(parts[0]), let last = Int(parts[1]) else {
            fail("expected --years FIRST-LAST such as 2016-2020, found '\(text)'", status: .usage)
        }
        configuration.firstYear = first
        configuration.lastYear = last
    case "--clean":
        configuration.includesDeliberateProblems = false
    case "--help", "-h":
        print("usage: chibo-sample --output DIR [--seed N] [--scale S] [--years FIRST-LAST] [--clean]")
        exit(ExitStatus.success.rawValue)
    default:
        fail("expected an option, found '\(argument)'", status: .usage)
    }
}
guard let output else { fail("expected --output DIR", status: .usage) }

do {
    let summary = try SampleGenerator(configuration: configuration).write(to: output)
    for file in summary.files {
        print("\(output)/\(file.fileName): \(file.records) rows, \(file.bytes) bytes")
    }
    for problem in summary.problems {
        print("deliberate: \(output)/\(problem)")
    }
} catch {
    printError(error.diagnostic.description + "\n")
    exit(error.exitStatus.rawValue)
}
