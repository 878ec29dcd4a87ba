/// The exit statuses of every chibo executable (after BSD `sysexits.h`).
public enum ExitStatus: Int32, Sendable {
    /// Everything went well.
    case success = 0
    /// A check the user asked for failed (for example `STRICT=1` with rejected rows).
    case checkFailed = 1
    /// The command line was wrong.
    case usage = 64
    /// An input file is malformed: missing column, undecodable bytes, cycle, …
    case data = 65
    /// A required input file does not exist.
    case noInput = 66
    /// Reading or writing a file failed.
    case ioError = 74
}
