#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The settings of one run of a stage, parsed from its command line.
public protocol StageOptions: Sendable {
    /// The error a malformed command line is reported with.
    associatedtype ParseError: StageError

    /// The usage text, printed for `--help` and after a usage error.
    static var usage: String { get }

    /// Whether a usage error is followed by the usage text.
    static var printsUsageAfterUsageError: Bool { get }

    /// Parses the arguments after the program name.
    init(arguments: [String]) throws(ParseError)
}

extension StageOptions {
    /// A usage error is followed by the usage text.
    public static var printsUsageAfterUsageError: Bool { true }

    /// Runs an executable: `--help` (or `-h`) prints the usage and succeeds; otherwise the
    /// parsed options go to `run`, and a malformed command line prints its error.
    public static func main(arguments: [String], run: (Self) -> ExitStatus) -> ExitStatus {
        // Past a file-size limit (`ulimit -f`), a write then fails with EFBIG and the stage
        // stops with its message, its temporaries removed, instead of being killed.
        signal(SIGXFSZ, SIG_IGN)
        if arguments.contains("--help") || arguments.contains("-h") {
            print(usage)
            return .success
        }
        let options: Self
        do {
            options = try Self(arguments: arguments)
        } catch {
            StandardError.writeLine(error.description)
            if error.exitStatus == .usage && printsUsageAfterUsageError { StandardError.writeLine(usage) }
            return error.exitStatus
        }
        return run(options)
    }
}
