import Testing

@testable import Report

@Suite struct FixedDecimalTests {
    @Test(arguments: [
        ("84.5", "84.5", "84,5"),
        ("2300", "2300", "2.300"),
        ("-3", "-3", "-3"),
        ("-0.5", "-0.5", "-0,5"),
        ("1234567.25", "1234567.25", "1.234.567,25"),
        ("100", "100", "100"),
        ("0", "0", "0"),
        ("91.27", "91.27", "91,27"),
    ])
    func formats(text: String, plain: String, vietnamese: String) throws {
        let number = try #require(FixedDecimal(text))
        #expect(number.plain == plain)
        #expect(number.vietnamese == vietnamese)
    }

    @Test(arguments: ["", "-", "1.", ".5", "1,5", "12a", "1.2345678", "+3", " 1"])
    func rejectsWhatIsNotAPlainDecimal(text: String) {
        #expect(FixedDecimal(text) == nil)
    }

    @Test func differencesAreExact() throws {
        // 96.67 − 100 = −3.33 exactly, no binary floating point involved.
        let delta = try #require(FixedDecimal("96.67")) - #require(FixedDecimal("100"))
        #expect(delta.signedVietnamese == "-3,33")
        #expect((FixedDecimal(20) - FixedDecimal(8)).signedVietnamese == "+12")
        #expect((FixedDecimal(8) - FixedDecimal(8)).signedVietnamese == "0")
    }
}
