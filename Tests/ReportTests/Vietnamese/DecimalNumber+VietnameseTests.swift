import ChiboCore
import Testing

@testable import Report

@Suite struct DecimalNumberVietnameseTests {
    @Test(arguments: [
        ("84.5", "84,5"), ("2300", "2.300"), ("-3", "-3"), ("-0.5", "-0,5"), ("1234567.25", "1.234.567,25"),
        ("100", "100"), ("0", "0"), ("91.27", "91,27"), ("75.1234567", "75,1234567"),
    ])
    func writesTheVietnameseForm(text: String, vietnamese: String) throws {
        #expect(try #require(DecimalNumber(text)).vietnamese == vietnamese)
    }

    @Test func differencesCarryTheirSign() throws {
        // 96.67 − 100 = −3.33 exactly, no binary floating point involved.
        let delta = try #require(DecimalNumber("96.67")) - #require(DecimalNumber("100"))
        #expect(delta.signedVietnamese == "-3,33")
        #expect((DecimalNumber(20) - DecimalNumber(8)).signedVietnamese == "+12")
        #expect((DecimalNumber(8) - DecimalNumber(8)).signedVietnamese == "0")
    }
}

@Suite struct PercentageTests {
    @Test(arguments: [
        ("92.1", "92,10%"), ("93.09", "93,09%"), ("95", "95,00%"), ("0", "0,00%"), ("100", "100,00%"),
        ("1234.5", "1.234,50%"),
        // More than two decimals never reach indicators.csv; they would round half up.
        ("75.125", "75,13%"), ("75.1249", "75,12%"),
    ])
    func percentagesAlwaysHaveTwoDecimals(text: String, percent: String) throws {
        #expect(try #require(DecimalNumber(text)).vietnamesePercent == percent)
    }

    @Test(arguments: [("3.33", "+3,33"), ("-0.5", "-0,50"), ("0", "0,00"), ("10", "+10,00")])
    func differencesOfPercentagesHaveTwoDecimalsAndASign(text: String, signed: String) throws {
        #expect(try #require(DecimalNumber(text)).signedVietnameseTwoDecimals == signed)
    }

    @Test func targetsKeepEveryDecimalTheyWereWrittenWith() throws {
        #expect(try #require(DecimalNumber("75")).vietnameseAtLeastTwoDecimals == "75,00")
        #expect(try #require(DecimalNumber("75.1234567")).vietnameseAtLeastTwoDecimals == "75,1234567")
    }

    @Test func aRowPrintsRatiosWithTwoDecimalsAndCountsWithout() {
        let ratio = TargetSummaryTests.row("village_head_member_ratio", "as_of", "92.1", target: ">=75")
        #expect(ratio.valueText == "92,10%")
        #expect(ratio.targetText == "≥ 75,00%")
        let count = TargetSummaryTests.row("admissions", "2017", "2300", target: ">=2300")
        #expect(count.valueText == "2.300")
        #expect(count.targetText == "≥ 2.300")
        let previous = TargetSummaryTests.row("village_head_member_ratio", "as_of", "93")
        #expect(ratio.differenceText(from: previous) == "-0,90")
    }
}
