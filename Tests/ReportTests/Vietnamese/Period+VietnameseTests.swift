import ChiboCore
import Testing

@testable import Report

@Suite struct PeriodVietnameseTests {
    private let asOf = Day(year: 2018, month: 6, day: 30)!

    @Test(arguments: [
        ("2017", "Năm 2017"),
        ("2018-01-01..2018-06-30", "01/01-30/06/2018"),
        ("2016-03-01..2016-12-31", "01/03-31/12/2016"),
        ("as_of", "Tại 30/06/2018"),
        ("term", "Cả nhiệm kỳ"),
    ])
    func labels(text: String, label: String) throws {
        #expect(try #require(Period(text)).label(asOf: asOf) == label)
    }
}
