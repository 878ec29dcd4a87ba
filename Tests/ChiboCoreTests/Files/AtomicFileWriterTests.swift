import Foundation
import Testing

@testable import ChiboCore

@Suite struct AtomicFileWriterTests {
    private func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "chibo-atomic-\(UUID().uuidString)"
        try Directory.create(path, confidentiality: .shared)
        return path
    }

    private func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    /// The process umask, read without changing it (tests run in parallel in one process).
    private func umask() throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("Umask:") })
        return try #require(
            Int(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8))
    }

    @Test func anUncommittedWriterLeavesThePreviousFileUntouched() throws {
        let directory = try temporaryDirectory()
        let path = directory + "/out.csv"
        try AtomicFileWriter.write("old\n", to: path, confidentiality: .shared)
        do {
            let writer = try AtomicFileWriter(path: path, confidentiality: .shared)
            try writer.write("new, half-written")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory)
        #expect(leftovers == ["out.csv"])
    }

    @Test func commitReplacesTheFile() throws {
        let directory = try temporaryDirectory()
        let path = directory + "/out.csv"
        try AtomicFileWriter.write("old\n", to: path, confidentiality: .shared)
        let writer = try AtomicFileWriter(path: path, confidentiality: .shared)
        try writer.write(String(repeating: "x", count: 3 << 20))
        try writer.commit()
        let contents = try String(contentsOfFile: path, encoding: .utf8)
        #expect(contents.utf8.count == 3 << 20)
    }

    @Test func ownerOnlyFilesAre0600FromTheirFirstByte() throws {
        let directory = try temporaryDirectory()
        let path = directory + "/secret.csv"
        // A previous shared file of that name must not lend its mode to the new one.
        try AtomicFileWriter.write("old\n", to: path, confidentiality: .shared)
        let writer = try AtomicFileWriter(path: path, confidentiality: .ownerOnly)
        #expect(try mode(writer.temporaryPath) == 0o600, "the temporary file, before any byte")
        try writer.write("Nguyễn Văn A\n")
        try writer.commit()
        #expect(try mode(path) == 0o600)
    }

    @Test func sharedFilesFollowTheUmask() throws {
        let directory = try temporaryDirectory()
        let path = directory + "/indicators.csv"
        try AtomicFileWriter.write("x\n", to: path, confidentiality: .shared)
        #expect(try mode(path) == 0o666 & ~(try umask()))
    }

    @Test func aFileAtTheTemporaryNameIsNeitherReusedNorOverwritten() throws {
        let directory = try temporaryDirectory()
        let path = directory + "/rejects.csv"
        let planted = path + ".tmp-\(getpid())"
        try Data("planted\n".utf8).write(to: URL(fileURLWithPath: planted))
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: planted)
        let writer = try AtomicFileWriter(path: path, confidentiality: .ownerOnly)
        #expect(writer.temporaryPath != planted)
        try writer.write("row\n")
        try writer.commit()
        #expect(try String(contentsOfFile: planted, encoding: .utf8) == "planted\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "row\n")
        #expect(try mode(path) == 0o600)
    }

    @Test func ownerOnlyFoldersAre0700EvenWhenTheyExisted() throws {
        let directory = try temporaryDirectory()
        let fresh = directory + "/a/b/normalized"
        try Directory.create(fresh, confidentiality: .ownerOnly)
        #expect(try mode(fresh) == 0o700)
        #expect(try mode(directory + "/a/b") == 0o777 & ~(try umask()), "parents are ordinary folders")
        let existing = directory + "/restricted"
        try FileManager.default.createDirectory(
            atPath: existing, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        try Directory.create(existing, confidentiality: .ownerOnly)
        #expect(try mode(existing) == 0o700)
    }
}
