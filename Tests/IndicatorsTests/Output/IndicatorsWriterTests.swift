import CSV
import ChiboCore
import Foundation
import Testing

@testable import Indicators

@Suite struct IndicatorsWriterTests {
    /// Enough rows to be formatted half on each core: read back, every row is there once,
    /// in order.
    @Test func manyRowsAreWrittenInOrder() throws {
        let computed = try IndicatorsStageTests.run(IndicatorsStageTests.combinedFixture(), shuffleSeed: nil)
        var rows: [IndicatorRow] = []
        var copy = 0
        while rows.count < 1 << 16 {
            // Each copy's rows are told apart by their numerators.
            rows += computed.rows.map { row in
                var row = row
                row.numerator = (row.numerator ?? 0) + copy
                return row
            }
            copy += 1
        }
        let reader = try CSVReader(bytes: IndicatorsWriter.text(of: rows), fileName: "indicators.csv")
        #expect(try reader.nextRow()?.strings == IndicatorRow.columns)
        var index = 0
        while let record = try reader.nextRow() {
            #expect(record.strings == rows[index].fields, "row \(index)")
            index += 1
        }
        #expect(index == rows.count)
    }
}
