import CSV
import ChiboCore
import Foundation
import Testing

@testable import Ingest

/// The same data written in a messy dialect — Vietnamese headers in reverse order, `;`
/// separators, CRLF, a BOM, dd/mm/yyyy and Excel serial dates, Vietnamese labels for
/// codes, `x`/`không` flags, padded ids, doubled spaces in names, `,` decimals —
/// normalizes to the same bytes as its clean form.
@Suite struct MessyDialectTests {
    /// The clean form: the expected normalized files of the ingest-basic fixture.
    static let clean = IngestEndToEndTests.fixture.appendingPathComponent("expected/normalized")

    /// The first Vietnamese label of `code` in `domain`.
    static func label(_ code: String, _ domain: EnumDomain) -> String {
        EnumNormalizer.labels(domain).first { $0.1 == code }?.0 ?? code.uppercased()
    }

    /// `value` of a column of `type` written the messy way; `variant` alternates forms.
    static func messy(_ value: String, _ type: ColumnType, variant: Int) -> String {
        if value.isEmpty { return type == .boolean ? "" : value }
        switch type {
        case .id: return "  " + value + " "
        case .name: return " " + value.replacingOccurrences(of: " ", with: "   ") + "\t"
        case .text: return value + "  "
        case .date:
            let day = Day(iso: value)!
            if variant % 2 == 0 {
                return "\(day.dayOfMonth)/\(day.month)/\(day.year)"
            }
            // The Excel serial: days since 1899-12-30 for dates after 1900-02-28.
            return String(Int(day.number - Day(year: 1899, month: 12, day: 30)!.number)) + ".0"
        case .boolean: return value == "true" ? (variant % 2 == 0 ? "x" : "Có") : "không"
        case .enumeration(let domain):
            if domain == .indicator { return value.uppercased() }
            if domain == .comparator { return value == ">=" ? "≥" : value == "<=" ? "≤" : value }
            return label(value, domain).uppercased()
        case .roles:
            return value.split(separator: ";").map { label(String($0), .partyRole) }.joined(separator: " , ")
        case .year: return " " + value
        case .number:
            return value.contains(".") ? value.replacingOccurrences(of: ".", with: ",") : value + ",00"
        }
    }

    @Test func messyDialectNormalizesToTheCleanBytes() throws {
        let messy = try IngestEndToEndTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: messy) }
        let writer = CSVWriter(delimiter: UInt8(ascii: ";"), lineEnding: [0x0D, 0x0A])
        for entity in Entity.allCases {
            let reader = try CSVReader(path: Self.clean.appendingPathComponent(entity.fileName).path)
            _ = try reader.nextRow()
            let schema = entity.schema
            let order = Array(schema.indices.reversed())
            var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
            writer.appendRecord(
                order.map { schema[$0].aliases.first ?? schema[$0].name.uppercased() }, to: &bytes)
            var variant = 0
            while let row = try reader.nextRow() {
                let values = row.strings
                writer.appendRecord(
                    order.map { Self.messy(values[$0], schema[$0].type, variant: variant) }, to: &bytes)
                variant += 1
            }
            try Data(bytes).write(to: messy.appendingPathComponent(entity.fileName))
        }
        let (output, summaries) = try IngestEndToEndTests.run(input: messy)
        defer { try? FileManager.default.removeItem(at: output) }
        for entity in Entity.allCases {
            let actual = try Data(contentsOf: output.appendingPathComponent("normalized/" + entity.fileName))
            let wanted = try Data(contentsOf: Self.clean.appendingPathComponent(entity.fileName))
            #expect(actual == wanted, "\(entity.fileName):\n\(String(decoding: actual, as: UTF8.self))")
        }
        #expect(summaries.allSatisfy { $0.rowsRejected == 0 })
        #expect(summaries.allSatisfy { $0.delimiter == "semicolon" && $0.encoding == "UTF-8 with BOM" })
    }
}
