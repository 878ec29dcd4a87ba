import ChiboCore
import Testing

@testable import Ingest

/// The normalizer remembers what each value as read of a column came to: a value repeated on
/// later rows must draw the same value and the same problems on every row as on the first.
@Suite struct RowNormalizerTests {
    @Test func aRepeatedValueDrawsItsProblemsOnEveryRow() throws {
        let fixture = try IngestFixture([
            .members: RowRuleTests.members(
                "M3,NguyÔn V¨n An,1980-01-01,,,C1,,2010-05-01,,,,,,,,",
                "M4,NguyÔn V¨n An,1981-01-01,,,C1,,2010-05-01,,,,,,,,",
                "M5,NguyÔn V¨n An,1980-02-31,,,C1,,2010-05-01,,,,,,,,",
                "M6,Lê Văn B,1980-02-31,,,C1,,2010-05-01,,,,,,,,",
                "M7,Lê Văn B,1982-01-01,,,C1,,2010-05-01,,,,,,Bí thư; Trưởng thôn,,",
                "M8,Lê Văn C,1983-01-01,,,C1,,2010-05-01,,,,,,Bí thư; Trưởng thôn,,")
        ])
        defer { fixture.remove() }
        let result = try fixture.compute()
        let diagnostics = result.sortedDiagnostics.filter { $0.file == "members.csv" }
        #expect(
            diagnostics.map { "\($0.line):\($0.columnName):\($0.code):\($0.value)" } == [
                "1:full_name:text.legacy_encoding:TCVN3",
                "4:full_name:text.legacy_font:NguyÔn V¨n An",
                "5:full_name:text.legacy_font:NguyÔn V¨n An",
                "6:birth_date:date.invalid:1980-02-31",
                "7:birth_date:date.invalid:1980-02-31",
                "8:roles:role.unknown:Bí thư; Trưởng thôn",
                "9:roles:role.unknown:Bí thư; Trưởng thôn",
            ])
        // The rejected row's repair counts too: three cells.
        #expect(diagnostics.first?.message.hasSuffix("TCVN3: 3 ô") == true)
        let members = try #require(result.tables.first { $0.entity == .members })
        let name = members.column("full_name")
        let roles = members.column("roles")
        #expect(
            members.rows.map { $0[name] }.suffix(6) == [
                "Nguyễn Văn An", "Nguyễn Văn An", "Nguyễn Văn An", "Lê Văn B", "Lê Văn B", "Lê Văn C",
            ])
        #expect(members.rows.map { $0[roles] }.suffix(2) == ["secretary", "secretary"])
        // Equal values share one number: 2 base members, then 3 names.
        #expect(members.rows.values[name].count == 5)
    }
}
