import CSV
import ChiboCore
import Foundation
import SampleData

/// A sample generated into a temporary folder, read back with the project's CSV reader.
struct GeneratedSample: Sendable {
    /// The folder the files are in.
    let directory: String
    /// What the generator reported.
    let summary: SampleSummary
    // The shared sample is read once and its folder removed, so that tests neither
    // reread big files nor leave them behind.
    private var tables: [Entity: Table] = [:]
    private var contents: [Entity: [UInt8]] = [:]

    /// Generates `configuration` into a fresh temporary folder.
    init(_ configuration: SampleConfiguration) throws {
        directory =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("chibo-sample-test-" + UUID().uuidString).path
        summary = try SampleGenerator(configuration: configuration).write(to: directory)
    }

    /// The scale-1 sample the structural tests share (generated once per test run).
    static let standard: GeneratedSample = {
        do {
            var sample = try GeneratedSample(
                SampleConfiguration(seed: 2016, scale: 1, firstYear: 2018, lastYear: 2020))
            for entity in Entity.allCases {
                sample.tables[entity] = try sample.table(entity)
                sample.contents[entity] = try sample.bytes(of: entity)
            }
            sample.remove()
            return sample
        } catch {
            fatalError("cannot generate the shared sample: \(error)")
        }
    }()

    /// The raw bytes of a file.
    func bytes(of entity: Entity) throws -> [UInt8] {
        if let bytes = contents[entity] { return bytes }
        return Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/" + entity.fileName)))
    }

    /// The file as a table of strings.
    func table(_ entity: Entity) throws -> Table {
        if let table = tables[entity] { return table }
        let reader = try CSVReader(path: directory + "/" + entity.fileName, fileName: entity.fileName)
        guard let header = try reader.nextRow() else { return Table(header: [], rows: []) }
        let names = header.strings
        var rows: [Table.Row] = []
        while let row = try reader.nextRow() {
            rows.append(Table.Row(line: row.line, fields: row.strings))
        }
        return Table(header: names, rows: rows)
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }
}

/// A CSV file read into strings, for tests.
struct Table: Sendable {
    /// One record and the physical line it starts on.
    struct Row: Sendable {
        let line: Int
        let fields: [String]
    }

    let header: [String]
    let rows: [Row]

    /// The index of the column named `name` (a Vietnamese header of the sample).
    func column(_ name: String) -> Int {
        guard let index = header.firstIndex(of: name) else { fatalError("no column \(name) in \(header)") }
        return index
    }

    /// The values of column `name`, row by row.
    func values(_ name: String) -> [String] {
        let index = column(name)
        return rows.map { index < $0.fields.count ? $0.fields[index] : "" }
    }
}

/// Parses the `dd/mm/yyyy` and `d/m/yyyy` dates the sample writes; nil for anything else.
func parseDate(_ text: String) -> Day? {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count),
        (1...2).contains(parts[1].count),
        let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
    else { return nil }
    return Day(year: year, month: month, day: day)
}
