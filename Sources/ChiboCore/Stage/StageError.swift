/// The error a stage stops with: it prints as one diagnostic line and sets the exit status.
public protocol StageError: Error, CustomStringConvertible {
    /// The exit status the executable ends with.
    var exitStatus: ExitStatus { get }
}
