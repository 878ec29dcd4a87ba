import Testing

@testable import ChiboCore

@Suite struct QuarterTests {
    @Test func quartersEndOnTheirLastDayAndStepBack() throws {
        let quarter = try #require(Quarter("2018-Q1"))
        #expect(quarter.lastDay == Day(year: 2018, month: 3, day: 31)!)
        #expect(quarter.previous.description == "2017-Q4")
        #expect(Quarter("2018-Q2")!.lastDay == Day(year: 2018, month: 6, day: 30)!)
    }

    @Test(arguments: ["2018-Q5", "18-Q1", "2018-Q0", "2018Q1", "0000-Q1", "2018-q1", ""])
    func rejects(text: String) {
        #expect(Quarter(text) == nil)
    }
}
