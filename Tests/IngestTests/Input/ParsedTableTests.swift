import ChiboCore
import Testing

@testable import Ingest

@Suite struct ParsedTableTests {
    /// trainings.csv (member_id, date, course) with the given rows, read at lines 2, 3, …
    static func trainings(_ rows: [[String]]) throws -> ParsedTable {
        var table = try ParsedTable(entity: .trainings, file: nil)
        for (index, fields) in rows.enumerated() {
            table.rows.append(line: index + 2, fields: fields, raws: fields, errors: [], warnings: [])
        }
        return table
    }

    @Test func firstRowOwnsItsKeyAndLaterOnesAreDuplicates() throws {
        var table = try Self.trainings([
            ["M2", "2020-01-01", "A"], ["M1", "2020-01-01", "A"], ["", "2020-01-01", "A"],
            ["M2", "2020-02-01", "B"], ["", "2020-03-01", "C"], ["M1", "2020-01-01", "A"],
        ])
        let owners = table.claimKeys(column: 0, code: .idDuplicate)
        #expect(owners["M2"] == 0 && owners["M1"] == 1 && owners["M3"] == nil && owners[""] == nil)
        #expect(owners.ownerRows == [0, 1])
        // Empty keys are never duplicates.
        #expect(table.rows.map(\.isRejected) == [false, false, false, true, false, true])
        #expect(table.diagnostics().map(\.line) == [5, 7])
        #expect(table.diagnostics().allSatisfy { $0.code == ProblemCode.idDuplicate.rawValue })
    }

    @Test func compositeKeysClaimTheCombination() throws {
        var table = try Self.trainings([
            ["M1", "2020-01-01", "A"], ["M1", "2020-02-01", "A"], ["M1", "2020-01-01", "B"],
            ["M1", "", "A"], ["M1", "", "A"],
        ])
        table.claimKeys(columns: [0, 1], code: .ratingDuplicate)
        #expect(table.rows.map(\.isRejected) == [false, false, true, false, false])
        #expect(table.diagnostics().map(\.value) == ["M1,2020-01-01"])
    }

    @Test func acceptedKeysLeaveOutRejectedRows() throws {
        var table = try Self.trainings([["M1", "2020-01-01", "A"], ["M2", "2020-01-01", "B"]])
        table.reject(1, .valueRequired, column: 2)
        let courses = table.acceptedKeys { [rows = table.rows] row in rows.field(row, 2) }
        #expect(courses["M1"] == "A" && courses["M2"] == nil && courses["M3"] == nil)
        #expect(courses.mapTargets { $0 == "A" ? 1 : nil }["M1"] == 1)
    }

    @Test func sortsAcceptedRowsBytewiseColumnByColumn() throws {
        var table = try Self.trainings([
            ["M2", "2020-01-01", "B"], ["M10", "2020-01-01", "A"], ["M1", "2020-02-01", "A"],
            ["M1", "2020-01-01", "Á"], ["M1", "2020-01-01", "B"], ["M0", "2020-01-01", "A"],
            ["M1", "2020-01-01", ""],
        ])
        table.reject(5, .valueRequired, column: 2)
        // Ties on member_id are broken by date, then course ("" < "B" < "Á" bytewise).
        #expect(table.sortedAcceptedRowIndices() == [6, 4, 3, 2, 1, 0])
        #expect(table.sortedAcceptedFields().first == ["M1", "2020-01-01", ""])
    }

    @Test func sortsDistinctKeysByTheFirstColumnAlone() throws {
        let table = try Self.trainings([["B", "", ""], ["A1", "", ""], ["A", "", ""], ["Ă", "", ""]])
        #expect(table.sortedAcceptedRowIndices() == [2, 1, 0, 3])
    }
}
