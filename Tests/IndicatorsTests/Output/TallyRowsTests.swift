import ChiboCore
import Foundation
import Testing

@testable import Indicators

@Suite struct TallyRowsTests {
    /// The tallies of `fixture` and the two texts of indicators.csv: formatted from the
    /// tallies, and from `IndicatorTable`'s rows.
    static func texts(
        _ fixture: NormalizedFixture, quarter: String = "2018-Q2"
    ) throws -> (fromTallies: [UInt8], fromRows: [UInt8], rowCount: Int, tableRowCount: Int) {
        let directory = try fixture.write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let window = try ReviewWindow(quarter: quarter, termStart: Day(iso: "2016-01-01")!)
        let (results, context) = try IndicatorsStage.tallies(
            normalizedDirectory: directory, window: window, meetingDeadlineDay: 10)
        let table = IndicatorTable(results: results, context: context)
        let text = IndicatorsWriter.text(results: results, context: context)
        return (text.bytes, IndicatorsWriter.text(of: table.rows), text.rowCount, table.rows.count)
    }

    /// Targets of every comparator, scope and year range, some with more decimals than a
    /// value has (judged as decimals), negative and zero; units whose names need quotes.
    static func fixtureWithTargets() -> NormalizedFixture {
        var fixture = IndicatorsStageTests.combinedFixture()
        fixture.organization("D,\"quoted\"", level: "district", parent: "P", ["name": " Tên, có \"ngoặc\""])
        let targets: [[String: String]] = [
            ["indicator": "task_assigned_ratio", "comparator": ">=", "value": "66.67", "scope": "province"],
            ["indicator": "task_assigned_ratio", "comparator": "<", "value": "66.666", "scope": "district"],
            [
                "indicator": "admissions", "comparator": ">", "value": "0", "from_year": "2017",
                "to_year": "2017",
            ],
            ["indicator": "admissions", "comparator": "<=", "value": "1.5"],
            ["indicator": "probation_overdue", "comparator": "=", "value": "0"],
            ["indicator": "members_total", "comparator": ">=", "value": "-1"],
            ["indicator": "attendance_rate", "comparator": ">=", "value": "90.001"],
            ["indicator": "attendance_rate", "comparator": "=", "value": "100"],
        ]
        for target in targets { fixture.add(.targets, target) }
        return fixture
    }

    @Test func textFromTalliesIsTheRowsText() throws {
        let texts = try Self.texts(Self.fixtureWithTargets())
        #expect(texts.rowCount == texts.tableRowCount)
        #expect(
            String(decoding: texts.fromTallies, as: UTF8.self)
                == String(decoding: texts.fromRows, as: UTF8.self))
        // The fixture has what the comparison is about.
        let text = String(decoding: texts.fromRows, as: UTF8.self)
        for expected in [",met\n", ",not_met\n", "\"D,\"\"quoted\"\"\"", ">=-1", "<66.666", ",,\n"] {
            #expect(text.contains(expected), "\(expected)")
        }
    }

    @Test func textFromTalliesIsTheRowsTextOnBothCores() throws {
        // Enough districts for more than 2^15 rows: the second half is formatted apart.
        var fixture = Self.fixtureWithTargets()
        for district in 0..<600 { fixture.organization("X\(district)", level: "district", parent: "P") }
        let texts = try Self.texts(fixture)
        #expect(texts.rowCount >= 1 << 15)
        #expect(texts.rowCount == texts.tableRowCount)
        #expect(texts.fromTallies == texts.fromRows)
    }

    @Test func textFromTalliesWithoutTargets() throws {
        let texts = try Self.texts(NormalizedFixture.standard(), quarter: "2016-Q2")
        #expect(texts.rowCount == texts.tableRowCount)
        #expect(texts.fromTallies == texts.fromRows)
    }

    @Test func valuesArePrintedAsDecimalNumbers() {
        for hundredths in Array(-1_234...1_234) + [99_999_999, 100_000_000, -100_000_001, Int.max / 1000] {
            var bytes: [UInt8] = []
            TallyRows.appendValue(hundredths: hundredths, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == DecimalNumber(hundredths: hundredths).plain)
        }
        for value in [0, 7, -7, 10, 1_000_000, Int.max, Int.min] {
            var bytes: [UInt8] = []
            TallyRows.appendDigits(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(value))
        }
    }

    @Test func targetsJudgeValuesAsDecimalNumbers() throws {
        let values = [
            "0", "-0.5", "1", "1.5", "66.67", "66.666", "66.665", "100", "-1", "0.001", "12345678901234567",
        ]
        for comparator in Comparator.allCases {
            for value in values {
                let target = Target(comparator: comparator, value: try #require(DecimalNumber(value)))
                let printed = TallyRows.PrintedTarget(
                    field: [], target: target, hundredths: TallyRows.hundredths(of: target.value))
                for hundredths in [-150, -100, -1, 0, 1, 99, 100, 150, 6_666, 6_667, 6_668, 10_000] {
                    #expect(
                        TallyRows.isMet(hundredths, printed)
                            == target.isMet(by: DecimalNumber(hundredths: hundredths)),
                        "\(hundredths) \(comparator.rawValue)\(value)")
                }
            }
        }
        #expect(TallyRows.hundredths(of: DecimalNumber("66.67")!) == 6_667)
        #expect(TallyRows.hundredths(of: DecimalNumber("-1.5")!) == -150)
        #expect(TallyRows.hundredths(of: DecimalNumber("66.666")!) == nil)
        #expect(TallyRows.hundredths(of: DecimalNumber("12345678901234567")!) == nil)
    }
}
