import Testing

@testable import CSV

@Suite struct CSVWriterTests {
    static let fields: [(field: String, written: String)] = [
        ("plain", "plain"),
        ("", ""),
        ("Nguyễn Văn A", "Nguyễn Văn A"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("carriage\rreturn", "\"carriage\rreturn\""),
        (" leading space", "\" leading space\""),
        ("trailing space ", "trailing space "),
        ("semi;colon", "semi;colon"),
    ]

    @Test(arguments: fields)
    func quotesOnlyWhenNeeded(_ testCase: (field: String, written: String)) {
        let writer = CSVWriter()
        var viaString: [UInt8] = []
        writer.appendField(testCase.field, to: &viaString)
        var viaBytes: [UInt8] = []
        Array(testCase.field.utf8).withUnsafeBufferPointer { writer.appendField($0, to: &viaBytes) }
        #expect(String(decoding: viaString, as: UTF8.self) == testCase.written)
        #expect(viaBytes == viaString)
        // Written through a pointer into room for every byte doubled and two quotes.
        let bytes = Array(testCase.field.utf8)
        var room = [UInt8](repeating: 0xFF, count: 2 * bytes.count + 3)
        let count = bytes.withUnsafeBufferPointer { field in
            room.withUnsafeMutableBufferPointer { writer.writeField(field, at: $0.baseAddress!) }
        }
        #expect(Array(room.prefix(count)) == viaString)
        #expect(room[count] == 0xFF, "nothing written past the field")
    }

    @Test func semicolonWriterQuotesSemicolonsNotCommas() {
        let writer = CSVWriter(delimiter: UInt8(ascii: ";"), lineEnding: [0x0D, 0x0A])
        #expect(writer.record(["1,5", "a;b", "c"]) == "1,5;\"a;b\";c\r\n")
    }

    @Test func byteLevelRecordMatchesStringRecord() {
        let writer = CSVWriter()
        var output: [UInt8] = []
        let fields = ["DV001", "Nguyễn, Văn A", ""]
        let arrays = fields.map { Array($0.utf8) }
        arrays[0].withUnsafeBufferPointer { first in
            arrays[1].withUnsafeBufferPointer { second in
                arrays[2].withUnsafeBufferPointer { third in
                    writer.appendRecord([first, second, third], to: &output)
                }
            }
        }
        #expect(String(decoding: output, as: UTF8.self) == writer.record(fields))
        #expect(writer.record(fields) == "DV001,\"Nguyễn, Văn A\",\n")
    }

    @Test func whatIsWrittenReadsBack() throws {
        let records = [["a", "b,c", "d\"e"], ["x\r\ny", " z", ""]]
        var output: [UInt8] = []
        for record in records { CSVWriter().appendRecord(record, to: &output) }
        #expect(try readRecords(output).map(\.fields) == records)
    }

    /// Fields of 1 to 40 bytes read a word at a time: one special byte anywhere (the
    /// separator, a quote, LF, CR) asks for quotes; bytes one bit away from them, the
    /// other separator and a space after the first byte do not.
    @Test(arguments: [UInt8(ascii: ","), UInt8(ascii: ";")])
    func everySpecialByteAtEveryPositionAsksForQuotes(separator: UInt8) {
        let writer = CSVWriter(delimiter: separator)
        let specials: [UInt8] = [separator, 0x22, 0x0A, 0x0D]
        let harmless: [UInt8] =
            [0x20, 0x2B, 0x21, 0x23, 0x09, 0x0B, 0x0C, 0x0E, 0xA2, 0xAC, 0xBB, 0x8A, 0x8D]
            + [separator == 0x2C ? 0x3B : 0x2C, separator ^ 0x01, separator ^ 0x80]
        for length in 1...40 {
            let plain = [UInt8](repeating: UInt8(ascii: "x"), count: length)
            plain.withUnsafeBufferPointer { #expect(!writer.needsQuotes($0), "\(length) plain bytes") }
            for position in 0..<length {
                for byte in specials {
                    var field = plain
                    field[position] = byte
                    field.withUnsafeBufferPointer { field in
                        #expect(writer.needsQuotes(field), "byte \(byte) at \(position) of \(length)")
                    }
                }
                for byte in harmless where !(byte == 0x20 && position == 0) {
                    var field = plain
                    field[position] = byte
                    field.withUnsafeBufferPointer { field in
                        #expect(!writer.needsQuotes(field), "byte \(byte) at \(position) of \(length)")
                    }
                }
            }
        }
    }
}
