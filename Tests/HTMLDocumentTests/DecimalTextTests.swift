import Testing

@testable import HTMLDocument

@Suite struct DecimalTextTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var units: Int64
        var scale: Int
        var minimumFractionDigits: Int
        var expected: String
        var testDescription: String { expected }
    }

    @Test(arguments: [
        Case(units: 84_500_000, scale: 6, minimumFractionDigits: 2, expected: "84,50"),
        Case(units: 84_500_000, scale: 6, minimumFractionDigits: 0, expected: "84,5"),
        Case(units: 2_300, scale: 0, minimumFractionDigits: 0, expected: "2.300"),
        Case(units: 1_234_567, scale: 0, minimumFractionDigits: 0, expected: "1.234.567"),
        Case(units: -1_234_500, scale: 3, minimumFractionDigits: 0, expected: "-1.234,5"),
        Case(units: 100, scale: 2, minimumFractionDigits: 2, expected: "1,00"),
        Case(units: 5, scale: 2, minimumFractionDigits: 0, expected: "0,05"),
        Case(units: 0, scale: 2, minimumFractionDigits: 2, expected: "0,00"),
        Case(units: 999, scale: 0, minimumFractionDigits: 0, expected: "999"),
        Case(units: -0, scale: 6, minimumFractionDigits: 0, expected: "0"),
    ])
    func writesTheVietnameseForm(_ testCase: Case) {
        let text = DecimalText.vietnamese(
            units: testCase.units, scale: testCase.scale,
            minimumFractionDigits: testCase.minimumFractionDigits)
        #expect(text == testCase.expected)
    }

    @Test func roundsDoublesHalfAwayFromZero() {
        #expect(DecimalText.vietnamese(12.5, fractionDigits: 0) == "13")
        #expect(DecimalText.vietnamese(-12.5, fractionDigits: 0) == "-13")
        #expect(DecimalText.vietnamese(2.25, fractionDigits: 1) == "2,3")
        #expect(DecimalText.vietnamese(2_300, fractionDigits: 2) == "2.300,00")
        #expect(DecimalText.vietnamese(Double.nan, fractionDigits: 0) == "0")
    }

    @Test func writesCoordinatesWithAPointAndOneDecimal() {
        #expect(DecimalText.coordinate(12.34) == "12.3")
        #expect(DecimalText.coordinate(12.36) == "12.4")
        #expect(DecimalText.coordinate(1234) == "1234")
        #expect(DecimalText.coordinate(-0.04) == "0")
        #expect(DecimalText.coordinate(-3.25) == "-3.3")
    }
}
