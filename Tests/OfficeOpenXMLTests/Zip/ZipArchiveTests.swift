import ChiboTestSupport
import Testing

@testable import OfficeOpenXML

@Suite struct ZipArchiveTests {
    private func archive() throws -> [UInt8] {
        try filledArchive().bytes()
    }

    private func filledArchive() throws -> ZipArchive {
        var zip = ZipArchive()
        try zip.add("[Content_Types].xml", text: String(repeating: "<Types/>", count: 50))
        try zip.add("docs/tài liệu.txt", text: "Đảng Cộng sản Việt Nam")
        try zip.add("empty", contents: [])
        var generator = SplitMix(seed: 3)
        try zip.add(
            "random.bin", contents: (0..<5000).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        return zip
    }

    @Test func bytesTakenAreTheArchivesBytesAndLeaveItEmpty() throws {
        var zip = try filledArchive()
        let copied = try zip.bytes()
        let taken = try zip.takeBytes()
        #expect(taken == copied)
        #expect(try ZipReader.entries(of: taken).count == 4)
        // Emptied: only an end record, and a name taken before may be added again.
        #expect(try zip.bytes() == ZipArchive().bytes())
        try zip.add("empty", contents: [])
    }

    @Test func entriesReadBackInOrderWithTheirContents() throws {
        let entries = try ZipReader.entries(of: archive())
        #expect(entries.map(\.name) == ["[Content_Types].xml", "docs/tài liệu.txt", "empty", "random.bin"])
        #expect(
            String(decoding: entries[0].contents, as: UTF8.self) == String(repeating: "<Types/>", count: 50))
        #expect(String(decoding: entries[1].contents, as: UTF8.self) == "Đảng Cộng sản Việt Nam")
        #expect(entries[2].contents.isEmpty)
        #expect(entries[3].contents.count == 5000)
    }

    @Test func compressibleEntriesAreDeflatedAndRandomOnesStored() throws {
        let entries = try ZipReader.entries(of: archive())
        #expect(entries[0].method == 8)
        #expect(entries[2].method == 0)
        #expect(entries[3].method == 0)
    }

    @Test func everyEntryIsDatedFirstJanuary1980() throws {
        for entry in try ZipReader.entries(of: archive()) {
            #expect(entry.modifiedDate == 0x0021)
            #expect(entry.modifiedTime == 0)
        }
    }

    @Test func sameEntriesGiveTheSameBytes() throws {
        #expect(try archive() == archive())
    }

    @Test func rejectsDuplicateAndInvalidNames() throws {
        var zip = ZipArchive()
        try zip.add("a.xml", text: "x")
        #expect(throws: ZipError.duplicateName("a.xml")) { try zip.add("a.xml", text: "y") }
        #expect(throws: ZipError.invalidName("")) { try zip.add("", text: "y") }
        #expect(throws: ZipError.invalidName("/etc/passwd")) { try zip.add("/etc/passwd", text: "y") }
        #expect(throws: ZipError.invalidName("a\\b")) { try zip.add("a\\b", text: "y") }
    }

    /// An archive of the same contents, each entry added whole or made in pieces.
    private func archive(contents: [UInt8], inPieces: Bool, runs: inout Int) throws -> [UInt8] {
        var zip = ZipArchive()
        if inPieces {
            try zip.add(
                ZipEntry("part.xml") { stream in
                    runs += 1
                    guard stream != nil else { return contents }
                    var start = 0
                    while contents.count - start > 1000 {
                        stream!.add(Array(contents[start..<start + 1000]))
                        start += 1000
                    }
                    return Array(contents[start...])
                })
        } else {
            try zip.add("part.xml", contents: contents)
        }
        return try zip.bytes()
    }

    @Test func anEntryMadeInPiecesIsTheEntryAddedWhole() throws {
        let xml = Array(String(repeating: "<row><c t=\"s\"><v>12</v></c></row>", count: 2000).utf8)
        var generator = SplitMix(seed: 5)
        let random = (0..<5000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        for (contents, expectedRuns) in [(xml, 1), (random, 2), ([], 2)] {
            var runs = 0
            let pieces = try archive(contents: contents, inPieces: true, runs: &runs)
            var unused = 0
            #expect(pieces == (try archive(contents: contents, inPieces: false, runs: &unused)))
            // Contents that do not compress are made again to be stored.
            #expect(runs == expectedRuns)
        }
    }
}
