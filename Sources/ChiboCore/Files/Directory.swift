#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Small file-system helpers shared by the stages.
public enum Directory {
    /// Creates `path` and its missing parents. Parents are `.shared` folders; the last
    /// component gets `confidentiality`, and an owner-only folder is set to exactly 0700
    /// even when it already existed or the umask would have narrowed it differently.
    public static func create(_ path: String, confidentiality: Confidentiality) throws(FileError) {
        var prefix = ""
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, component) in components.enumerated() {
            prefix += (index == 0 ? "" : "/") + component
            if prefix.isEmpty { continue }
            let isLast = index == components.count - 1
            let mode = isLast ? confidentiality.directoryMode : Confidentiality.shared.directoryMode
            if mkdir(prefix, mode) != 0 && errno != EEXIST {
                throw FileError(path: prefix, operation: "create directory", code: errno)
            }
        }
        if confidentiality == .ownerOnly && chmod(path, confidentiality.directoryMode) != 0 {
            throw FileError(path: path, operation: "chmod", code: errno)
        }
    }

    /// The folders of `path` (itself included) that do not exist yet, outermost first: what
    /// `create` would make, and what `removeIfEmpty` takes back after a failed run.
    public static func missingFolders(of path: String) -> [String] {
        var missing: [String] = []
        var current = path
        while !current.isEmpty && current != "/" && current != "." && !exists(current) {
            missing.insert(current, at: 0)
            guard let slash = current.lastIndex(of: "/") else { break }
            current = String(current[..<slash])
        }
        return missing
    }

    /// Removes each of `folders` that is empty, innermost first (a folder holding anything
    /// is left alone).
    public static func removeIfEmpty(_ folders: [String]) {
        for folder in folders.reversed() { rmdir(folder) }
    }

    /// Whether a regular file or directory exists at `path`.
    public static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }
}
