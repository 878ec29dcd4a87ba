import ChiboCore
import Testing

@testable import SampleData

@Suite struct SampleGeneratorTests {
    private static let small = SampleConfiguration(seed: 7, scale: 0.4, firstYear: 2019, lastYear: 2020)

    @Test func sameSeedGivesIdenticalBytes() throws {
        let first = try GeneratedSample(SampleGeneratorTests.small)
        let second = try GeneratedSample(SampleGeneratorTests.small)
        defer {
            first.remove()
            second.remove()
        }
        for entity in Entity.allCases {
            #expect(try first.bytes(of: entity) == second.bytes(of: entity), "\(entity.fileName)")
        }
        #expect(first.summary.files == second.summary.files)
    }

    @Test func anotherSeedGivesOtherData() throws {
        var configuration = SampleGeneratorTests.small
        configuration.seed = 8
        let first = try GeneratedSample(SampleGeneratorTests.small)
        let second = try GeneratedSample(configuration)
        defer {
            first.remove()
            second.remove()
        }
        for entity in [Entity.members, .meetings, .attendance, .memberRatings] {
            #expect(try first.bytes(of: entity) != second.bytes(of: entity), "\(entity.fileName)")
        }
        // The targets do not depend on the seed.
        #expect(try first.bytes(of: .targets) == second.bytes(of: .targets))
    }

    @Test func scaleMultipliesTheDistricts() throws {
        // 5 × 0.4 = 2 district units; 5 × 1 = 5 (SampleConfiguration.districtCount).
        #expect(SampleConfiguration(scale: 0.4).districtCount == 2)
        #expect(SampleConfiguration(scale: 1).districtCount == 5)
        #expect(SampleConfiguration(scale: 0.01).districtCount == 1)
        let sample = try GeneratedSample(SampleGeneratorTests.small)
        defer { sample.remove() }
        let organizations = try sample.table(.organizations)
        let parents = organizations.values("Mã tổ chức cấp trên")
        #expect(parents.filter { $0 == "SH" }.count == 2)
    }

    // The headers are the Vietnamese ones of HEADERS.md; the dialects vary as in real exports.
    @Test(arguments: [
        (
            Entity.organizations, true, true, ",",
            "Mã tổ chức,Tên tổ chức,Mã tổ chức cấp trên,Cấp,Loại hình,Mã thôn,Ngày thành lập,Ngày giải thể,"
                + "Có quy chế làm việc,Sinh hoạt ghép,Có nguồn quần chúng,Có kế hoạch kết nạp"
        ),
        (
            .villages, false, true, ";",
            "Mã thôn;Tên thôn, bản, tổ dân phố;Mã đảng bộ xã;Trưởng thôn;Số thẻ đảng viên của trưởng thôn;"
                + "Trưởng thôn là đảng viên;Ngày sáp nhập/giải thể"
        ),
        (
            .members, true, true, ",",
            "STT,Số thẻ đảng viên,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Mã chi bộ,Thôn nơi cư trú,Ngày vào Đảng,"
                + "Ngày chính thức,Ngày ra khỏi danh sách,Lý do ra khỏi danh sách,Miễn sinh hoạt,"
                + "Được phân công nhiệm vụ,Chức vụ đảng,Trình độ chuyên môn,Lý luận chính trị"
        ),
        (
            .meetings, false, false, ",",
            "Mã buổi sinh hoạt,Mã chi bộ,Ngày sinh hoạt,Hình thức,Có nghị quyết/kết luận,"
                + "Xếp loại buổi sinh hoạt,Cấp ủy cấp trên dự"
        ),
        (.attendance, false, false, ",", "Mã buổi sinh hoạt,Số thẻ đảng viên,Tình trạng"),
        (.memberRatings, false, true, ",", "Năm,Số thẻ đảng viên,Mức xếp loại"),
        (.organizationRatings, false, true, ",", "Năm,Mã tổ chức,Kết quả xếp loại"),
        (.trainings, false, true, ",", "Số thẻ đảng viên,Ngày tập huấn,Nội dung"),
        (.inspections, false, false, ",", "Mã chi bộ,Ngày kiểm tra,Đơn vị kiểm tra"),
        (.targets, true, true, ",", "Chỉ tiêu,So sánh,Giá trị,Từ năm,Đến năm,Phạm vi"),
    ])
    func everyFileHasItsHeaderAndDialect(
        entity: Entity, hasByteOrderMark: Bool, usesCRLF: Bool, delimiter: String, header: String
    ) throws {
        let bytes = try GeneratedSample.standard.bytes(of: entity)
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(Array(bytes.prefix(3)) == bom || !hasByteOrderMark)
        #expect((Array(bytes.prefix(3)) == bom) == hasByteOrderMark)
        let text = String(decoding: hasByteOrderMark ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self)
        let lineEnd = usesCRLF ? "\r\n" : "\n"
        #expect(text.hasPrefix(header + lineEnd))
        #expect(text.hasSuffix(lineEnd))
        // CRLF files use CR only before LF; LF files have no CR at all.
        #expect(bytes.contains(0x0D) == usesCRLF)
        let table = try GeneratedSample.standard.table(entity)
        #expect(!table.rows.isEmpty)
        #expect(table.header.joined(separator: delimiter) == header)
    }

    @Test func rejectsYearsThatRunBackwards() {
        let generator = SampleGenerator(configuration: SampleConfiguration(firstYear: 2020, lastYear: 2016))
        #expect(throws: SampleError.self) { try generator.write(to: "/tmp/chibo-sample-never") }
    }

    @Test func cleanSamplesHaveNoDeliberateProblems() throws {
        var configuration = SampleGeneratorTests.small
        configuration.includesDeliberateProblems = false
        let sample = try GeneratedSample(configuration)
        defer { sample.remove() }
        #expect(sample.summary.problems.isEmpty)
        let members = try sample.table(.members)
        let ids = members.values("Số thẻ đảng viên")
        #expect(Set(ids).count == ids.count)
        #expect(members.values("Ngày vào Đảng").allSatisfy { parseDate($0) != nil })
    }
}
