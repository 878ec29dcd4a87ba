import ChiboTestSupport
import Testing

@testable import OfficeOpenXML

/// The match finder's pieces, and the exact stream they make: the bytes of every Office
/// file depend on them, so they are pinned, not only round-tripped.
@Suite struct DeflaterMatchTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var left: String
        var right: String
        var limit: Int
        var expected: Int
        var testDescription: String { "\(left) vs \(right) up to \(limit)" }
    }

    @Test(arguments: [
        Case(left: "abcdefghijklmnopqrst", right: "abcdefghijklmnopqrst", limit: 20, expected: 20),
        Case(left: "abcdefghij", right: "xbcdefghij", limit: 10, expected: 0),
        // The first difference in the second 8-byte word, then in the tail past the words.
        Case(left: "abcdefghijklmnop", right: "abcdefghiXklmnop", limit: 16, expected: 9),
        Case(left: "abcdefghijklmnopqrs", right: "abcdefghijklmnopqXs", limit: 19, expected: 17),
        Case(left: "abcdefgh", right: "abcdefgX", limit: 8, expected: 7),
        // Equal past the limit: the limit.
        Case(left: "abcdefghijkl", right: "abcdefghijkl", limit: 5, expected: 5),
        Case(left: "abcdefghijkl", right: "abcdefghijkl", limit: 9, expected: 9),
    ])
    func commonLengthCountsTheBytesThatAgree(_ example: Case) {
        let left = Array(example.left.utf8)
        let right = Array(example.right.utf8)
        let length = left.withUnsafeBufferPointer { leftBytes in
            right.withUnsafeBufferPointer { rightBytes in
                Deflater.commonLength(leftBytes.baseAddress!, rightBytes.baseAddress!, limit: example.limit)
            }
        }
        #expect(length == example.expected)
    }

    @Test func abcThreeTimesIsThreeLiteralsAndOneMatch() throws {
        // Worked by hand: header bits 1, 01; literals a b c (8-bit codes 0x91 0x92 0x93);
        // length 6 (symbol 260, 7-bit code 0000100) at distance 3 (5-bit code 00010); end
        // of block (0000000); packed least significant bit first.
        let compressed = Deflater.compress(Array("abcabcabc".utf8))
        #expect(compressed == [0x4B, 0x4C, 0x4A, 0x86, 0x20, 0x00])
        #expect(try Inflater.inflate(compressed) == Array("abcabcabc".utf8))
    }

    /// Sheet rows past the piece size (so that old input is dropped on the way), matches
    /// just inside and at the edge of the 32 KiB window, and a block repeated exactly one
    /// window back, with the size and CRC-32 of the stream the match finder made before
    /// its chains were walked against one lower bound (`chibo-bench deflate` of the same
    /// bytes): any change to which matches are taken changes them.
    @Test func aStreamOverTheWindowsEdgesKeepsItsPinnedBytes() throws {
        var input: [UInt8] = []
        for row in 1...40_000 {
            input += Array(
                ("<row r=\"\(row)\"><c r=\"A\(row)\" t=\"s\"><v>\(row % 977)</v></c>"
                    + "<c r=\"B\(row)\" s=\"3\"><v>\(row * 37 % 100_003)</v></c></row>").utf8)
        }
        var state: UInt64 = 1
        var block: [UInt8] = []
        for _ in 0..<32_760 {
            state = (state &* 1_103_515_245 &+ 12_345) % (1 << 31)
            block.append(UInt8((state >> 16) % 4))
        }
        input += block + block + block.prefix(20)
        let window = (0..<32_768).map { UInt8($0 * 7 % 251) }
        input += window + window
        let compressed = Deflater.compress(input)
        #expect(compressed.count == 792_760)
        #expect(CRC32.checksum(compressed) == 0xB0BA_64A6)
        #expect(try Inflater.inflate(compressed) == input)
    }

    /// Word-like paragraphs (long matches, each covered position inserted into the chains
    /// the quick way), text of three letters (full chains of short candidates, where the
    /// four-byte test turns most away) and a run to the very end (the last positions
    /// inserted the slow way), with the size and CRC-32 of the stream the match finder
    /// made before it loaded each chain link ahead and tested four bytes: any change to
    /// which matches are taken changes them.
    @Test func longMatchesAndFullChainsKeepTheirPinnedBytes() throws {
        var input: [UInt8] = []
        for paragraph in 1...20_000 {
            input += Array(
                ("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"center\"/></w:pPr>"
                    + "<w:r><w:t>Chi bộ \(paragraph % 313), đạt \(paragraph * 7 % 101)%</w:t></w:r></w:p>")
                    .utf8)
        }
        var state: UInt64 = 5
        for _ in 0..<50_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            input.append(UInt8(ascii: "a") + UInt8((state >> 33) % 3))
        }
        input += [UInt8](repeating: 0x20, count: 600)
        let compressed = Deflater.compress(input)
        #expect(input.count == 2_661_779)
        #expect(compressed.count == 156_044)
        #expect(CRC32.checksum(compressed) == 0x1CD7_F3B8)
        #expect(try Inflater.inflate(compressed) == input)
    }

    @Test func anEntryMadeInManyPiecesHasTheBytesOfTheWhole() throws {
        // Pieces are compressed on another thread, in order: the stream and checksum must
        // be those of the whole contents, whatever the sizes of the pieces.
        var generator = SplitMix(seed: 7)
        let words = ["<row r=\"", "\"><c t=\"s\"><v>", "</v></c></row>", "Đảng bộ ", "huyện "]
        var contents: [UInt8] = []
        while contents.count < 300_000 {
            contents += Array(words[Int(generator.next() % 5)].utf8)
            contents += Array(String(generator.next() % 1000).utf8)
        }
        let whole = try ZipEntry("part.xml", contents: contents)
        let pieces = try ZipEntry("part.xml") { stream in
            var start = 0
            while start + 1000 < contents.count {
                let size = Int(generator.next() % 70_000) + 1
                let end = min(start + size, contents.count - 1000)
                stream!.add(Array(contents[start..<end]))
                start = end
            }
            return Array(contents[start...])
        }
        #expect(pieces.stored == whole.stored)
        #expect(pieces.checksum == whole.checksum)
        #expect(pieces.contentsCount == contents.count)
    }
}
