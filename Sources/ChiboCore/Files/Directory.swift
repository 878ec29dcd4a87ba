#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Small file-system helpers shared by the stages.
public enum Directory {
    /// Creates `path` and its missing parents; the last component gets `mode`.
    public static func create(_ path: String, mode: mode_t = 0o755) throws(FileError) {
        var prefix = ""
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, component) in components.enumerated() {
            prefix += (index == 0 ? "" : "/") + component
            if prefix.isEmpty { continue }
            let isLast = index == components.count - 1
            if mkdir(prefix, isLast ? mode : 0o755) != 0 && errno != EEXIST {
                throw FileError(path: prefix, operation: "create directory", code: errno)
            }
        }
        if mode != 0o755 && chmod(path, mode) != 0 {
            throw FileError(path: path, operation: "chmod", code: errno)
        }
    }

    /// Whether a regular file or directory exists at `path`.
    public static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }
}
