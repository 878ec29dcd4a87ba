import Foundation
import Testing

@testable import ChiboCore

@Suite struct AtomicFileWriterTests {
    private func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "chibo-atomic-\(UUID().uuidString)"
        try Directory.create(path)
        return path
    }

    @Test func anUncommittedWriterLeavesThePreviousFileUntouched() throws {
        let directory = try temporaryDirectory()
        let path = directory + "/out.csv"
        try AtomicFileWriter.write("old\n", to: path)
        do {
            let writer = try AtomicFileWriter(path: path)
            try writer.write("new, half-written")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory)
        #expect(leftovers == ["out.csv"])
    }

    @Test func commitReplacesTheFile() throws {
        let directory = try temporaryDirectory()
        let path = directory + "/out.csv"
        try AtomicFileWriter.write("old\n", to: path)
        let writer = try AtomicFileWriter(path: path)
        try writer.write(String(repeating: "x", count: 3 << 20))
        try writer.commit()
        let contents = try String(contentsOfFile: path, encoding: .utf8)
        #expect(contents.utf8.count == 3 << 20)
    }

    @Test func ownerOnlyFilesHaveMode0600() throws {
        let directory = try temporaryDirectory()
        let path = directory + "/secret.csv"
        try AtomicFileWriter.write("x\n", to: path, ownerOnly: true)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }
}
