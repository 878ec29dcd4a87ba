import ChiboCore

/// Why the sample could not be generated.
public enum SampleError: Error, Sendable, CustomStringConvertible {
    /// The configuration is unusable (for example a year range that runs backwards).
    case invalidConfiguration(String)
    /// Creating or writing an output file failed.
    case file(FileError)

    /// The problem as a diagnostic of the sample stage.
    public var diagnostic: Diagnostic {
        switch self {
        case .invalidConfiguration(let message):
            Diagnostic(
                severity: .error, file: "chibo-sample", code: "invalid_configuration", message: message)
        case .file(let error):
            Diagnostic(severity: .error, file: error.path, code: "io_error", message: error.description)
        }
    }

    /// A one-line description for the terminal.
    public var description: String {
        switch self {
        case .invalidConfiguration(let message): "error: \(message)"
        case .file(let error): "error: \(error.description)"
        }
    }

    /// The exit status that fits the problem.
    public var exitStatus: ExitStatus {
        switch self {
        case .invalidConfiguration: .usage
        case .file: .ioError
        }
    }
}
