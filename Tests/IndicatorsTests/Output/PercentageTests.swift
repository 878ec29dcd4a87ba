import ChiboCore
import Testing

@testable import Indicators

@Suite struct PercentageTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var numerator: Int
        var denominator: Int
        var printed: String
        var testDescription: String { "\(numerator)/\(denominator) → \(printed)" }
    }

    @Test(arguments: [
        Case(numerator: 2, denominator: 3, printed: "66.67"),  // 66.666… rounds up
        Case(numerator: 1, denominator: 3, printed: "33.33"),  // 33.333… rounds down
        Case(numerator: 1, denominator: 8, printed: "12.5"),  // 12.50, trailing zero dropped
        Case(numerator: 1, denominator: 200, printed: "0.5"),  // 0.50
        Case(numerator: 1, denominator: 40000, printed: "0"),  // 0.0025 → 0.00
        Case(numerator: 1, denominator: 20000, printed: "0.01"),  // 0.005 → half-up 0.01
        Case(numerator: 3, denominator: 4, printed: "75"),
        Case(numerator: 1, denominator: 16, printed: "6.25"),
        Case(numerator: 1, denominator: 400, printed: "0.25"),
        Case(numerator: 1, denominator: 1600, printed: "0.06"),  // 0.0625 → 0.06
        Case(numerator: 0, denominator: 7, printed: "0"),
        Case(numerator: 7, denominator: 7, printed: "100"),
        Case(numerator: 1, denominator: 7, printed: "14.29"),  // 14.2857…
        Case(numerator: 169, denominator: 200, printed: "84.5"),
        Case(numerator: 17999, denominator: 20000, printed: "90"),  // 89.995 → 90.00
    ])
    func roundsHalfUpToTwoDecimals(_ example: Case) throws {
        let hundredths = try #require(
            Percentage.hundredths(numerator: example.numerator, denominator: example.denominator))
        #expect(DecimalNumber(hundredths: hundredths).plain == example.printed)
    }

    @Test func zeroDenominatorHasNoValue() {
        #expect(Percentage.hundredths(numerator: 0, denominator: 0) == nil)
    }
}
