import Testing

@testable import CSV

/// An input and the records (line where each starts, fields) it must give.
struct ReaderCase: Sendable, CustomTestStringConvertible {
    var name: String
    var input: String
    var expected: [(line: Int, fields: [String])]

    var testDescription: String { name }

    var expectedRecords: [ReadRecord] { expected.map { ReadRecord(line: $0.line, fields: $0.fields) } }
}

@Suite struct CSVReaderTests {
    static let dialects: [ReaderCase] = [
        ReaderCase(name: "comma, LF", input: "a,b\n1,2\n", expected: [(1, ["a", "b"]), (2, ["1", "2"])]),
        ReaderCase(
            name: "semicolon, CRLF", input: "a;b\r\n1;2\r\n", expected: [(1, ["a", "b"]), (2, ["1", "2"])]),
        ReaderCase(name: "tab, CR", input: "a\tb\r1\t2\r", expected: [(1, ["a", "b"]), (2, ["1", "2"])]),
        ReaderCase(
            name: "mixed line ends", input: "a,b\r\n1,2\n3,4\r5,6",
            expected: [(1, ["a", "b"]), (2, ["1", "2"]), (3, ["3", "4"]), (4, ["5", "6"])]),
        ReaderCase(
            name: "semicolon file keeps commas in fields", input: "a;b\n1,5;2\n",
            expected: [(1, ["a", "b"]), (2, ["1,5", "2"])]),
        ReaderCase(
            name: "tab file keeps commas and semicolons", input: "a\tb\n1,5;x\t2\n",
            expected: [(1, ["a", "b"]), (2, ["1,5;x", "2"])]),
    ]

    @Test(arguments: dialects)
    func readsDialect(_ testCase: ReaderCase) throws {
        #expect(try readRecords(Array(utf8: testCase.input)) == testCase.expectedRecords)
    }

    static let edgeCases: [ReaderCase] = [
        ReaderCase(name: "empty file", input: "", expected: []),
        ReaderCase(name: "only newlines", input: "\n\r\n\r", expected: []),
        ReaderCase(name: "header only", input: "a,b\n", expected: [(1, ["a", "b"])]),
        ReaderCase(name: "header only, no final newline", input: "a,b", expected: [(1, ["a", "b"])]),
        ReaderCase(
            name: "no final newline", input: "a,b\n1,2", expected: [(1, ["a", "b"]), (2, ["1", "2"])]),
        ReaderCase(
            name: "quote at end of file", input: "a,b\n1,\"2\"",
            expected: [(1, ["a", "b"]), (2, ["1", "2"])]),
        ReaderCase(
            name: "blank lines are skipped, lines still counted", input: "a\n\n\r\n\nb\n\n",
            expected: [(1, ["a"]), (5, ["b"])]),
        ReaderCase(
            // Line 2 opens a quoted field holding LF, CRLF and CR: 3 more lines, so the
            // next record starts on line 2 + 3 + 1 = 6.
            name: "quoted newlines and the line of the next record", input: "h\n\"x\ny\r\nz\rw\"\nnext\n",
            expected: [(1, ["h"]), (2, ["x\ny\r\nz\rw"]), (6, ["next"])]),
        ReaderCase(
            name: "quoted separators and doubled quotes", input: "\"a,b\",\"say \"\"hi\"\"\",\"\"\"\"\n",
            expected: [(1, ["a,b", "say \"hi\"", "\""])]),
        ReaderCase(
            name: "ragged rows are returned as they are", input: "a,b,c\n1\n1,2,3,4\n",
            expected: [(1, ["a", "b", "c"]), (2, ["1"]), (3, ["1", "2", "3", "4"])]),
        ReaderCase(
            name: "empty fields and trailing separator", input: "a,,c,\n,\n",
            expected: [(1, ["a", "", "c", ""]), (2, ["", ""])]),
        ReaderCase(name: "a quoted empty field is a record", input: "\"\"\n", expected: [(1, [""])]),
        ReaderCase(
            name: "quote inside an unquoted field is literal", input: "a,b\"c,d\"\n",
            expected: [(1, ["a", "b\"c", "d\""])]),
        ReaderCase(
            name: "text after a closing quote is appended", input: "\"ab\"cd,\"x\" y,\"q\"\"\"\n",
            expected: [(1, ["abcd", "x y", "q\""])]),
        ReaderCase(
            name: "spaces are kept, a quote after a space is literal", input: " a , \"b\"\n",
            expected: [(1, [" a ", " \"b\""])]),
        ReaderCase(
            name: "tabs and other controls inside comma fields", input: "a\tb,c\u{1}d\n",
            expected: [(1, ["a\tb", "c\u{1}d"])]),
        ReaderCase(
            name: "CRLF after a closing quote", input: "\"a\"\r\n\"b\"\r\n",
            expected: [(1, ["a"]), (2, ["b"])]),
    ]

    @Test(arguments: edgeCases)
    func readsEdgeCase(_ testCase: ReaderCase) throws {
        #expect(try readRecords(Array(utf8: testCase.input)) == testCase.expectedRecords)
    }

    /// Every buffer size from the smallest up must give the records of one big buffer:
    /// records, quoted fields, CRLF pairs, doubled quotes and multi-byte letters all get
    /// cut at every possible place.
    @Test(arguments: [ReaderCase](dialects + edgeCases))
    func smallBuffersGiveTheSameRecords(_ testCase: ReaderCase) throws {
        let bytes = Array(utf8: testCase.input + "\nNguyễn,\"Văn\r\n\"\"Ánh\"\"\",Đức\r\n")
        let whole = try readRecords(bytes)
        for size in 16...48 {
            #expect(try readRecords(bytes, bufferSize: size) == whole, "buffer of \(size) bytes")
        }
    }

    @Test func byteOffsetsAndRecordIndexesCountDecodedBytes() throws {
        let reader = try CSVReader(
            input: ByteInput(
                bytes: [0xEF, 0xBB, 0xBF] + Array(utf8: "ab,c\r\n\r\n\"d\ne\",f\n"), fileName: "t.csv"),
            delimiter: nil, bufferSize: 16)
        let first = try #require(try reader.nextRow())
        #expect((first.byteOffset, first.recordIndex, first.line) == (0, 0, 1))
        // "ab,c\r\n" is 6 bytes and the blank "\r\n" 2 more: the record starts at byte 8.
        let second = try #require(try reader.nextRow())
        #expect((second.byteOffset, second.recordIndex, second.line) == (8, 1, 3))
        #expect(try reader.nextRow() == nil)
    }

    static let delimiterCases: [(name: String, header: String, delimiter: Character)] = [
        ("commas", "a,b,c", ","),
        ("semicolons", "a;b;c", ";"),
        ("tabs", "a\tb\tc", "\t"),
        ("comma wins a tie with semicolon", "a;b,c", ","),
        ("semicolon wins a tie with tab", "a;b\tc", ";"),
        ("no separator at all", "abc", ","),
        ("separators inside quotes do not count", "\"a;b;c\",d", ","),
        ("only the first line counts", "a;b\nc,d,e,f", ";"),
        ("a quoted newline does not end the header", "\"x\ny,z,w\";a;b\n", ";"),
    ]

    @Test(arguments: delimiterCases)
    func sniffsDelimiterFromHeader(_ testCase: (name: String, header: String, delimiter: Character)) throws {
        let reader = try CSVReader(bytes: Array(utf8: testCase.header), fileName: "t.csv")
        #expect(reader.delimiter == testCase.delimiter.asciiValue)
    }

    @Test func givenDelimiterOverridesSniffing() throws {
        let records = try readRecords(Array(utf8: "a;b,c\n"), delimiter: UInt8(ascii: ","))
        #expect(records == [ReadRecord(line: 1, fields: ["a;b", "c"])])
    }

    @Test(arguments: [
        ("at end of file", "a,b\n1,\"2", 2, 2),
        ("spanning lines: reported where the record starts", "a\n\"x\ny\nz", 2, 1),
        ("after a quoted CR", "a,\"x\r", 1, 2),
    ])
    func unterminatedQuote(_ name: String, _ input: String, _ line: Int, _ column: Int) {
        #expect(
            readError(Array(utf8: input), bufferSize: 16)
                == .unterminatedQuote(file: "test.csv", line: line, column: column))
    }

    @Test func fieldLongerThanTheCapIsAnError() {
        // Field 2 of the record on line 2 has 11 bytes, one more than the cap of 10.
        let input = Array(utf8: "a,b\nx,\"0123456789A\",y\n")
        #expect(
            readError(input, bufferSize: 16, maximumFieldLength: 10)
                == .fieldTooLong(file: "test.csv", line: 2, column: 2, limit: 10))
        // At the cap exactly it is fine.
        #expect(readError(Array(utf8: "a,b\nx,0123456789,y\n"), maximumFieldLength: 10) == nil)
    }

    @Test func errorDescriptionNamesFileLineAndColumn() {
        let error = CSVError.undecodable(
            file: "m.csv", line: 3, column: 2, encoding: "UTF-8", hexBytes: "C3 28")
        #expect(error.description == "m.csv:3:2: error: expected UTF-8 text, found bytes C3 28")
    }

    @Test func readsAFileLargerThanTheBufferAndTheSniffedPrefix() throws {
        // 1.5 MiB of rows: the first MiB is served from the sniffed prefix, the rest is
        // read from the file; a small buffer makes the reader go round many times.
        let row = Array(utf8: "DV0001,Nguyễn Văn A,\"có, mặt\"\r\n")
        let rows = (3 << 19) / row.count + 1
        var bytes = Array(utf8: "id,name,status\r\n")
        for _ in 0..<rows { bytes += row }
        let path = "/tmp/chibo-csv-test-\(rows).csv"
        try writeFile(bytes, to: path)
        defer { removeFile(path) }
        let reader = try CSVReader(
            input: ByteInput(path: path, fileName: "big.csv"), delimiter: nil, bufferSize: 4093)
        var count = 0
        var last: ReadRecord?
        while let record = try reader.nextRow() {
            count += 1
            if count == rows + 1 { last = ReadRecord(line: record.line, fields: record.strings) }
        }
        #expect(count == rows + 1)
        #expect(last == ReadRecord(line: rows + 1, fields: ["DV0001", "Nguyễn Văn A", "có, mặt"]))
    }

    @Test func missingFileIsUnreadable() {
        #expect(throws: CSVError.self) { try CSVReader(path: "/nonexistent/chibo.csv") }
    }
}

@Suite struct CSVReaderUndecodableTests {
    static let cases: [(name: String, bytes: [UInt8], line: Int, column: Int, hex: String)] = [
        // Line 2 has a valid `ễ`, so the file is UTF-8; line 3 field 2 holds C3 28.
        (
            "bad continuation", Array(utf8: "id,name\n1,Nguyễn\n2,ab") + [0xC3, 0x28] + Array(utf8: "\n"), 3,
            2, "C3 28"
        ),
        // The bad byte sits on the second physical line of a quoted field that starts on
        // line 2: the line of the byte is reported.
        (
            "inside a quoted field", Array(utf8: "id,note\n1,\"Đức\nx") + [0xFF] + Array(utf8: "\"\n"), 3, 2,
            "FF"
        ),
        ("NUL byte", Array(utf8: "id\n1\n2") + [0x00], 3, 1, "00"),
        ("sequence cut by the end of the file", Array(utf8: "a\nNguy") + [0xE1, 0xBB], 2, 1, "E1 BB"),
        ("overlong form", Array(utf8: "a,ă\nb,") + [0xC0, 0xAF], 2, 2, "C0"),
    ]

    @Test(arguments: cases)
    func invalidUTF8IsAnErrorWithItsPosition(
        _ testCase: (name: String, bytes: [UInt8], line: Int, column: Int, hex: String)
    ) {
        let expected = CSVError.undecodable(
            file: "test.csv", line: testCase.line, column: testCase.column, encoding: "UTF-8",
            hexBytes: testCase.hex)
        #expect(readError(testCase.bytes) == expected)
        #expect(readError(testCase.bytes, bufferSize: 16) == expected)
    }

    @Test func recordsBeforeTheBadByteAreStillHandedOut() throws {
        let reader = try CSVReader(bytes: Array(utf8: "a,ă\nb,c\n") + [0xFF], fileName: "t.csv")
        #expect(try reader.nextRow()?.strings == ["a", "ă"])
        #expect(try reader.nextRow()?.strings == ["b", "c"])
        #expect(
            throws: CSVError.undecodable(file: "t.csv", line: 3, column: 1, encoding: "UTF-8", hexBytes: "FF")
        ) {
            try reader.nextRow()
        }
    }

    @Test func legacyBytesAfterTheSniffedMegabyteAreUndecodableUTF8() {
        // 70,000 ASCII lines of 17 bytes fill more than the 1 MiB (1,048,576 bytes) that
        // is sniffed, so the file is UTF-8; Windows-1258 `ễ` (EA DE) on line 70,001 is
        // then an invalid sequence: EA expects a continuation byte, DE is not one.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(70_001 * 17)
        for _ in 0..<70_000 { bytes += Array(utf8: "1234567,abcdefgh\n") }
        bytes += Array(utf8: "x,Nguy") + [0xEA, 0xDE] + Array(utf8: "n\n")
        #expect(
            readError(bytes, bufferSize: 4096)
                == .undecodable(
                    file: "test.csv", line: 70_001, column: 2, encoding: "UTF-8", hexBytes: "EA DE"))
    }
}
