import Testing

@testable import Ingest

@Suite struct ColumnViewTests {
    /// 300 rows of (id, code, empty): ids take 2 bytes a cell (300 values), codes one (3
    /// values); every field read through the views is the store's.
    @Test func viewsReadTheStoresFields() {
        var store = RowStore(columnCount: 3)
        for index in 0..<300 {
            let fields = ["M\(index)", ["a", "bb", ""][index % 3], ""]
            store.append(line: index + 2, fields: fields, raws: fields, errors: [], warnings: [])
        }
        let read = store.withColumnViews { columns in
            (0..<300).map { row in columns.map { String(decoding: $0.field(row), as: UTF8.self) } }
        }
        #expect(store.withColumnViews { $0.map(\.width) } == [2, 1, 1])
        #expect(
            read[0] == ["M0", "a", ""] && read[256] == ["M256", "bb", ""] && read[299] == ["M299", "", ""])
        #expect(read == (0..<300).map { row in (0..<3).map { store.field(row, $0) } })
        // Numbers numbered by first appearance: M256 is value 256, "bb" value 1.
        #expect(store.withColumnViews { [$0[0].number(256), $0[1].number(256)] } == [256, 1])
    }
}
