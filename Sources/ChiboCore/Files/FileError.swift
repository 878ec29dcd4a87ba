#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failed file-system operation, with the path and the system's reason.
public struct FileError: Error, Sendable, CustomStringConvertible {
    /// The path the operation was on.
    public var path: String
    /// What was being done: `open`, `read`, `write`, `rename`, …
    public var operation: String
    /// The `errno` value.
    public var code: Int32

    /// Creates a file error.
    public init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    /// `path: cannot <operation>: <reason>`.
    public var description: String {
        "\(path): cannot \(operation): \(String(cString: strerror(code)))"
    }
}
