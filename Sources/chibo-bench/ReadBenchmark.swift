import CSV

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Times reading and splitting a CSV file with `CSVReader`.
struct ReadBenchmark {
    /// The file to read.
    var path: String

    /// What one pass over the file saw.
    struct Pass {
        /// Records read, the header included.
        var rows = 0
        /// Fields read.
        var fields = 0
        /// A sum over the field bytes, so that the work cannot be optimized away.
        var checksum = 0
        /// Wall-clock seconds.
        var seconds = 0.0
        /// Seconds of CPU time of this thread: the cost per core, whatever else runs.
        var cpuSeconds = 0.0
    }

    /// Reads the whole file once.
    func run() throws(CSVError) -> Pass {
        var pass = Pass()
        let start = Self.now()
        let cpuStart = Self.now(CLOCK_THREAD_CPUTIME_ID)
        let reader = try CSVReader(path: path)
        while let row = try reader.nextRow() {
            pass.rows += 1
            pass.fields += row.count
            for index in 0..<row.count {
                let field = row[index]
                pass.checksum &+= field.count
                if let first = field.first { pass.checksum &+= Int(first) }
            }
        }
        pass.seconds = Self.now() - start
        pass.cpuSeconds = Self.now(CLOCK_THREAD_CPUTIME_ID) - cpuStart
        return pass
    }

    /// Seconds on `clock` (the monotonic clock by default).
    static func now(_ clock: clockid_t = CLOCK_MONOTONIC) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// `getrusage`'s "this process", typed as the C library wants it.
    #if canImport(Glibc)
        private static let currentProcess = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
        private static let currentProcess = RUSAGE_SELF
    #endif

    /// The peak resident set size of this process, in MiB.
    static func peakResidentMegabytes() -> Double {
        var usage = rusage()
        getrusage(currentProcess, &usage)
        #if canImport(Darwin)
            return Double(usage.ru_maxrss) / 1_048_576
        #else
            return Double(usage.ru_maxrss) / 1024
        #endif
    }
}
