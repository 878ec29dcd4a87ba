import OfficeOpenXML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `chibo-bench deflate FILE [--passes N]`: DEFLATE's throughput on a file (say a
/// worksheet or document.xml taken out of a report), with the CRC-32 of the compressed
/// bytes, so that two builds can be checked to write the same stream.
enum DeflateBenchmark {
    static func main(_ arguments: [String]) -> Int32 {
        var arguments = arguments[...]
        guard let path = arguments.popFirst() else { return usage() }
        var passes = 3
        while let name = arguments.popFirst() {
            guard name == "--passes", let text = arguments.popFirst(), let value = Int(text), value > 0 else {
                return usage()
            }
            passes = value
        }
        guard let input = read(path) else {
            printError("chibo-bench: cannot read \(path)")
            return 66
        }
        var best = Double.infinity
        var compressed: [UInt8] = []
        for pass in 1...passes {
            let start = ReadBenchmark.now()
            compressed = Deflater.compress(input)
            let seconds = ReadBenchmark.now() - start
            best = min(best, seconds)
            print("pass \(pass): \(format1(seconds * 1000)) ms")
        }
        print(
            "DEFLATE: \(format1(Double(input.count) / 1_048_576)) MiB in \(format1(best * 1000)) ms,"
                + " \(format1(Double(input.count) / 1e6 / best)) MB/s, \(compressed.count) bytes,"
                + " CRC-32 of the stream \(String(CRC32.checksum(compressed), radix: 16))")
        return 0
    }

    private static func read(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return ferror(file) == 0 ? bytes : nil
    }

    private static func usage() -> Int32 {
        printError("usage: chibo-bench deflate FILE [--passes N]")
        return 64
    }
}
