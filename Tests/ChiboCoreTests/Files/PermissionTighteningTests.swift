import Foundation
import Testing

@testable import ChiboCore

@Suite struct PermissionTighteningTests {
    private func folder(mode: Int) throws -> String {
        let path = NSTemporaryDirectory() + "chibo-tighten-\(UUID().uuidString)"
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: false, attributes: [.posixPermissions: mode])
        return path
    }

    private func file(_ path: String, mode: Int) throws {
        try Data("x\n".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    private func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test func aWideFolderAndItsFilesLoseEveryGroupAndOtherBit() throws {
        let normalized = try folder(mode: 0o755)
        try file(normalized + "/members.csv", mode: 0o644)
        try file(normalized + "/villages.csv", mode: 0o600)
        try file(normalized + "/attendance.csv", mode: 0o666)
        let tightenings = try PermissionTightening.tightenFolder(normalized)
        #expect(
            tightenings == [
                PermissionTightening(path: normalized, previousMode: 0o755, mode: 0o700, isDirectory: true),
                PermissionTightening(
                    path: normalized + "/attendance.csv", previousMode: 0o666, mode: 0o600, isDirectory: false
                ),
                PermissionTightening(
                    path: normalized + "/members.csv", previousMode: 0o644, mode: 0o600, isDirectory: false),
            ])
        #expect(try mode(normalized) == 0o700)
        for name in ["members.csv", "villages.csv", "attendance.csv"] {
            #expect(try mode(normalized + "/" + name) == 0o600, "\(name)")
        }
        #expect(
            try PermissionTightening.tightenFolder(normalized).isEmpty, "said once: nothing left to narrow")
    }

    @Test func aMissingPathIsNotAnError() throws {
        let missing = NSTemporaryDirectory() + "chibo-tighten-missing-\(UUID().uuidString)"
        #expect(try PermissionTightening.tighten(missing) == nil)
        #expect(try PermissionTightening.tightenFolder(missing).isEmpty)
    }

    @Test func theMessagesNameThePathsAndModesInTwoLinesPerFolder() throws {
        let tightenings = [
            PermissionTightening(
                path: "output/normalized", previousMode: 0o755, mode: 0o700, isDirectory: true),
            PermissionTightening(
                path: "output/normalized/members.csv", previousMode: 0o644, mode: 0o600, isDirectory: false),
            PermissionTightening(
                path: "output/normalized/meetings.csv", previousMode: 0o644, mode: 0o600, isDirectory: false),
            PermissionTightening(
                path: "output/rejects.csv", previousMode: 0o644, mode: 0o600, isDirectory: false),
        ]
        #expect(
            PermissionTightening.messages(tightenings, program: "chibo-ingest") == [
                "chibo-ingest: đã thu hẹp quyền truy cập của output/normalized (0755 → 0700)"
                    + " vì thư mục chứa dữ liệu cá nhân",
                "chibo-ingest: đã thu hẹp quyền truy cập của 2 mục trong output/normalized"
                    + " (bỏ quyền của nhóm và người khác) vì chúng chứa dữ liệu cá nhân",
                "chibo-ingest: đã thu hẹp quyền truy cập của output/rejects.csv (0644 → 0600)"
                    + " vì tệp chứa dữ liệu cá nhân",
            ])
    }
}
