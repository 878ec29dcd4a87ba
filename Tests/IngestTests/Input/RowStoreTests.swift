import ChiboCore
import Testing

@testable import Ingest

@Suite struct RowStoreTests {
    static func warning(_ line: Int, _ code: String) -> Diagnostic {
        Diagnostic(severity: .warning, file: "members.csv", line: line, code: code, message: "")
    }

    static func error(_ line: Int, _ code: String) -> Diagnostic {
        Diagnostic(severity: .error, file: "members.csv", line: line, code: code, message: "")
    }

    /// Three rows of (id, date): line 2 clean, line 3 with an error and a warning, line 5 with
    /// a warning.
    static func store() -> RowStore {
        var store = RowStore(columnCount: 2)
        store.append(
            line: 2, fields: ["M1", "1980-02-01"], raws: ["m1", "01/02/1980"], errors: [], warnings: [])
        store.append(
            line: 3, fields: ["M2", ""], raws: ["M2", "31/02/1980"], errors: [error(3, "date.invalid")],
            warnings: [warning(3, "legacy")])
        store.append(
            line: 5, fields: ["M3", "1980-02-01"], raws: ["M3", "1/2/1980"], errors: [], warnings: [])
        store.addWarning(2, warning(5, "short"))
        return store
    }

    @Test func readsFieldsRawValuesAndDates() {
        let store = Self.store()
        #expect(store.count == 3)
        #expect(store.map(\.line) == [2, 3, 5])
        #expect(store.field(0, 0) == "M1" && store.raw(0, 0) == "m1")
        #expect(store.raw(2, 1) == "1/2/1980")
        #expect(store.day(0, 1) == Day(year: 1980, month: 2, day: 1))
        #expect(store.day(1, 1) == nil && store.isEmpty(1, 1) && !store.isEmpty(1, 0))
        // Equal values share one number.
        #expect(store.cell(0, 1) == store.cell(2, 1))
        #expect(store.values[1].count == 2)
    }

    @Test func keepsProblemsByRow() {
        var store = Self.store()
        #expect(store.map(\.isRejected) == [false, true, false])
        #expect(store.rejectedCount == 1 && store.keptWarningCount == 1)
        #expect(store.diagnostics.map(\.code) == ["date.invalid", "short"])
        store.addError(2, Self.error(5, "member.under_18"))
        #expect(store.isRejected(2) && store.rejectedCount == 2 && store.keptWarningCount == 0)
        #expect(store.diagnostics.map(\.code) == ["date.invalid", "member.under_18"])
        store.removeWarnings(1) { $0.code == "legacy" }
        #expect(store.warnings(1).isEmpty && store.errors(1).count == 1)
    }

    /// Lines are kept as their distance from the row index, widened when a record far down
    /// the file (after 300 lines of one record, then 70,000) needs more than a byte.
    @Test func keepsLinesFarApart() {
        var store = RowStore(columnCount: 1)
        for line in [2, 3, 303, 304, 70_304, 70_305] {
            store.append(line: line, fields: ["x"], raws: ["x"], errors: [], warnings: [])
        }
        #expect(store.map(\.line) == [2, 3, 303, 304, 70_304, 70_305])
    }

    @Test func replacesAField() {
        var store = Self.store()
        store.setField(2, 0, "M9")
        #expect(store.field(2, 0) == "M9" && store[2][0] == "M9" && store.raw(2, 0) == "M3")
        #expect(store.field(0, 0) == "M1")
    }
}

@Suite struct NarrowNumbersTests {
    @Test func widensOnlyWhenABiggerNumberComes() {
        var numbers = NarrowNumbers()
        for number: UInt32 in [0, 7, 255] { numbers.append(number) }
        #expect(numbers.width == 1)
        numbers.append(256)
        #expect(numbers.width == 2)
        numbers.append(65_535)
        #expect(numbers.width == 2)
        numbers.append(65_536)
        #expect(numbers.width == 4)
        numbers.append(UInt32.max)
        #expect((0..<numbers.count).map { numbers[$0] } == [0, 7, 255, 256, 65_535, 65_536, UInt32.max])
    }

    @Test func widensWhenANumberIsReplacedByABiggerOne() {
        var numbers = NarrowNumbers()
        for number: UInt32 in [1, 2, 3] { numbers.append(number) }
        numbers[1] = 70_000
        #expect(numbers.width == 4)
        #expect((0..<numbers.count).map { numbers[$0] } == [1, 70_000, 3])
        numbers[2] = 4
        #expect((0..<numbers.count).map { numbers[$0] } == [1, 70_000, 4])
    }
}
