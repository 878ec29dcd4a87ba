import ChiboCore
import Foundation
import Testing

@testable import SampleData

@Suite struct ExportFileTests {
    private func written(
        _ dialect: ExportFile.Dialect, header: [String], body: (ExportFile) throws -> Void
    ) throws -> [UInt8] {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("chibo-export-test-" + UUID().uuidString).path
        try Directory.create(directory, confidentiality: .shared)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = try ExportFile(directory: directory, fileName: "t.csv", dialect: dialect, header: header)
        try body(file)
        try file.commit()
        return Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/t.csv")))
    }

    @Test func writesBomCrlfAndQuotesOnlyWhatNeedsIt() throws {
        let bytes = try written(.init(usesCRLF: true, hasByteOrderMark: true), header: ["Mã", "Tên"]) {
            file in
            file.text(Array("a".utf8))
            file.separator()
            file.text(Array("Xây dựng, \"Hưng Thịnh\"".utf8))
            try file.endRecord()
        }
        let expected: [UInt8] =
            [0xEF, 0xBB, 0xBF] + Array("Mã,Tên\r\na,\"Xây dựng, \"\"Hưng Thịnh\"\"\"\r\n".utf8)
        #expect(bytes == expected)
    }

    @Test func aSemicolonFileLeavesCommasUnquoted() throws {
        let bytes = try written(.init(delimiter: UInt8(ascii: ";")), header: ["Tên thôn, bản"]) { file in
            file.text(Array("Thôn 1, 2".utf8))
            try file.endRecord()
        }
        #expect(String(decoding: bytes, as: UTF8.self) == "Tên thôn, bản\nThôn 1, 2\n")
    }

    @Test func countsTheLinesOfAFieldWithANewline() throws {
        var lines: [Int] = []
        _ = try written(.init(), header: ["a"]) { file in
            lines.append(file.nextLine)
            file.text(Array("one\ntwo".utf8))
            try file.endRecord()
            lines.append(file.nextLine)
        }
        // The header is line 1; the record starts on line 2 and spans lines 2–3.
        #expect(lines == [2, 4])
    }

    @Test(arguments: [
        (2020, 3, 5, false, "05/03/2020"), (2020, 3, 5, true, "5/3/2020"), (1999, 12, 31, true, "31/12/1999"),
    ])
    func formatsDates(year: Int, month: Int, day: Int, isShort: Bool, expected: String) throws {
        let bytes = try written(.init(), header: ["d"]) { file in
            file.date(Day(year: year, month: month, day: day)!, isShort: isShort)
            file.separator()
            file.decimal(42, width: 8)
            file.separator()
            file.decimal(0)
            try file.endRecord()
        }
        #expect(String(decoding: bytes, as: UTF8.self) == "d\n" + expected + ",00000042,0\n")
    }
}
