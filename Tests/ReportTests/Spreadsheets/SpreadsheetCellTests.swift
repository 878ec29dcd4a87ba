import ChiboCore
import Testing

@testable import Report

@Suite struct SpreadsheetCellTests {
    @Test(
        "formula triggers are neutralized, numbers and plain text are not",
        arguments: [
            ("=SUM(A1)", "'=SUM(A1)"),
            ("+1", "'+1"),
            ("-x", "'-x"),
            ("@cmd", "'@cmd"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("\r\nx", "'\r\nx"),
            ("-3", "-3"),
            ("-0.5", "-0.5"),
            ("Hà Nội", "Hà Nội"),
            (">=75", ">=75"),
            ("", ""),
        ])
    func neutralizes(text: String, expected: String) {
        #expect(SpreadsheetCell.neutralized(text) == expected)
    }

    @Test func numbersTakeTheDialectsDecimalMark() throws {
        let cell = SpreadsheetCell.number(try #require(DecimalNumber("-84.5")))
        #expect(cell.field(in: .international) == "-84.5")
        #expect(cell.field(in: .vietnamese) == "-84,5")
        #expect(SpreadsheetCell.text("=1+1").field(in: .vietnamese) == "'=1+1")
    }
}
