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
}
