import Foundation
import Testing

@testable import ChiboCore

@Suite struct AtomicFileSetTests {
    private func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "chibo-atomic-set-\(UUID().uuidString)"
        try Directory.create(path, confidentiality: .shared)
        return path
    }

    private func contents(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func nothingIsInPlaceBeforeCommitAndEverythingAfter() throws {
        let directory = try temporaryDirectory()
        try AtomicFileWriter.write("old a\n", to: directory + "/a.csv", confidentiality: .shared)
        let files = AtomicFileSet()
        try files.add(Array("new a\n".utf8), at: directory + "/a.csv", confidentiality: .shared)
        try files.add(Array("new b\n".utf8), at: directory + "/b.csv", confidentiality: .ownerOnly)
        #expect(try contents(directory + "/a.csv") == "old a\n")
        #expect(!FileManager.default.fileExists(atPath: directory + "/b.csv"))
        try files.commit()
        #expect(try contents(directory + "/a.csv") == "new a\n")
        #expect(try contents(directory + "/b.csv") == "new b\n")
        let mode = try FileManager.default.attributesOfItem(atPath: directory + "/b.csv")[.posixPermissions]
        #expect(mode as? Int == 0o600)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["a.csv", "b.csv"])
    }

    @Test func aRenameThatFailsPutsBackTheFilesAlreadyReplaced() throws {
        // a.csv replaced, b.csv new, then c.csv cannot be renamed (a folder holding a file
        // sits where it goes: root cannot rename over it either).
        let directory = try temporaryDirectory()
        try AtomicFileWriter.write("old a\n", to: directory + "/a.csv", confidentiality: .ownerOnly)
        try Directory.create(directory + "/c.csv", confidentiality: .shared)
        try AtomicFileWriter.write("x", to: directory + "/c.csv/inside", confidentiality: .shared)
        let files = AtomicFileSet()
        try files.add(Array("new a\n".utf8), at: directory + "/a.csv", confidentiality: .ownerOnly)
        try files.add(Array("new b\n".utf8), at: directory + "/b.csv", confidentiality: .shared)
        try files.add(Array("new c\n".utf8), at: directory + "/c.csv", confidentiality: .shared)
        let error = #expect(throws: FileError.self) { try files.commit() }
        #expect(error?.path == directory + "/c.csv", "the final name, never a temporary one")
        #expect(try contents(directory + "/a.csv") == "old a\n")
        let mode = try FileManager.default.attributesOfItem(atPath: directory + "/a.csv")[.posixPermissions]
        #expect(mode as? Int == 0o600)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["a.csv", "c.csv"])
    }

    @Test func aDiscardedSetLeavesNoTemporary() throws {
        let directory = try temporaryDirectory()
        do {
            let files = AtomicFileSet()
            try files.add(Array("a".utf8), at: directory + "/a.csv", confidentiality: .shared)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }

    @Test func aFileWrittenBeforehandIsPlacedByTheCommitOnly() throws {
        // b.csv written first, added last: in place only once the commit renames it; a
        // commit that fails on a.csv (a folder holding a file sits there) leaves no trace of it.
        let directory = try temporaryDirectory()
        func written(_ confidentiality: Confidentiality) throws -> AtomicFileWriter {
            let writer = try AtomicFileWriter(path: directory + "/b.csv", confidentiality: confidentiality)
            try writer.write(Array("early b\n".utf8))
            return writer
        }
        try Directory.create(directory + "/a.csv", confidentiality: .shared)
        try AtomicFileWriter.write("x", to: directory + "/a.csv/inside", confidentiality: .shared)
        let files = AtomicFileSet()
        try files.add(Array("new a\n".utf8), at: directory + "/a.csv", confidentiality: .shared)
        try files.add(try written(.shared))
        #expect(!FileManager.default.fileExists(atPath: directory + "/b.csv"))
        #expect(throws: FileError.self) { try files.commit() }
        #expect(!FileManager.default.fileExists(atPath: directory + "/b.csv"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["a.csv"])
        // Without the obstacle, both are in place.
        try FileManager.default.removeItem(atPath: directory + "/a.csv")
        let again = AtomicFileSet()
        try again.add(Array("new a\n".utf8), at: directory + "/a.csv", confidentiality: .shared)
        try again.add(try written(.ownerOnly))
        try again.commit()
        #expect(try contents(directory + "/a.csv") == "new a\n")
        #expect(try contents(directory + "/b.csv") == "early b\n")
        let mode = try FileManager.default.attributesOfItem(atPath: directory + "/b.csv")[.posixPermissions]
        #expect(mode as? Int == 0o600)
    }
}
