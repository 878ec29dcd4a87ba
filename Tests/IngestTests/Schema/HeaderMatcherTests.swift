import ChiboCore
import Testing

@testable import Ingest

@Suite struct HeaderMatcherTests {
    @Test(arguments: [
        (Entity.organizations, "MÃ TỔ CHỨC", "org_id"),
        (.organizations, "ma to chuc", "org_id"),
        (.organizations, "Ma_to_chuc", "org_id"),
        (.organizations, " Mã  tổ   chức cấp trên ", "parent_id"),
        (.organizations, "ORG_ID", "org_id"),
        (.organizations, "Mã TCĐ", "org_id"),
        (.villages, "Tên thôn, bản, tổ dân phố", "name"),
        (.villages, "Ngày sáp nhập/giải thể", "dissolved_on"),
        (.members, "Họ và tên", "full_name"),
        (.members, "ho ten", "full_name"),
        (.members, "Ngày vào Đảng", "admitted_on"),
        (.members, "Chi bộ", "org_id"),
        (.members, "trinh do ly luan chinh tri", "political_theory"),
        (.meetings, "Có nghị quyết/kết luận", "has_resolution"),
        (.attendance, "Điểm danh", "status"),
        (.memberRatings, "Kết quả xếp loại", "rating"),
        (.targets, "Phép so sánh", "comparator"),
    ])
    func matches(entity: Entity, header: String, column: String) throws {
        let index = try #require(HeaderMatcher(entity: entity).column(named: header))
        #expect(entity.columns[index] == column)
    }

    @Test func mapsByNameWhateverTheOrderAndIgnoresUnknownColumns() throws {
        let mapping = try HeaderMatcher(entity: .attendance).match(
            ["Tình trạng", "Ghi chú", "Số thẻ đảng viên", "Mã buổi sinh hoạt"], fileName: "attendance.csv")
        #expect(mapping.fieldIndices == [3, 2, 0])
        #expect(mapping.ignored.map(\.header) == ["Ghi chú"])
        #expect(mapping.ignored.map(\.fieldNumber) == [2])
    }

    @Test func missingRequiredColumnIsFatal() {
        #expect {
            try HeaderMatcher(entity: .attendance).match(
                ["Mã buổi sinh hoạt", "Tình trạng"], fileName: "a.csv")
        } throws: { error in
            guard case IngestError.missingColumns(_, let columns) = error else { return false }
            return columns.map(\.name) == ["member_id"]
        }
    }

    @Test func aColumnNamedTwiceIsFatal() {
        #expect {
            try HeaderMatcher(entity: .attendance).match(
                ["meeting_id", "member_id", "status", "Số thẻ đảng viên"], fileName: "a.csv")
        } throws: { error in
            guard case IngestError.duplicateColumn(_, let field, let column, _) = error else { return false }
            return field == 4 && column == "member_id"
        }
    }

    @Test func optionalColumnsMayBeAbsent() throws {
        let mapping = try HeaderMatcher(entity: .trainings).match(["date", "member_id"], fileName: "t.csv")
        #expect(mapping.fieldIndices == [1, 0, nil])
    }
}
