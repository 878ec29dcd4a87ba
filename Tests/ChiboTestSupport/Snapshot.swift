import Foundation
import Testing

/// Compares a run's output files with a fixture's `expected/` folder, the one way every
/// end-to-end suite checks its outputs.
///
/// With `UPDATE_FIXTURES=1` in the environment the folder is rewritten to hold exactly the
/// actual files (changed files written, stale ones removed) and the test fails anyway, so
/// a recording run can never pass unnoticed.
public enum Snapshot {
    /// Whether this run records (`UPDATE_FIXTURES=1`) instead of checking.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["UPDATE_FIXTURES"] == "1" }

    /// Checks that `actual` (relative path → bytes) is exactly the files under `expected`:
    /// the same names and the same bytes. Records one issue per difference, or, when
    /// recording, rewrites `expected` and records one issue saying so.
    public static func match(
        _ actual: [String: Data], expected: URL, isRecording: Bool = Snapshot.isRecording,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        if isRecording {
            let summary = try record(actual, in: expected)
            Issue.record(
                "UPDATE_FIXTURES=1 rewrote \(expected.path) (\(summary)); run the tests again without it",
                sourceLocation: sourceLocation)
            return
        }
        for problem in try differences(actual, expected: expected) {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
        }
    }

    /// The differences between `actual` and the files under `expected`, one line each,
    /// in path order; empty when they are the same.
    public static func differences(_ actual: [String: Data], expected: URL) throws -> [String] {
        let wanted = try Folder.files(under: expected)
        var problems: [String] = []
        for path in Set(actual.keys).union(wanted.keys).sorted() {
            switch (actual[path], wanted[path]) {
            case (nil, _): problems.append("\(path): expected but not produced")
            case (_, nil): problems.append("\(path): produced but not expected")
            case (let bytes?, let expectedBytes?) where bytes != expectedBytes:
                problems.append(
                    "\(path) differs from the expected file:\n" + String(decoding: bytes, as: UTF8.self))
            default: break
            }
        }
        return problems
    }

    /// Makes the files under `folder` exactly `actual`; returns what changed, in words.
    static func record(_ actual: [String: Data], in folder: URL) throws -> String {
        let existing = try Folder.files(under: folder)
        var written = 0
        var removed = 0
        for (path, bytes) in actual where existing[path] != bytes {
            let destination = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: destination)
            written += 1
        }
        for path in existing.keys where actual[path] == nil {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(path))
            removed += 1
        }
        try Folder.removeEmptyFolders(under: folder)
        return "\(written) written, \(removed) removed"
    }
}
