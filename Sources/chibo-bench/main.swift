// chibo-bench csv [--megabytes N] [--passes N]: throughput of the CSV reader on a
// generated attendance-like export.
// chibo-bench office [--rows N] [--passes N]: time to write rejects.xlsx of N problems.
// chibo-bench sha [--megabytes N] [--passes N]: SHA-256 throughput per core of CPU time,
// portable and with the x86 SHA extensions.
// chibo-bench deflate FILE [--passes N]: DEFLATE throughput on a file.
import CSV

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes `message` and a newline to standard error.
func printError(_ message: String) {
    let line = Array((message + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

let usageText =
    "usage: chibo-bench csv [--megabytes N] [--passes N] | office [--rows N] [--passes N] [--keep PATH]"
    + " | sha [--megabytes N] [--passes N] | deflate FILE [--passes N]"

func usage() -> Never {
    printError(usageText)
    exit(64)
}

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--help") || arguments.contains("-h") {
    print(usageText)
    exit(0)
}
if arguments.first == "office" { exit(OfficeBenchmark.main(Array(arguments.dropFirst()))) }
if arguments.first == "deflate" { exit(DeflateBenchmark.main(Array(arguments.dropFirst()))) }
if arguments.first == "sha" { exit(DigestBenchmark.main(Array(arguments.dropFirst()))) }
guard arguments.first == "csv" else { usage() }
arguments.removeFirst()
var megabytes = 100
var passes = 3
while !arguments.isEmpty {
    let name = arguments.removeFirst()
    guard !arguments.isEmpty, let value = Int(arguments.removeFirst()), value > 0 else { usage() }
    switch name {
    case "--megabytes": megabytes = value
    case "--passes": passes = value
    default: usage()
    }
}

let temporary = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
var template = Array("\(temporary)/chibo-bench.XXXXXX".utf8CString)
guard let directory = mkdtemp(&template) else {
    printError("chibo-bench: cannot create a temporary directory")
    exit(74)
}
let path = String(cString: directory) + "/attendance.csv"
defer {
    unlink(path)
    rmdir(directory)
}

let rows = AttendanceExport(targetSize: megabytes << 20).write(to: path)
var status = stat()
stat(path, &status)
let size = Double(status.st_size)
print("generated \(path): \(rows) rows, \(format1(size / 1_048_576)) MiB")

var best = Double.infinity
var bestCPU = Double.infinity
for passNumber in 1...passes {
    do {
        let pass = try ReadBenchmark(path: path).run()
        best = min(best, pass.seconds)
        bestCPU = min(bestCPU, pass.cpuSeconds)
        print(
            "pass \(passNumber): \(pass.rows) rows, \(pass.fields) fields in \(format1(pass.seconds * 1000)) ms"
                + " (CPU \(format1(pass.cpuSeconds * 1000)) ms)"
                + " (checksum \(pass.checksum))")
    } catch {
        printError("\(error)")
        exit(65)
    }
}
/// Throughput over `seconds`: MB/s (10^6 bytes), MiB/s and millions of rows per second.
func rates(_ seconds: Double) -> String {
    "\(format1(size / 1e6 / seconds)) MB/s (\(format1(size / 1_048_576 / seconds)) MiB/s), "
        + "\(format1(Double(rows + 1) / seconds / 1e6)) M rows/s"
}
print("best wall clock: " + rates(best))
print("best CPU time, one core: " + rates(bestCPU))
print("peak RSS: \(format1(ReadBenchmark.peakResidentMegabytes())) MiB")

/// `x` with one decimal, without Foundation.
func format1(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
}
