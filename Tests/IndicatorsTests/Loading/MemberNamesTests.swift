import ChiboCore
import Foundation
import Testing

@testable import Indicators

@Suite struct MemberNamesTests {
    /// Every member's name as written in the fixture, by index.
    static func writtenNames(_ dataset: Dataset) -> [Int32: String] {
        var names: [Int32: String] = [:]
        for row in SplitReadingTests.fixture().rows[.members] ?? [] {
            names[dataset.memberIDs.index(of: row["member_id"]!)!] = row["full_name"] ?? ""
        }
        return names
    }

    @Test func everyNameIsReadFromItsRecord() throws {
        let directory = try SplitReadingTests.fixture().write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let dataset = try Dataset.load(from: directory, window: SplitReadingTests.window)
        let everyone = Set(0..<Int32(dataset.memberIDs.count))
        #expect(try dataset.memberNames(of: everyone) == Self.writtenNames(dataset))
        // A few, the last record among them.
        let last = Int32(dataset.memberIDs.count - 1)
        #expect(
            try dataset.memberNames(of: [0, last])
                == Self.writtenNames(dataset).filter { [0, last].contains($0.key) })
    }

    @Test func theLastRecordWithoutALineEndIsRead() throws {
        let directory = try SplitReadingTests.fixture().write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/" + Entity.members.fileName
        var text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasSuffix("\n"))
        text.removeLast()
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let dataset = try Dataset.load(from: directory, window: SplitReadingTests.window)
        let everyone = Set(0..<Int32(dataset.memberIDs.count))
        #expect(try dataset.memberNames(of: everyone) == Self.writtenNames(dataset))
    }

    @Test func namesOfAFileChangedSinceItWasReadAreThoseOfTheFile() throws {
        // Two rows swapped after the members were read: the records noted no longer hold
        // those members, so the file is read again in full and the names are still right.
        let directory = try SplitReadingTests.fixture().write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let dataset = try Dataset.load(from: directory, window: SplitReadingTests.window)
        let path = directory + "/" + Entity.members.fileName
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.swapAt(1, 2)
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let everyone = Set(0..<Int32(dataset.memberIDs.count))
        #expect(try dataset.memberNames(of: everyone) == Self.writtenNames(dataset))
    }
}
