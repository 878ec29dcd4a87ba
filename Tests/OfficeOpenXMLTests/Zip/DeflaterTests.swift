import ChiboTestSupport
import Testing

@testable import OfficeOpenXML

@Suite struct DeflaterTests {
    static func sample(_ name: String) -> [UInt8] {
        var generator = SplitMix(seed: 42)
        switch name {
        case "empty": return []
        case "one byte": return [0x41]
        case "three bytes": return Array("abc".utf8)
        case "run of 100000": return [UInt8](repeating: 0x61, count: 100_000)
        case "random 70000":
            return (0..<70_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        case "xml rows":
            var text = ""
            for row in 1...3000 {
                text += "<row r=\"\(row)\"><c r=\"A\(row)\" t=\"s\"><v>\(row % 17)</v></c>"
                text += "<c r=\"B\(row)\" s=\"3\"><v>\(row * 37 % 1009)</v></c></row>"
            }
            return Array(text.utf8)
        case "vietnamese":
            return Array(
                String(
                    repeating: "Đảng bộ huyện Mường Tè, chi bộ thôn Nậm Củm — đạt 3/5 chỉ tiêu. ", count: 500
                ).utf8)
        case "long distances":
            // Repeats at distances just below and above the 32 KiB window.
            let block = (0..<32_760).map { _ in UInt8(truncatingIfNeeded: generator.next() % 4) }
            return block + block + Array(block.prefix(20))
        default: return []
        }
    }

    @Test(arguments: [
        "empty", "one byte", "three bytes", "run of 100000", "random 70000", "xml rows", "vietnamese",
        "long distances",
    ])
    func roundTripsThroughAnIndependentInflater(name: String) throws {
        let input = DeflaterTests.sample(name)
        let compressed = Deflater.compress(input)
        #expect(try Inflater.inflate(compressed) == input)
    }

    @Test func compressesRepetitiveXML() {
        let input = DeflaterTests.sample("xml rows")
        let compressed = Deflater.compress(input)
        // Fixed codes with LZ77 shrink such rows to well under a quarter.
        #expect(compressed.count * 4 < input.count, "\(compressed.count) of \(input.count)")
    }

    @Test func maximumLengthRunUsesTheDedicatedSymbol() throws {
        // 1 literal + 258-byte matches: exercises length 258 (symbol 285).
        let input = [UInt8](repeating: 0x7A, count: 1 + 258 * 3)
        let compressed = Deflater.compress(input)
        #expect(try Inflater.inflate(compressed) == input)
        #expect(compressed.count < 20)
    }

    /// Rows of a sheet past a few megabytes, so that the stream drops old input on the way.
    static let bigSheet: [UInt8] = {
        var text = ""
        for row in 1...60_000 {
            text += "<row r=\"\(row)\"><c r=\"A\(row)\" t=\"s\"><v>\(row % 977)</v></c>"
            text += "<c r=\"B\(row)\" s=\"3\"><v>\(row * 37 % 100_003)</v></c></row>"
        }
        return Array(text.utf8)
    }()

    static func fed(_ input: [UInt8], inPiecesOf size: Int) -> [UInt8] {
        var stream = Deflater.Stream()
        var start = 0
        while start < input.count {
            let end = min(start + size, input.count)
            input[start..<end].withUnsafeBufferPointer { stream.feed($0) }
            start = end
        }
        return stream.finish()
    }

    @Test(arguments: [1, 7, 258, 4096, 100_003])
    func aStreamFedInPiecesGivesTheBytesOfOneCompression(size: Int) throws {
        for name in ["three bytes", "run of 100000", "random 70000", "xml rows", "long distances"] {
            let input = DeflaterTests.sample(name)
            #expect(DeflaterTests.fed(input, inPiecesOf: size) == Deflater.compress(input), "\(name)")
        }
    }

    @Test(arguments: [65_536, 1_000_003, 10_000_000])
    func aBigStreamDropsOldInputAndStillGivesTheSameBytes(size: Int) throws {
        let input = DeflaterTests.bigSheet
        #expect(input.count > 3 << 20)
        let compressed = DeflaterTests.fed(input, inPiecesOf: size)
        #expect(compressed == Deflater.compress(input))
        #expect(try Inflater.inflate(compressed) == input)
    }

    /// The chains hold positions as 32-bit offsets from an origin that moves up every
    /// gigabyte; moved every few hundred kilobytes here, the stream is the same bytes.
    @Test(arguments: [1 << 16, 300_007])
    func movingTheChainsOriginGivesTheSameBytes(originReach: Int) throws {
        let input = DeflaterTests.bigSheet + DeflaterTests.sample("long distances")
        var stream = Deflater.Stream(capacity: 1 << 16, originReach: originReach)
        input.withUnsafeBufferPointer { bytes in
            var start = 0
            while start < bytes.count {
                let end = min(start + 100_003, bytes.count)
                stream.feed(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                start = end
            }
        }
        let compressed = stream.finish()
        #expect(compressed == Deflater.compress(input))
        #expect(try Inflater.inflate(compressed) == input)
    }
}
