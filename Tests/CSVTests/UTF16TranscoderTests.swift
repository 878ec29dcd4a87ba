import Testing

@testable import CSV

@Suite struct UTF16TranscoderTests {
    @Test(arguments: [false, true])
    func readsVietnameseExport(bigEndian: Bool) throws {
        let text = "Mã,Họ và tên\r\n1,\"Nguyễn Văn A\"\r\n2,𝄞 Đức\r\n"
        let reader = try CSVReader(bytes: utf16Bytes(text, bigEndian: bigEndian), fileName: "m.csv")
        #expect(reader.encoding == (bigEndian ? .utf16BigEndian : .utf16LittleEndian))
        #expect(
            try readAll(reader) == [
                ReadRecord(line: 1, fields: ["Mã", "Họ và tên"]),
                ReadRecord(line: 2, fields: ["1", "Nguyễn Văn A"]),
                ReadRecord(line: 3, fields: ["2", "𝄞 Đức"]),
            ])
    }

    static let broken: [(name: String, units: [UInt16], hex: String, line: Int, column: Int)] = [
        // "a,b\n1,<D800>x": a high surrogate followed by `x` (0x0078), not a low one.
        ("high surrogate without low", Array("a,b\n1,".utf16) + [0xD800, 0x78], "00 D8 78 00", 2, 2),
        ("low surrogate alone", Array("a,b\n1,2\n".utf16) + [0xDC00], "00 DC", 3, 1),
        ("high surrogate at the end", Array("a,b".utf16) + [0xD83D], "3D D8", 1, 2),
        ("NUL", Array("a,".utf16) + [0], "00 00", 1, 2),
    ]

    @Test(arguments: broken)
    func undecodable(_ testCase: (name: String, units: [UInt16], hex: String, line: Int, column: Int)) {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in testCase.units { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(
            readError(bytes)
                == .undecodable(
                    file: "test.csv", line: testCase.line, column: testCase.column, encoding: "UTF-16LE",
                    hexBytes: testCase.hex))
    }

    @Test func oddTrailingByteIsUndecodable() {
        #expect(
            readError([0xFE, 0xFF, 0x00, 0x61, 0x00, 0x0A, 0x62])
                == .undecodable(file: "test.csv", line: 2, column: 1, encoding: "UTF-16BE", hexBytes: "62"))
    }
}
