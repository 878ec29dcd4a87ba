#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension SHA256 {
    /// How SHA-256's 64-byte blocks are mixed into the state; every implementation gives
    /// the same digest.
    public enum Implementation: String, Sendable, CaseIterable, CustomStringConvertible {
        /// Plain Swift, on every CPU (~290 MB/s per core on the project's machines).
        case portable
        /// The x86 SHA extensions (SHA-NI) with SSSE3 and SSE4.1, where the CPU has them.
        case shaExtensions = "sha-extensions"

        /// The implementation `SHA256()` uses: the SHA extensions where the CPU has them,
        /// unless the environment variable `CHIBO_SHA256` is `portable` (for tests and
        /// benchmarks of the portable code); the portable code elsewhere.
        public static let fastest: Implementation = {
            if let forced = getenv("CHIBO_SHA256"),
                String(cString: forced) == Implementation.portable.rawValue
            {
                return .portable
            }
            return Implementation.shaExtensions.isAvailable ? .shaExtensions : .portable
        }()

        /// Whether this CPU (and this build) runs the implementation.
        public var isAvailable: Bool {
            switch self {
            case .portable: true
            case .shaExtensions: Self.cpuHasSHAExtensions
            }
        }

        /// The name `CHIBO_SHA256` and the benchmark use: `portable`, `sha-extensions`.
        public var description: String { rawValue }

        /// Read once: whether the SHA extensions are compiled in and the CPU has them. On
        /// Linux the kernel lists the CPU's features in /proc/cpuinfo (CPUID itself is out
        /// of Swift's reach); other systems use the portable code. Valgrind's CPU lacks
        /// them whatever /proc/cpuinfo says (it stops the process on the first one), so a
        /// process it runs, known by the library it preloads, uses the portable code too.
        private static let cpuHasSHAExtensions: Bool = {
            #if arch(x86_64) && canImport(_Builtin_intrinsics.intel) && os(Linux)
                if let preloaded = getenv("LD_PRELOAD"), String(cString: preloaded).contains("vgpreload") {
                    return false
                }
                guard let information = firstProcessorInformation() else { return false }
                return hasSHAExtensions(cpuInformation: information)
            #else
                return false
            #endif
        }()

        /// Whether the first `flags` line of `cpuInformation` (/proc/cpuinfo's text) names
        /// `sha_ni`, `ssse3` and `sse4_1`, each as a whole word.
        static func hasSHAExtensions(cpuInformation: [UInt8]) -> Bool {
            let lines = cpuInformation.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
            guard let line = lines.first(where: { isFlagsLine($0) }),
                let colon = line.firstIndex(of: UInt8(ascii: ":"))
            else { return false }
            let words = line[(colon + 1)...].split { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            let flags = Set(words.map { String(decoding: $0, as: UTF8.self) })
            return flags.isSuperset(of: ["sha_ni", "ssse3", "sse4_1"])
        }

        /// Whether `line` is `flags`, blanks, then a colon.
        private static func isFlagsLine(_ line: ArraySlice<UInt8>) -> Bool {
            guard line.starts(with: "flags".utf8) else { return false }
            let rest = line.dropFirst(5).drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            return rest.first == UInt8(ascii: ":")
        }

        /// /proc/cpuinfo up to the blank line that ends the first processor's block (the
        /// kernel makes the text as it is read, so the other processors' are never made),
        /// or nil where it cannot be read.
        private static func firstProcessorInformation() -> [UInt8]? {
            let descriptor = open("/proc/cpuinfo", O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            var text: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 4096)
            // A few kilobytes per processor: 1 MiB is far more than the first one needs.
            while text.count < 1 << 20 {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    return nil
                }
                if count == 0 { break }
                text += chunk[..<count]
                if zip(text, text.dropFirst()).contains(where: { $0 == UInt8(ascii: "\n") && $1 == $0 }) {
                    break
                }
            }
            return text
        }
    }
}
