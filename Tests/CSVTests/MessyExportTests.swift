import Testing

@testable import CSV

/// The key property of the reader: an export in any supported encoding and dialect
/// gives the same records, with the same strings, as its clean UTF-8 comma form.
@Suite struct MessyExportTests {
    static let records: [[String]] = [
        ["member_id", "full_name", "org_id", "note"],
        ["DV001", "Nguyễn Văn A", "CB01", "Họp, định kỳ"],
        ["DV002", "Trần Thị Bích", "CB01", "nói \"có\""],
        ["DV003", "Lê Văn Đức", "CB02", "hai\ndòng"],
        ["DV004", " Phạm Hùng", "CB02", ""],
        ["DV005", "Đỗ ả", "CB02", "a;b\tc"],
    ]

    /// The clean form, written by hand: UTF-8, commas, LF, quotes only where needed.
    static let clean = #"""
        member_id,full_name,org_id,note
        DV001,Nguyễn Văn A,CB01,"Họp, định kỳ"
        DV002,Trần Thị Bích,CB01,"nói ""có"""
        DV003,Lê Văn Đức,CB02,"hai
        dòng"
        DV004," Phạm Hùng",CB02,
        DV005,Đỗ ả,CB02,"a;b\#tc"

        """#

    enum Encoding: String, CaseIterable, Sendable {
        case utf8, utf8WithBOM, utf16LittleEndian, utf16BigEndian, windows1258

        func encode(_ text: String) -> [UInt8] {
            switch self {
            case .utf8: Array(text.utf8)
            case .utf8WithBOM: [0xEF, 0xBB, 0xBF] + Array(text.utf8)
            case .utf16LittleEndian: utf16Bytes(text, bigEndian: false)
            case .utf16BigEndian: utf16Bytes(text, bigEndian: true)
            case .windows1258: windows1258Bytes(text)
            }
        }
    }

    struct Dialect: Sendable, CustomTestStringConvertible {
        var separator: Character
        var lineEnding: String
        var testDescription: String {
            let separatorName = separator == "\t" ? "tab" : String(separator)
            let lineEndingName = lineEnding.unicodeScalars.map { $0 == "\r" ? "CR" : "LF" }.joined()
            return separatorName + " " + lineEndingName
        }
    }

    static let dialects: [Dialect] = [",", ";", "\t"].flatMap { separator in
        ["\n", "\r\n", "\r"].map { Dialect(separator: separator, lineEnding: $0) }
    }

    /// Writes `records` in a dialect by hand: quoting fields that hold the separator, a
    /// quote or a line break, or start with a space; every record ends with the line
    /// ending, and a line break inside a field is written as that line ending too.
    static func messyText(_ dialect: Dialect) -> String {
        var text = ""
        for record in records {
            let fields = record.map { field -> String in
                let body = field.replacingLineBreaks(with: dialect.lineEnding)
                let needsQuotes =
                    field.contains(dialect.separator) || field.contains("\"") || field.contains("\n")
                    || field.hasPrefix(" ")
                return needsQuotes ? "\"" + body.replacingQuotes() + "\"" : body
            }
            text += fields.joined(separator: String(dialect.separator)) + dialect.lineEnding
        }
        return text
    }

    @Test func cleanFormGivesTheRecords() throws {
        #expect(try readRecords(Array(Self.clean.utf8)).map(\.fields) == Self.records)
    }

    @Test(arguments: Encoding.allCases, dialects)
    func messyExportGivesTheCleanRecords(_ encoding: Encoding, _ dialect: Dialect) throws {
        let clean = try readRecords(Array(Self.clean.utf8))
        let messy = encoding.encode(Self.messyText(dialect))
        let expected = clean.map { record in
            ReadRecord(
                line: record.line,
                fields: record.fields.map { $0.replacingLineBreaks(with: dialect.lineEnding) })
        }
        #expect(try readRecords(messy) == expected)
        #expect(try readRecords(messy, bufferSize: 17) == expected)
    }
}

extension String {
    fileprivate func replacingLineBreaks(with lineEnding: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: lineEnding)
    }

    fileprivate func replacingQuotes() -> String {
        split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
    }
}
