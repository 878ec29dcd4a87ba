import ChiboCore
import Testing

@testable import Ingest

/// Legacy-font cells in members.csv: a repair is a warning with the original value plus one notice per
/// file, column and encoding with the count; a cell that may be legacy text but reads no better
/// converted is kept as read and reported as suspected.
@Suite struct LegacyFontRuleTests {
    @Test func repairsAndSuspicionsAreReportedPerCell() throws {
        let fixture = try IngestFixture([
            .members: RowRuleTests.members(
                "M3,Y Bhin K®¨m,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
                "M4,NguyÔn V¨n An,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
                "M5,Y K®¨x®q,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
                "M6,José Peña,1980-01-01,,,C1,,2010-05-01,,,,,,,,")
        ])
        defer { fixture.remove() }
        let diagnostics = try fixture.compute().sortedDiagnostics.filter { $0.file == "members.csv" }
        let legacy = diagnostics.filter { $0.code.hasPrefix("text.legacy") }
        #expect(
            legacy.map { "\($0.line):\($0.code):\($0.severity):\($0.value)" } == [
                "1:text.legacy_encoding:notice:TCVN3",
                "4:text.legacy_font:warning:Y Bhin K®¨m",
                "5:text.legacy_font:warning:NguyÔn V¨n An",
                "6:text.legacy_font_suspected:warning:Y K®¨x®q",
            ])
        #expect(legacy.first?.message.hasSuffix("TCVN3: 2 ô") == true)
        #expect(legacy.last?.message.contains("phông chữ cũ") == true)
    }

    /// `Y Jót Knul` reads nearly as well as it stands as in TCVN3 (Y Jút Knul): alone it is kept and
    /// reported as suspected, in a file whose other names are TCVN3 it is repaired (and no longer
    /// suspected), whatever the order of the rows.
    @Test(arguments: [false, true])
    func aFileTypedInOneFontDecidesTies(isReversed: Bool) throws {
        let ambiguous = "M3,Y Jót Knul,1980-01-01,,,C1,,2010-05-01,,,,,,,,"
        let alone = try RowRuleTests.problems(.members, [.members: RowRuleTests.members(ambiguous)])
        #expect(alone.map(\.description) == ["4:full_name:text.legacy_font_suspected"])
        var rows = [
            ambiguous,
            "M4,NguyÔn V¨n An,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
            "M5,TrÇn ThÞ B×nh,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
            "M6,Y Bhin K®¨m,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
        ]
        if isReversed { rows.reverse() }
        let fixture = try IngestFixture([.members: RowRuleTests.members(rows[0], rows[1], rows[2], rows[3])])
        defer { fixture.remove() }
        let result = try fixture.compute()
        let diagnostics = result.sortedDiagnostics.filter { $0.file == "members.csv" }
        let ambiguousLine = isReversed ? 7 : 4
        #expect(
            diagnostics.contains {
                $0.line == ambiguousLine && $0.code == "text.legacy_font" && $0.value == "Y Jót Knul"
            })
        #expect(!diagnostics.contains { $0.code == "text.legacy_font_suspected" })
        #expect(
            diagnostics.first { $0.code == "text.legacy_encoding" }?.message.hasSuffix("TCVN3: 4 ô") == true)
        let members = try #require(result.tables.first { $0.entity == .members })
        let names = members.rows.map { $0[members.column("full_name")] }
        #expect(names.contains("Y Jút Knul"))
    }

    /// Look-alikes, cells that read as a name both as they stand and converted (VNI `Y Tôr` is
    /// Y Tơr, `A Hrông` A Hrơng), are kept as read with a warning that carries the value as read;
    /// they are not counted in the notice of repaired cells, and a genuine `Hoàng` or `Krông` is not
    /// suspected.
    @Test func lookAlikesAreKeptAndReportedWithTheirValue() throws {
        let fixture = try IngestFixture([
            .members: RowRuleTests.members(
                "M3,Y Tôr,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
                "M4,A Hrông,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
                "M5,Nguyeãn Vaên An,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
                "M6,Hoàng Lìu,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
                "M7,Y Bih Bkrông,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
                "M8,Lê Thị Hồng,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
                "M9,Trần Văn Bình,1980-01-01,,,C1,,2010-05-01,,,,,,,,")
        ])
        defer { fixture.remove() }
        let result = try fixture.compute()
        let legacy = result.sortedDiagnostics.filter {
            $0.file == "members.csv" && $0.code.hasPrefix("text.legacy")
        }
        #expect(
            legacy.map { "\($0.line):\($0.code):\($0.severity):\($0.value)" } == [
                "1:text.legacy_encoding:notice:VNI",
                "4:text.legacy_font_suspected:warning:Y Tôr",
                "5:text.legacy_font_suspected:warning:A Hrông",
                "6:text.legacy_font:warning:Nguyeãn Vaên An",
            ])
        #expect(legacy.first?.message.hasSuffix("VNI: 1 ô") == true)
        let members = try #require(result.tables.first { $0.entity == .members })
        let names = members.rows.map { $0[members.column("full_name")] }
        #expect(names.contains("Y Tôr") && names.contains("A Hrông") && names.contains("Nguyễn Văn An"))
    }

    /// A Unicode file with a few TCVN3 rows is not a file typed in TCVN3: its three legacy names are
    /// repaired one by one, and `Y Jót Knul`, which reads as well as it stands, is kept as read.
    @Test func aUnicodeFileWithSomeLegacyRowsKeepsItsTies() throws {
        let fixture = try IngestFixture([
            .members: RowRuleTests.members(
                "M3,Y Jót Knul,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
                "M4,NguyÔn V¨n An,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
                "M5,TrÇn ThÞ B×nh,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
                "M6,Y Bhin K®¨m,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
                "M7,Nguyễn Văn Hùng,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
                "M8,Trần Thị Hồng,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
                "M9,Lê Đức Thọ,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
                "M10,Phạm Ngọc Ánh,1980-01-01,,,C1,,2010-05-01,,,,,,,,")
        ])
        defer { fixture.remove() }
        let result = try fixture.compute()
        let repairs = result.sortedDiagnostics.filter {
            $0.file == "members.csv" && $0.code == "text.legacy_font"
        }
        #expect(repairs.map(\.line) == [5, 6, 7])
        let members = try #require(result.tables.first { $0.entity == .members })
        let names = members.rows.map { $0[members.column("full_name")] }
        #expect(names.contains("Y Jót Knul"))
        #expect(names.contains("Nguyễn Văn An") && names.contains("Trần Thị Bình"))
    }

    @Test(arguments: [
        ("Nguyễn Văn An", true), ("Lê Đức", true), ("Phạm Ơn", true), ("Krông Nô", false),
        ("NguyÔn V¨n An", false), ("José Peña", false),
    ])
    func unicodeVietnameseLettersAreThoseOutsideLatin1(text: String, isVietnamese: Bool) {
        #expect(RowNormalizer.hasUnicodeVietnameseLetter(text) == isVietnamese)
    }
}
