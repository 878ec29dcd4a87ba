import ChiboCore
import Foundation

/// The files of the input folder: each expected export found by its name compared
/// case-insensitively (`Members.CSV` is members.csv), and every other file listed once as
/// a `file.ignored` notice naming the ten expected names.
///
/// Hidden files (a name starting with `.`, such as `.DS_Store` or `.gitattributes`) and
/// folders are skipped without a notice: no export is named so, and they are the
/// system's, not staff's.
struct InputFolder {
    /// The path of each expected file found, by entity.
    let paths: [Entity: String]
    /// One `file.ignored` notice per other file, sorted by name.
    let notices: [Diagnostic]

    /// Lists `directory`; throws when it cannot be listed or when two names differ only
    /// by case.
    init(_ directory: String) throws(IngestError) {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
            let names = try? files.contentsOfDirectory(atPath: directory)
        else {
            throw .missingFolder(path: directory)
        }
        var found: [Entity: [String]] = [:]
        var others: [String] = []
        let expected = Dictionary(uniqueKeysWithValues: Entity.allCases.map { ($0.fileName, $0) })
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            if name.hasPrefix(".") { continue }
            var isFolder: ObjCBool = false
            _ = files.fileExists(atPath: directory + "/" + name, isDirectory: &isFolder)
            if isFolder.boolValue { continue }
            if let entity = expected[Self.asciiLowercased(name)] {
                found[entity, default: []].append(name)
            } else {
                others.append(name)
            }
        }
        var paths: [Entity: String] = [:]
        for entity in Entity.allCases {
            guard let names = found[entity] else { continue }
            guard names.count == 1 else { throw .duplicateFile(names: names, folder: directory) }
            paths[entity] = directory + "/" + names[0]
        }
        self.paths = paths
        notices = others.map { name in
            ProblemCode.fileIgnored.diagnostic(file: name, line: 0, value: name, message: Self.ignoredMessage)
        }
    }

    /// The message of a `file.ignored` notice: what the stage reads instead.
    static var ignoredMessage: String {
        ProblemCode.fileIgnored.message + "; các tệp cần đọc là "
            + Entity.allCases.map(\.fileName).joined(separator: ", ")
            + " (không phân biệt chữ hoa, chữ thường)"
    }

    /// `name` with its ASCII letters in lower case (the expected names are ASCII).
    static func asciiLowercased(_ name: String) -> String {
        String(decoding: name.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
