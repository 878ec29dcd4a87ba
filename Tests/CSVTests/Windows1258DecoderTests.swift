import Testing

@testable import CSV

@Suite struct Windows1258DecoderTests {
    /// Letters and signs of the code page, from its published table.
    static let bytes: [(byte: UInt8, text: String)] = [
        (0x80, "€"), (0x8C, "Œ"), (0x9F, "Ÿ"), (0xC3, "Ă"), (0xD0, "Đ"), (0xD5, "Ơ"), (0xDD, "Ư"),
        (0xE3, "ă"), (0xF0, "đ"), (0xF5, "ơ"), (0xFD, "ư"), (0xFE, "₫"), (0xE2, "â"), (0xEA, "ê"),
        (0xF4, "ô"), (0xE1, "á"), (0xA0, "\u{A0}"), (0xFF, "ÿ"),
    ]

    @Test(arguments: bytes)
    func decodesByte(_ testCase: (byte: UInt8, text: String)) throws {
        // 0xFF is never UTF-8, and no multi-byte UTF-8 sequence is possible: Windows-1258.
        let records = try readRecords(
            [0x78, 0xFF, 0x2C, 0x78, testCase.byte, 0x78], delimiter: UInt8(ascii: ","))
        #expect(records.first?.fields == ["xÿ", "x" + testCase.text + "x"])
    }

    static let toneMarks: [(name: String, bytes: [UInt8], text: String)] = [
        ("a + acute 0xEC", [0x61, 0xEC], "á"),
        ("a + grave 0xCC", [0x61, 0xCC], "à"),
        ("a + hook 0xD2", [0x61, 0xD2], "ả"),
        ("a + tilde 0xDE", [0x61, 0xDE], "ã"),
        ("a + dot below 0xF2", [0x61, 0xF2], "ạ"),
        ("ê + tilde", [0xEA, 0xDE], "ễ"),
        ("ư + dot below", [0xFD, 0xF2], "ự"),
        ("Ơ + hook", [0xD5, 0xD2], "Ở"),
        ("mark without a letter stays combining", [0x2C, 0xEC], ",\u{301}"),
        ("second mark stays combining", [0x61, 0xEC, 0xCC], "á\u{300}"),
    ]

    @Test(arguments: toneMarks)
    func composesToneMark(_ testCase: (name: String, bytes: [UInt8], text: String)) throws {
        let records = try readRecords(
            Array(utf8: "x\n") + testCase.bytes + [0x0A], delimiter: UInt8(ascii: "\t"))
        let field = try #require(records.last?.fields.first)
        #expect(Array(field.unicodeScalars) == Array(testCase.text.unicodeScalars))
    }

    @Test func nameWithCombiningMarkComesOutPrecomposed() throws {
        // "Nguyễn Văn A": ễ is ê (0xEA) + tilde (0xDE), ă is 0xE3.
        let bytes: [UInt8] =
            Array(utf8: "id,full_name\n1,Nguy") + [0xEA, 0xDE] + Array(utf8: "n V") + [0xE3]
            + Array(utf8: "n A\n")
        let reader = try CSVReader(bytes: bytes, fileName: "m.csv")
        #expect(reader.encoding == .windows1258)
        let records = try readAll(reader)
        #expect(records.last == ReadRecord(line: 2, fields: ["1", "Nguyễn Văn A"]))
        #expect(records.last?.fields.last?.unicodeScalars.count == 12)
    }

    @Test func markCutFromItsLetterByTheBufferEdgeStillComposes() throws {
        let bytes = windows1258Bytes("id,name\n1,Nguyễn Văn Đức, Trần Thị Bích, Họp định kỳ\n")
        let whole = try readRecords(bytes)
        for size in 16...40 {
            #expect(try readRecords(bytes, bufferSize: size) == whole, "buffer of \(size) bytes")
        }
    }

    @Test(arguments: [0x81, 0x8A, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9D, 0x9E] as [UInt8])
    func undefinedByteIsUndecodable(_ byte: UInt8) {
        // Line 3, field 2: "x" then the undefined byte.
        let bytes = windows1258Bytes("a,b\n1,Đức\n2,x") + [byte, 0x0A]
        let hex = String(byte, radix: 16, uppercase: true)
        #expect(
            readError(bytes)
                == .undecodable(file: "test.csv", line: 3, column: 2, encoding: "Windows-1258", hexBytes: hex)
        )
    }
}
