import CSV
import Foundation
import Testing

@testable import Ingest

@Suite struct RawRecordStoreTests {
    static let records: [[String]] = [
        ["M1", " Nguyễn  Văn A ", "01/02/1980"],
        ["", "", ""],
        // A value of 200 bytes takes a two-byte length.
        [String(repeating: "x", count: 200), "y", ""],
        ["M4", "Lê Thị \"B\"", "31/12/1999"],
    ]

    @Test func keepsRecordsInMemoryWithoutAFolder() {
        let store = RawRecordStore(folder: nil, flushSize: 1)
        for record in Self.records { store.append(record) }
        #expect(!store.isSpilled)
        #expect(store.count == 4)
        for (index, record) in Self.records.enumerated() {
            #expect((0..<3).map { store.value(index, column: $0) } == record)
        }
    }

    @Test func spillsToAnOwnerOnlyFileItRemovesAtOnce() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("raw-record-store-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Flushed after the second record: the first two are read back from the file, the
        // others from the buffer.
        let store = RawRecordStore(folder: folder, flushSize: 40)
        for record in Self.records { store.append(record) }
        #expect(store.isSpilled)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        for (index, record) in Self.records.enumerated().reversed() {
            #expect((0..<3).map { store.value(index, column: $0) } == record)
        }
    }

    @Test func staysInMemoryWhenTheFolderIsMissing() {
        let store = RawRecordStore(folder: "/nonexistent-\(UUID().uuidString)", flushSize: 1)
        for record in Self.records { store.append(record) }
        #expect(!store.isSpilled)
        #expect(store.value(3, column: 1) == "Lê Thị \"B\"")
    }

    /// A UTF-8 export whose records, read again alone, must give what the whole file gave:
    /// a quoted field over two lines, doubled quotes, a blank line between records, an
    /// empty record of separators and a last record without its line end.
    static func export(lineEnd: String) -> String {
        [
            "id,name,born,note",
            "M1,\" Nguyễn  Văn A \",01/02/1980,\"first line" + lineEnd + "second line\"",
            "",
            ",,,",
            "M3,\"Lê Thị \"\"B\"\"\",31/12/1999,x",
            "M4,Trần C,,",
        ].joined(separator: lineEnd)
    }

    @Test(arguments: [
        (id: "LF", lineEnd: "\n", mark: ""), (id: "CRLF", lineEnd: "\r\n", mark: ""),
        (id: "LF with BOM", lineEnd: "\n", mark: "\u{FEFF}"),
    ])
    func readsAUTF8FilesRecordsAgainFromTheFile(_ layout: (id: String, lineEnd: String, mark: String)) throws
    {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("raw-record-store-\(UUID().uuidString).csv").path
        try (layout.mark + Self.export(lineEnd: layout.lineEnd)).write(
            toFile: path, atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        // The store's columns are the file's fields 3, 0 and 1; its last column is in no field.
        let fieldPositions = [3, 0, 1, -1]
        let store = RawRecordStore(
            source: .init(
                path: path, fileName: "members.csv", markLength: layout.mark.utf8.count,
                delimiter: UInt8(ascii: ","),
                fieldPositions: fieldPositions))
        let reader = try CSVReader(path: path, fileName: "members.csv")
        _ = try reader.nextRow()
        var expected: [[String]] = []
        while let row = try reader.nextRow() {
            store.append(recordAt: row.byteOffset)
            expected.append(fieldPositions.map { row.string(at: $0) })
        }
        try #require(expected.count == 4)
        #expect(
            expected[0] == [
                "first line" + layout.lineEnd + "second line",
                "M1", " Nguyễn  Văn A ", "",
            ])
        #expect(store.count == 4)
        #expect(!store.isSpilled)
        for (index, record) in expected.enumerated().reversed() {
            #expect((0..<4).map { store.value(index, column: $0) } == record, "record \(index)")
        }
    }

    @Test func quotesNothingOnceTheFileIsGone() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("raw-record-store-\(UUID().uuidString).csv").path
        try Self.export(lineEnd: "\n").write(toFile: path, atomically: false, encoding: .utf8)
        let store = RawRecordStore(
            source: .init(
                path: path, fileName: "members.csv", markLength: 0, delimiter: UInt8(ascii: ","),
                fieldPositions: [0, 2]))
        let reader = try CSVReader(path: path, fileName: "members.csv")
        _ = try reader.nextRow()
        while let row = try reader.nextRow() { store.append(recordAt: row.byteOffset) }
        try #require(store.count == 4)
        try FileManager.default.removeItem(atPath: path)
        #expect(store.value(2, column: 0) == "")
        #expect(store.value(3, column: 1) == "")
    }
}
