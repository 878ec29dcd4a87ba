import ChiboCore
import Foundation
import Testing

@Suite struct ReviewRecordTests {
    @Test func reviewNamesParseAndNameTheirFolderAndTheirComparison() throws {
        let name = try #require(ReviewName("quy/2019-Q1"))
        #expect(name.kind == .quarterly && name.quarter == Quarter("2019-Q1"))
        #expect(name.folder(in: "/tmp/kết quả") == "/tmp/kết quả/quy/2019-Q1")
        #expect(name.sameQuarterOfThePreviousYear == ReviewName("quy/2018-Q1"))
        #expect(ReviewName("so-ket/2018-Q2")?.sameQuarterOfThePreviousYear == nil)
        #expect(ReviewName("tong-ket/2020-Q4")?.makeCommand == "make tong-ket QUARTER=2020-Q4")
        #expect(ReviewName("quy/2020-Q4")?.makeCommand == "make quarter QUARTER=2020-Q4")
        for text in ["2018-Q2", "so-ket/2018Q2", "soket/2018-Q2", "so-ket/2018-Q2/", "so-ket//2018-Q2", ""] {
            #expect(ReviewName(text) == nil, "\(text)")
        }
    }

    @Test func aRecordIsWrittenInKeyOrderAndReadBack() throws {
        let record = ReviewRecord(
            review: ReviewName("tong-ket/2020-Q4")!, windowStart: Day(iso: "2016-03-01")!,
            meetingDeadlineDay: 3,
            previous: ReviewName("so-ket/2018-Q2"), inputSHA256: String(repeating: "0f", count: 32),
            dataUntil: Day(iso: "2020-12-28"))
        let text = String(decoding: record.file.bytes, as: UTF8.self)
        #expect(
            text == """
                key,value
                review,tong-ket
                quarter,2020-Q4
                as_of,2020-12-31
                window_start,2016-03-01
                meeting_deadline_day,3
                previous,so-ket/2018-Q2
                input_sha256,\(String(repeating: "0f", count: 32))
                data_until,2020-12-28
                version,\(Product.version)

                """)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(record.file.bytes).write(to: folder.appendingPathComponent("review.csv"))
        #expect(try ReviewRecord.read(folder: folder.path, name: "review.csv") == record)

        var empty = record
        empty.previous = nil
        empty.dataUntil = nil
        try Data(empty.file.bytes).write(to: folder.appendingPathComponent("review.csv"))
        #expect(try ReviewRecord.read(folder: folder.path, name: "review.csv") == empty)
    }

    @Test(arguments: [
        ("as_of,2020-12-31", "as_of,2020-12-30", "review.csv:4:2: lỗi: cần ngày cuối quý 2020-Q4"),
        ("previous,so-ket/2018-Q2", "previous,2018-Q2", "review.csv:7:2: lỗi: cần một kỳ đánh giá như"),
        ("review,tong-ket\n", "", "review.csv:1:1: lỗi: cần một dòng có key 'review'"),
        (
            "meeting_deadline_day,3", "meeting_deadline_day,40",
            "review.csv:6:2: lỗi: cần một ngày trong tháng"
        ),
    ])
    func aMalformedRecordNamesTheLineAndColumn(original: String, replacement: String, message: String) throws
    {
        let record = ReviewRecord(
            review: ReviewName("tong-ket/2020-Q4")!, windowStart: Day(iso: "2016-03-01")!,
            meetingDeadlineDay: 3,
            previous: ReviewName("so-ket/2018-Q2"), inputSHA256: String(repeating: "0f", count: 32),
            dataUntil: nil)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = String(decoding: record.file.bytes, as: UTF8.self)
            .replacingOccurrences(of: original, with: replacement)
        try text.write(to: folder.appendingPathComponent("review.csv"), atomically: true, encoding: .utf8)
        let error = #expect(throws: KeyValueFileError.self) {
            try ReviewRecord.read(folder: folder.path, name: "review.csv")
        }
        #expect(error?.description.hasPrefix(message) == true, "\(String(describing: error))")
    }

    @Test(arguments: [
        ("2018-Q1", "2018-02-05", false), ("2018-Q2", "2018-02-05", true), ("2018-Q2", "2018-04-01", false),
        ("2018-Q4", "2018-12-31", false), ("2019-Q1", "2018-12-31", true), ("2018-Q2", "", true),
    ])
    func theDataCoverageIsShortWhenItsQuarterEndsBeforeAsOf(quarter: String, until: String, isShort: Bool) {
        let record = ReviewRecord(
            review: ReviewName(kind: .quarterly, quarter: Quarter(quarter)!),
            windowStart: Day(iso: "2018-01-01")!,
            meetingDeadlineDay: 10, previous: nil, inputSHA256: "", dataUntil: Day(iso: until))
        #expect(record.isDataCoverageShort == isShort)
    }

    @Test func theIngestRecordRefusesADigestThatIsNotOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = IngestRecord(
            inputSHA256: String(repeating: "a", count: 64), dataUntil: Day(iso: "2018-02-05"))
        try Data(good.file.bytes).write(to: folder.appendingPathComponent(IngestRecord.fileName))
        #expect(try IngestRecord.read(normalizedDirectory: folder.path) == good)
        let bad = IngestRecord(inputSHA256: String(repeating: "A", count: 64), dataUntil: nil)
        try Data(bad.file.bytes).write(to: folder.appendingPathComponent(IngestRecord.fileName))
        #expect(throws: KeyValueFileError.self) { try IngestRecord.read(normalizedDirectory: folder.path) }
    }
}
