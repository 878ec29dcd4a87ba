import ChiboCore
import Foundation
import Testing

@testable import Report

@Suite struct RejectCountTests {
    @discardableResult
    private func withFile<T>(_ body: String, _ read: (String) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rejects-\(UUID().uuidString).csv"
        )
        .path
        _ = FileManager.default.createFile(atPath: path, contents: Data(body.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try read(path)
    }

    @Test func countsBySeverityThenCode() throws {
        let body = """
            file,line,column,value,code,severity,message
            members.csv,3,member_id,DV1,id.duplicate,error,"Trùng, mã"
            members.csv,0,note,,column.ignored,notice,Bỏ qua
            members.csv,5,official_on,2015-01-01,member.short_probation,warning,Ngắn
            villages.csv,2,commune_org_id,X,ref.unknown_org,error,Không có
            members.csv,7,member_id,DV2,id.duplicate,error,Trùng

            """
        let counts = try withFile(body) { try RejectCount.read(path: $0) }
        // Errors first (id.duplicate ×2, ref.unknown_org ×1, codes bytewise), then warnings, then notices.
        #expect(
            counts.map { "\($0.severity.rawValue) \($0.code) \($0.count)" } == [
                "error id.duplicate 2", "error ref.unknown_org 1", "warning member.short_probation 1",
                "notice column.ignored 1",
            ])
    }

    @Test func anUnknownSeverityIsADataError() throws {
        let body = "file,line,column,value,code,severity,message\nm.csv,2,x,y,some.code,fatal,z\n"
        try withFile(body) { path in
            #expect {
                _ = try RejectCount.read(path: path)
            } throws: { error in
                (error as? ReportError)?.description
                    == path
                    + ":2:6: lỗi: cần 'error', 'warning' hoặc 'notice', nhận được 'fatal'; tệp này do bước trước ghi ra: hãy chạy lại make"
            }
        }
    }

    @Test func readsTheIngestSummary() throws {
        let body = """
            file,encoding,delimiter,rows_read,rows_accepted,rows_rejected,warnings
            members.csv,UTF-8 with BOM,semicolon,12,7,5,2

            """
        let summaries = try withFile(body) { try FileSummary.read(path: $0) }
        #expect(
            summaries == [
                FileSummary(
                    fileName: "members.csv", encoding: "UTF-8 with BOM", delimiter: "semicolon", rowsRead: 12,
                    rowsAccepted: 7, rowsRejected: 5, warnings: 2)
            ])
        #expect(summaries.first?.delimiterName == "chấm phẩy")
    }
}
