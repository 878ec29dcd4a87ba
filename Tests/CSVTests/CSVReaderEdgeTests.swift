import Testing

@testable import CSV

/// The reader around the edges of its word-at-a-time scans: specials at every offset
/// of a window of several words, fields ending on and around word boundaries,
/// reads ending in the middle of a scan, a byte order mark with `;`.
@Suite struct CSVReaderEdgeTests {
    /// What may sit at one offset of a line: each special, a doubled quote, CRLF, and
    /// letters of two and three bytes.
    static let pieces: [[UInt8]] = [
        Array(utf8: ","), Array(utf8: ";"), Array(utf8: "\""), Array(utf8: "\"\""), Array(utf8: "\r"),
        Array(utf8: "\n"), Array(utf8: "\r\n"), Array(utf8: "đ"), Array(utf8: "ễ"), Array(utf8: "\t"),
    ]

    /// Each piece at every offset of a 40-byte line, in a field opening with a quote or
    /// not, matches the byte-at-a-time reference, whatever the buffer size and separator.
    @Test(arguments: [UInt8(ascii: ","), UInt8(ascii: ";")])
    func aSpecialAtEveryOffsetOfAWindowMatchesTheReference(separator: UInt8) {
        let ordinary = Array(utf8: "abcdefghijklmnopqrstuvwxyz0123456789ABCD")
        for piece in Self.pieces {
            for offset in 0...ordinary.count {
                for opening in [[], Array(utf8: "\"")] {
                    var line = ordinary
                    line.insert(contentsOf: piece, at: offset)
                    let bytes = opening + line + Array(utf8: "\"\n") + line + Array(utf8: "\nx") + [separator]
                    let expected = CSVReaderReferenceTests.reference(bytes, separator: separator)
                    let text = String(decoding: bytes, as: UTF8.self).debugDescription
                    for size in [16, 17, 31, 32, 33, 47, 1 << 20] {
                        let actual = CSVReaderReferenceTests.streamed(
                            bytes, separator: separator, bufferSize: size)
                        #expect(actual == expected, "piece \(piece) at \(offset), buffer \(size): \(text)")
                    }
                }
            }
        }
    }

    /// Records of fields of every length from 0 to 40 bytes, so that fields and records
    /// end on and around every word boundary, in UTF-8 with a byte order mark and `;`:
    /// every field, line and offset (counted without the mark) as written.
    @Test func fieldsEndingAroundWordBoundariesKeepTheirBytesAndOffsets() throws {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        var expected: [(line: Int, offset: Int, fields: [String])] = []
        var offset = 0
        for length in 0...40 {
            let field = String(repeating: "x", count: length)
            let fields = [field, "ab", field + "y", ""]
            let record = Array(utf8: fields.joined(separator: ";"))
            expected.append((expected.count + 1, offset, fields))
            let lineEnd = length % 2 == 0 ? Array(utf8: "\r\n") : Array(utf8: "\n")
            bytes += record + lineEnd
            offset += record.count + lineEnd.count
        }
        for size in [16, 17, 32, 33, 1 << 20] {
            let reader = try CSVReader(
                input: ByteInput(bytes: bytes, fileName: "b.csv"), delimiter: nil, bufferSize: size)
            #expect(reader.encoding == .utf8WithBOM)
            #expect(reader.delimiter == UInt8(ascii: ";"))
            var index = 0
            while let row = try reader.nextRow() {
                try #require(index < expected.count)
                #expect(row.line == expected[index].line, "buffer \(size)")
                #expect(row.byteOffset == expected[index].offset, "buffer \(size)")
                #expect(row.strings == expected[index].fields, "buffer \(size)")
                index += 1
            }
            #expect(index == expected.count)
        }
    }

    /// The longest field allowed passes and one byte more fails at its own column, when
    /// the field ends on, before or after a word boundary.
    @Test(arguments: [15, 16, 17, 31, 32, 33])
    func fieldLengthLimitHoldsAtWordBoundaries(limit: Int) throws {
        let fitting = String(repeating: "z", count: limit)
        let records = try readRecords(
            Array(utf8: "a,\(fitting),b\n"), bufferSize: 16, maximumFieldLength: limit)
        #expect(records == [ReadRecord(line: 1, fields: ["a", fitting, "b"])])
        for size in [16, 33, 1 << 20] {
            let error = readError(
                Array(utf8: "a,b\nc,\(fitting)z,d\n"), bufferSize: size, maximumFieldLength: limit)
            #expect(error == .fieldTooLong(file: "test.csv", line: 2, column: 2, limit: limit))
        }
    }

    /// A byte that is not UTF-8 at every offset of a window: the same error, line and
    /// column as the sequence-at-a-time check finds, whatever the buffer size.
    @Test func anUndecodableByteAtEveryOffsetIsReportedWhereItIs() {
        for offset in 0...40 {
            var line = Array(utf8: "đ,abcdefghijklmnopqrstuvwxyz0123456789ABCD")
            line.insert(0xFF, at: 3 + offset)
            let bytes = Array(utf8: "h1,h2\n") + line + Array(utf8: "\n")
            for size in [16, 17, 32, 1 << 20] {
                let error = readError(bytes, bufferSize: size)
                #expect(
                    error
                        == .undecodable(
                            file: "test.csv", line: 2, column: 2, encoding: "UTF-8", hexBytes: "FF"),
                    "offset \(offset), buffer \(size)")
            }
            bytes.withUnsafeBufferPointer { buffer in
                let fast = UTF8Validation.check(buffer.baseAddress!, count: buffer.count)
                #expect(fast == UTF8Validation.locate(buffer.baseAddress!, count: buffer.count))
                #expect(fast == .invalid(offset: 6 + 3 + offset, length: 1))
            }
        }
    }
}
