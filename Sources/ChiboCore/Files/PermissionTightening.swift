#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An owner-only output found readable or writable by others and narrowed to its owner:
/// what a stage does to outputs left by an older version, a copy, or a `chmod`, before it
/// writes anything.
public struct PermissionTightening: Sendable, Equatable {
    /// The path that was narrowed.
    public var path: String
    /// Its permission bits before.
    public var previousMode: mode_t
    /// Its permission bits after: the previous ones without any group or other bit.
    public var mode: mode_t
    /// Whether the path is a folder.
    public var isDirectory: Bool

    /// Removes every group and other bit of `path` (following a symbolic link, like the
    /// writers do); nil when nothing is there or it already was owner-only.
    public static func tighten(_ path: String) throws(FileError) -> PermissionTightening? {
        var status = stat()
        if stat(path, &status) != 0 {
            if errno == ENOENT { return nil }
            throw FileError(path: path, operation: "stat", code: errno)
        }
        let previousMode = status.st_mode & 0o7777
        guard previousMode & 0o077 != 0 else { return nil }
        let mode = previousMode & 0o7700
        if chmod(path, mode) != 0 { throw FileError(path: path, operation: "chmod", code: errno) }
        return PermissionTightening(
            path: path, previousMode: previousMode, mode: mode,
            isDirectory: status.st_mode & S_IFMT == S_IFDIR)
    }

    /// Tightens the folder `path` and every entry directly inside it (temporaries of a
    /// crashed run included); the folder's own tightening, if any, comes first.
    public static func tightenFolder(_ path: String) throws(FileError) -> [PermissionTightening] {
        var result: [PermissionTightening] = []
        // The folder first, so that no entry is reachable by others while we walk it.
        if let folder = try tighten(path) { result.append(folder) }
        guard let stream = opendir(path) else {
            if errno == ENOENT || errno == ENOTDIR { return result }
            throw FileError(path: path, operation: "open directory", code: errno)
        }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        for name in names.sorted() {
            if let entry = try tighten(path + "/" + name) { result.append(entry) }
        }
        return result
    }

    /// The line a stage prints for it, in Vietnamese, naming only the path:
    /// `chibo-ingest: đã thu hẹp quyền truy cập của output/normalized (0755 → 0700) vì thư
    /// mục chứa dữ liệu cá nhân`.
    public func message(program: String) -> String {
        "\(program): đã thu hẹp quyền truy cập của \(path) (\(Self.octal(previousMode)) → \(Self.octal(mode)))"
            + (isDirectory ? " vì thư mục chứa dữ liệu cá nhân" : " vì tệp chứa dữ liệu cá nhân")
    }

    /// The lines for `tightenings`: one per folder or file outside a tightened folder,
    /// and one per tightened folder for the files inside it, so that a folder of ten
    /// tables says so in two lines.
    public static func messages(_ tightenings: [PermissionTightening], program: String) -> [String] {
        var lines: [String] = []
        var index = 0
        while index < tightenings.count {
            let tightening = tightenings[index]
            lines.append(tightening.message(program: program))
            index += 1
            guard tightening.isDirectory else { continue }
            let prefix = tightening.path + "/"
            var inside = 0
            while index < tightenings.count && tightenings[index].path.hasPrefix(prefix) {
                inside += 1
                index += 1
            }
            if inside > 0 {
                lines.append(
                    "\(program): đã thu hẹp quyền truy cập của \(inside) mục trong \(tightening.path)"
                        + " (bỏ quyền của nhóm và người khác) vì chúng chứa dữ liệu cá nhân")
            }
        }
        return lines
    }

    private static func octal(_ mode: mode_t) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
