#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lines for people on standard error, written by the stages' libraries when a step
/// worth knowing about happens in the middle of a run.
public enum StandardError {
    /// Writes `text` and a newline to standard error, retrying short writes. Standard
    /// output is flushed first, so that a terminal or a log shows the lines in the order
    /// the stage wrote them (`print` buffers when standard output is not a terminal).
    public static func writeLine(_ text: String) {
        fflush(nil)
        var line = text + "\n"
        line.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(2, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
