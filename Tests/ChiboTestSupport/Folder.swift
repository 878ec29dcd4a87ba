import Foundation

/// Files and folders of a test run: the package's fixtures, fresh temporary folders and
/// the files under a folder.
public enum Folder {
    /// The package root, found from this file's path.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/<name>`.
    public static func fixture(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/Fixtures/\(name)")
    }

    /// A new empty temporary folder whose name starts with `prefix`.
    public static func temporary(_ prefix: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The binary companion of `normalized/attendance.csv` (ChiboCore's
    /// `AttendanceCompanion`), which `files(under:)` leaves out: it records the stamps
    /// (times, inode) of the files it describes, so no two runs write the same bytes. Its
    /// own tests read it.
    public static let attendanceCompanion = "normalized/attendance.bin"

    /// Every regular file under `folder` but the attendance companion, as relative path →
    /// contents; empty when the folder does not exist.
    public static func files(under folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return result }
        while let relative = enumerator.nextObject() as? String {
            let path = base + "/" + relative
            var isDirectory: ObjCBool = false
            if relative == attendanceCompanion || relative.hasSuffix("/" + attendanceCompanion) { continue }
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue
            {
                result[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return result
    }

    /// Removes the folders under `folder` (not `folder` itself) that hold no file.
    static func removeEmptyFolders(under folder: URL) throws {
        let base = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return }
        var folders: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isDirectory),
                isDirectory.boolValue
            {
                folders.append(base + "/" + relative)
            }
        }
        // Deepest first, so a parent emptied by its children goes too.
        for path in folders.sorted(by: { $0.count > $1.count })
        where (try? FileManager.default.contentsOfDirectory(atPath: path))?.isEmpty == true {
            try FileManager.default.removeItem(atPath: path)
        }
    }
}
