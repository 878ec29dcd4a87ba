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
}
