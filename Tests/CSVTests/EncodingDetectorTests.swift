import Testing

@testable import CSV

@Suite struct EncodingDetectorTests {
    static let cases: [(name: String, bytes: [UInt8], encoding: TextEncoding)] = [
        ("UTF-8 BOM", [0xEF, 0xBB, 0xBF] + Array(utf8: "a,b"), .utf8WithBOM),
        ("UTF-16LE BOM", [0xFF, 0xFE, 0x61, 0x00], .utf16LittleEndian),
        ("UTF-16BE BOM", [0xFE, 0xFF, 0x00, 0x61], .utf16BigEndian),
        ("empty", [], .utf8),
        ("ASCII", Array(utf8: "id,name\n1,An\n"), .utf8),
        ("UTF-8 Vietnamese", Array(utf8: "id,tên\n1,Nguyễn Văn A\n"), .utf8),
        // `ễ` (E1 BB 85) cut after two bytes by the end of the sniffed prefix.
        ("UTF-8 cut at the sniff boundary", Array(utf8: "a,Nguy") + [0xE1, 0xBB], .utf8),
        (
            "Windows-1258: no valid multi-byte sequence", windows1258Bytes("id,tên\n1,Nguyễn Văn A\n"),
            .windows1258
        ),
        // One bad byte among valid accented letters is a broken UTF-8 file, not cp1258.
        ("UTF-8 with one bad sequence", Array(utf8: "1,Nguyễn\n2,ab") + [0xC3, 0x28], .utf8),
        ("bad byte first, valid UTF-8 later", [0x41, 0xFF, 0x0A] + Array(utf8: "Đức"), .utf8),
    ]

    @Test(arguments: cases)
    func detects(_ testCase: (name: String, bytes: [UInt8], encoding: TextEncoding)) {
        let detected = testCase.bytes.withUnsafeBufferPointer { EncodingDetector.detect($0) }
        #expect(detected.encoding == testCase.encoding)
    }

    @Test func markLengths() {
        let lengths = [[0xEF, 0xBB, 0xBF, 0x61], [0xFF, 0xFE, 0x61, 0x00], [0xFE, 0xFF], [0x61]].map {
            (bytes: [UInt8]) in bytes.withUnsafeBufferPointer { EncodingDetector.detect($0).markLength }
        }
        #expect(lengths == [3, 2, 2, 0])
    }

    @Test func readerReportsDetectedEncoding() throws {
        let bom = try CSVReader(bytes: [0xEF, 0xBB, 0xBF] + Array(utf8: "a;b\n"), fileName: "t.csv")
        #expect(bom.encoding == .utf8WithBOM)
        #expect(bom.delimiter == UInt8(ascii: ";"))
        let legacy = try CSVReader(bytes: windows1258Bytes("tên\tĐức\n"), fileName: "t.csv")
        #expect(legacy.encoding == .windows1258)
        #expect(legacy.delimiter == UInt8(ascii: "\t"))
        let wide = try CSVReader(bytes: utf16Bytes("a;b;c\n", bigEndian: true), fileName: "t.csv")
        #expect(wide.encoding == .utf16BigEndian)
        #expect(wide.delimiter == UInt8(ascii: ";"))
    }
}

extension EncodingDetectorTests {
    @Test func nulBytesDoNotMakeAFileWindows1258() {
        // UTF-16LE without a byte order mark: ASCII letters interleaved with NUL.
        let bytes: [UInt8] = [0x61, 0x00, 0x2C, 0x00, 0x62, 0x00]
        #expect(bytes.withUnsafeBufferPointer { EncodingDetector.classify($0) } == .utf8)
    }
}
