import CSV
import ChiboCore
import Foundation
import Testing

@testable import Indicators

/// Normalized files built in a test: rows are given as `column: value` pairs (missing
/// columns are empty), written to a fresh temporary directory and run through the library.
struct NormalizedFixture {
    var rows: [Entity: [[String: String]]] = [:]

    /// The province P with three districts D1, D2, D3 (D3 stays empty) and, below them,
    /// C1 (a grassroots cell of D1), G2 (a grassroots committee of D2) and its cell C2.
    static func standard() -> NormalizedFixture {
        var fixture = NormalizedFixture()
        fixture.organization("P", level: "province", parent: "")
        fixture.organization("D1", level: "district", parent: "P")
        fixture.organization("D2", level: "district", parent: "P")
        fixture.organization("D3", level: "district", parent: "P")
        fixture.organization("C1", level: "grassroots_cell", parent: "D1")
        fixture.organization("G2", level: "grassroots_committee", parent: "D2")
        fixture.organization("C2", level: "cell", parent: "G2")
        return fixture
    }

    mutating func add(_ entity: Entity, _ row: [String: String]) {
        for key in row.keys { precondition(entity.columns.contains(key), "no column \(key) in \(entity)") }
        rows[entity, default: []].append(row)
    }

    mutating func organization(_ id: String, level: String, parent: String, _ extra: [String: String] = [:]) {
        var row = ["org_id": id, "name": "Tổ chức \(id)", "parent_id": parent, "level": level]
        row.merge(extra) { $1 }
        add(.organizations, row)
    }

    mutating func member(_ id: String, org: String, admitted: String, _ extra: [String: String] = [:]) {
        var row = [
            "member_id": id, "full_name": "Người \(id)", "birth_date": "1980-01-01", "org_id": org,
            "admitted_on": admitted, "official_on": "2000-01-01",
        ]
        if admitted >= "2000-01-01" { row["official_on"] = "" }
        row.merge(extra) { $1 }
        add(.members, row)
    }

    mutating func meeting(
        _ id: String, org: String, date: String, kind: String = "periodic", _ extra: [String: String] = [:]
    ) {
        var row = ["meeting_id": id, "org_id": org, "date": date, "kind": kind]
        row.merge(extra) { $1 }
        add(.meetings, row)
    }

    mutating func attendance(_ meeting: String, _ member: String, _ status: String) {
        add(.attendance, ["meeting_id": meeting, "member_id": member, "status": status])
    }

    /// The CSV text of one entity's file, its rows shuffled when `isShuffled`; otherwise
    /// meetings and attendance are sorted by key as ingest writes them (the contract), so
    /// that the indicators read them side by side, and the other files keep the test's order.
    func text(of entity: Entity, isShuffled: Bool, generator: inout SeededGenerator) -> String {
        let writer = CSVWriter()
        var records = (rows[entity] ?? []).map { row in entity.columns.map { row[$0] ?? "" } }
        if isShuffled {
            records.shuffle(using: &generator)
        } else if entity == .meetings || entity == .attendance {
            records.sort {
                $0.lexicographicallyPrecedes($1) { Array($0.utf8).lexicographicallyPrecedes($1.utf8) }
            }
        }
        return writer.record(entity.columns) + records.map { writer.record($0) }.joined()
    }

    /// Writes every file (but `omitted`) into a new temporary directory and returns its path.
    func write(shuffleSeed: UInt64? = nil, omitting omitted: Set<Entity> = []) throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("chibo-indicators-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var generator = SeededGenerator(seed: shuffleSeed ?? 0)
        for entity in Entity.allCases where !omitted.contains(entity) {
            let text = self.text(of: entity, isShuffled: shuffleSeed != nil, generator: &generator)
            try text.write(toFile: directory + "/" + entity.fileName, atomically: true, encoding: .utf8)
        }
        // The record ingest writes beside the tables; the digest stands for the fixture.
        let record = IngestRecord(
            inputSHA256: String(repeating: "ab", count: 32), dataUntil: Day(iso: "2018-06-05"))
        try Data(record.file.bytes).write(to: URL(fileURLWithPath: directory + "/" + IngestRecord.fileName))
        return directory
    }

    /// Runs the library on the fixture.
    func compute(quarter: String, termStart: String, deadline: Int = 10) throws -> IndicatorsResult {
        let directory = try write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let window = try ReviewWindow(quarter: quarter, termStart: Day(iso: termStart)!)
        let output = try IndicatorsStage.compute(
            normalizedDirectory: directory, window: window, meetingDeadlineDay: deadline)
        return IndicatorsResult(output: output)
    }
}

/// The output of a fixture run, with lookups by indicator, unit and period.
struct IndicatorsResult {
    var output: IndicatorsStage.Output

    /// The rows as written to indicators.csv.
    var rows: [WrittenRow] { output.rows.map(WrittenRow.init) }

    func rows(_ code: IndicatorCode) -> [WrittenRow] { rows.filter { $0.indicator == code.rawValue } }

    func row(_ code: IndicatorCode, _ unit: String, _ period: String) -> WrittenRow? {
        rows.first { $0.indicator == code.rawValue && $0.unitID == unit && $0.period == period }
    }

    /// `numerator/denominator=value` of a row, or "missing".
    func cell(_ code: IndicatorCode, _ unit: String, _ period: String) -> String {
        guard let row = row(code, unit, period) else { return "missing" }
        return row.denominator.isEmpty && row.value == row.numerator && !code.definition.isRatio
            ? row.numerator : "\(row.numerator)/\(row.denominator)=\(row.value)"
    }
}

/// An indicators.csv row as written: every field as its text, so tests compare what a
/// reader of the file sees.
struct WrittenRow: Equatable {
    var indicator, scope, unitID, unitName, period, numerator, denominator, value, target, status: String

    init(_ row: IndicatorRow) {
        let fields = row.fields
        (indicator, scope, unitID, unitName, period) = (fields[0], fields[1], fields[2], fields[3], fields[4])
        (numerator, denominator, value, target, status) = (
            fields[5], fields[6], fields[7], fields[8], fields[9]
        )
    }
}

/// A deterministic generator (SplitMix64) so that shuffles are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
