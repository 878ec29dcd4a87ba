import ChiboCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `chibo-bench sha [--megabytes N] [--passes N]`: the SHA-256 of review.csv's
/// `input_sha256`, in MB/s of CPU time of the hashing thread (the cost per core, whatever
/// else runs), over bytes in memory (the compression function alone) and over a file
/// of the same bytes read as ingest reads its inputs (reads included), for each
/// implementation (portable Swift, the x86 SHA extensions); one this CPU lacks is
/// reported as skipped. The digests must agree.
enum DigestBenchmark {
    static func main(_ arguments: [String]) -> Int32 {
        var megabytes = 100
        var passes = 3
        var arguments = arguments[...]
        while let name = arguments.popFirst() {
            guard let text = arguments.popFirst(), let value = Int(text), value > 0 else { return usage() }
            switch name {
            case "--megabytes": megabytes = value
            case "--passes": passes = value
            default: return usage()
            }
        }
        let size = megabytes << 20
        // Bytes that look like nothing in particular (the hash does not care), made once.
        var bytes = [UInt8](repeating: 0, count: size)
        var seed: UInt32 = 0x2545_F491
        for index in bytes.indices {
            seed = seed &* 1_664_525 &+ 1_013_904_223
            bytes[index] = UInt8(truncatingIfNeeded: seed >> 24)
        }
        let temporary = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        let path = "\(temporary)/chibo-bench-sha.\(getpid())"
        guard let file = fopen(path, "wb") else {
            printError("chibo-bench: cannot write \(path)")
            return 74
        }
        defer { unlink(path) }
        guard fwrite(bytes, 1, bytes.count, file) == bytes.count, fclose(file) == 0 else {
            printError("chibo-bench: cannot write \(path)")
            return 74
        }
        print("SHA-256 of \(megabytes) MiB, \(passes) passes; SHA256() uses \(SHA256.Implementation.fastest)")

        var digests: [String] = []
        for implementation in SHA256.Implementation.allCases {
            guard implementation.isAvailable else {
                print("\(implementation): not available on this CPU, skipped")
                continue
            }
            var bestMemory = Double.infinity
            var bestFile = Double.infinity
            for pass in 1...passes {
                var start = ReadBenchmark.now(CLOCK_THREAD_CPUTIME_ID)
                var inMemory = SHA256(implementation: implementation)
                inMemory.update(bytes)
                let memoryDigest = inMemory.hexadecimalDigest()
                let memorySeconds = ReadBenchmark.now(CLOCK_THREAD_CPUTIME_ID) - start
                start = ReadBenchmark.now(CLOCK_THREAD_CPUTIME_ID)
                var fromFile = SHA256(implementation: implementation)
                do throws(FileError) {
                    try fromFile.update(fileAt: path)
                } catch {
                    printError("chibo-bench: \(error.description)")
                    return 74
                }
                let fileDigest = fromFile.hexadecimalDigest()
                let fileSeconds = ReadBenchmark.now(CLOCK_THREAD_CPUTIME_ID) - start
                guard fileDigest == memoryDigest else {
                    printError("chibo-bench: the file's digest differs from the same bytes' in memory")
                    return 70
                }
                digests.append(memoryDigest)
                bestMemory = min(bestMemory, memorySeconds)
                bestFile = min(bestFile, fileSeconds)
                print(
                    "\(implementation) pass \(pass): in memory CPU \(format1(memorySeconds * 1000)) ms,"
                        + " from the file CPU \(format1(fileSeconds * 1000)) ms (digest \(memoryDigest.prefix(16))…)"
                )
            }
            print(
                "\(implementation): best CPU time, one core, in memory"
                    + " \(format1(Double(size) / 1e6 / bestMemory)) MB/s,"
                    + " from the file \(format1(Double(size) / 1e6 / bestFile)) MB/s")
        }
        guard Set(digests).count <= 1 else {
            printError("chibo-bench: the implementations' digests differ")
            return 70
        }
        return 0
    }

    private static func usage() -> Int32 {
        printError("usage: chibo-bench sha [--megabytes N] [--passes N]")
        return 64
    }
}
