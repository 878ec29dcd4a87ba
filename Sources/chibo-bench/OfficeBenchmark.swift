import OfficeOpenXML
import OfficeReports

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `chibo-bench office [--rows N] [--passes N] [--keep PATH]`: the time to build
/// rejects.xlsx from N problems (values like ingest's: ids, dates, names), and DEFLATE's
/// throughput on its cell text; `--keep` writes the workbook, to time a client opening it.
enum OfficeBenchmark {
    static func main(_ arguments: [String]) -> Int32 {
        var rows = 200_000
        var passes = 3
        var keptPath: String?
        var arguments = arguments[...]
        while let name = arguments.popFirst() {
            guard let text = arguments.popFirst() else { return usage() }
            if name == "--keep" {
                keptPath = text
                continue
            }
            guard let value = Int(text), value > 0 else { return usage() }
            switch name {
            case "--rows": rows = value
            case "--passes": passes = value
            default: return usage()
            }
        }
        let files = ["members.csv", "meetings.csv", "attendance.csv"]
        let codes = ["date.invalid", "id.duplicate", "attendance.other_cell", "ref.unknown_org"]
        let entries = (0..<rows).map { index in
            RejectEntry(
                file: files[index % 3], line: index + 2, column: index % 2 == 0 ? "member_id" : "admitted_on",
                value: index % 2 == 0 ? String(30_000_000 + index) : "0\(index % 28 + 1)/02/17",
                code: codes[index % 4], severity: index % 5 == 0 ? .warning : .error,
                message: "Đảng viên không còn sinh hoạt vào ngày họp (dòng \(index + 2))")
        }
        var best = Double.infinity
        var size = 0
        for pass in 1...passes {
            let start = ReadBenchmark.now()
            guard let bytes = try? RejectsWorkbook(entries: entries).bytes() else {
                printError("chibo-bench: the workbook passed the ZIP limits")
                return 70
            }
            let seconds = ReadBenchmark.now() - start
            best = min(best, seconds)
            size = bytes.count
            if let keptPath, pass == passes {
                let file = fopen(keptPath, "wb")
                guard let file, fwrite(bytes, 1, bytes.count, file) == bytes.count, fclose(file) == 0 else {
                    printError("chibo-bench: cannot write \(keptPath)")
                    return 74
                }
            }
            print(
                "pass \(pass): rejects.xlsx of \(rows) problems, \(size) bytes in \(format1(seconds * 1000)) ms"
            )
        }
        print(
            "best: \(format1(Double(rows) / best / 1000)) k problems/s, \(format1(Double(size) / 1_048_576)) MiB"
        )

        let sheet = RejectsWorkbook(entries: entries).workbook().sheets[0]
        var strings: [UInt8] = []
        for row in sheet.rows {
            for cell in row {
                if case .text(let text) = cell.value { XMLEscaping.append(text, to: &strings) }
            }
        }
        let start = ReadBenchmark.now()
        let compressed = Deflater.compress(strings)
        let seconds = ReadBenchmark.now() - start
        print(
            "DEFLATE: \(format1(Double(strings.count) / 1_048_576)) MiB of cell text in \(format1(seconds * 1000)) ms,"
                + " \(format1(Double(strings.count) / 1e6 / seconds)) MB/s,"
                + " ratio \(format1(Double(strings.count) / Double(compressed.count))):1")
        return 0
    }

    private static func usage() -> Int32 {
        printError("usage: chibo-bench office [--rows N] [--passes N] [--keep PATH]")
        return 64
    }
}
