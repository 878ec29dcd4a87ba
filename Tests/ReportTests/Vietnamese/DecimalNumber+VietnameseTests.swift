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
