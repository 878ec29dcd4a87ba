import Testing

@testable import ChiboCore

@Suite struct DecimalNumberTests {
    @Test(arguments: [
        ("84.5", "84.5"), ("2300", "2300"), ("-3", "-3"), ("-0.5", "-0.5"), ("1234567.25", "1234567.25"),
        ("100", "100"), ("0", "0"), ("91.27", "91.27"), ("007.50", "7.5"), ("-0", "0"), ("-0.000", "0"),
        // No limit on digits: a target of 75.1234567 passes every stage.
        ("75.1234567", "75.1234567"), ("123456789012345678901234.5", "123456789012345678901234.5"),
    ])
    func parsesThePlainFormAndWritesItNormalized(text: String, plain: String) throws {
        #expect(try #require(DecimalNumber(text)).plain == plain)
    }

    @Test(arguments: ["", "-", "1.", ".5", "1,5", "12a", "+3", " 1", "1.2.3", "--1", "1e5"])
    func rejectsWhatIsNotAPlainDecimal(text: String) {
        #expect(DecimalNumber(text) == nil)
    }

    @Test(arguments: [
        "84.5", "2300", "-3", "-0.5", "007.50", "-0", "-0.000", "75.1234567", "", "-", "1.", ".5", "1,5",
        "12a",
        "+3", " 1", "1.2.3", "--1", "1e5", "١٢", "123456789012345678901234.5",
    ])
    func readsAStringAsItReadsTheSameTextInAnyOtherForm(text: String) {
        // A string is read from its bytes; a substring of a longer text by the general path.
        let longer = "<" + text + ">"
        let inside = longer.dropFirst().dropLast()
        #expect(DecimalNumber(text) == DecimalNumber(inside))
        #expect(DecimalNumber(text)?.plain == DecimalNumber(inside)?.plain)
    }

    @Test(arguments: [
        (5, "0.05"), (50, "0.5"), (105, "1.05"), (100, "1"), (9127, "91.27"), (0, "0"), (-250, "-2.5"),
    ])
    func writesHundredthsWithoutTrailingZeros(hundredths: Int, printed: String) {
        #expect(DecimalNumber(hundredths: hundredths).plain == printed)
    }

    @Test(arguments: [
        ("84.5", "84.505"), ("84.505", "84.51"), ("-1", "0"), ("-2", "-1.5"), ("99.99", "100"),
        ("75", "75.1234567"), ("9", "10"), ("0.05", "0.5"),
    ])
    func ordersByValue(smaller: String, larger: String) throws {
        let lhs = try #require(DecimalNumber(smaller))
        let rhs = try #require(DecimalNumber(larger))
        #expect(lhs < rhs)
        #expect(!(rhs < lhs))
        #expect(lhs != rhs)
    }

    @Test(arguments: [
        ("96.67", "100", "-3.33"), ("20", "8", "12"), ("8", "8", "0"), ("0.5", "-0.25", "0.75"),
        ("-1.5", "-1.5", "0"), ("-1", "2.125", "-3.125"), ("1000", "0.001", "999.999"),
        ("75.1234567", "75", "0.1234567"),
    ])
    func subtractsExactly(lhs: String, rhs: String, difference: String) throws {
        let result = try #require(DecimalNumber(lhs)) - #require(DecimalNumber(rhs))
        #expect(result.plain == difference)
    }

    @Test func groupsTheIntegerPartWhenAskedTo() throws {
        let number = try #require(DecimalNumber("-1234567.25"))
        #expect(number.formatted(decimalMark: ",", groupSeparator: ".") == "-1.234.567,25")
        #expect(number.formatted(decimalMark: ",") == "-1234567,25")
        #expect(DecimalNumber(2300).formatted(groupSeparator: " ") == "2 300")
    }
}

@Suite struct DecimalNumberFormattingTests {
    @Test(arguments: [
        ("0", ",", ".", "0"), ("2300", ",", ".", "2.300"), ("-1234.5", ",", ".", "-1.234,5"),
        ("123456789", ",", ".", "123.456.789"), ("100", ",", ".", "100"), ("0.25", ",", ".", "0,25"),
        ("-0.5", ".", ",", "-0.5"), ("1000000.125", ".", ",", "1,000,000.125"),
    ])
    func formatsWithMarkAndSeparator(text: String, mark: Character, separator: Character, expected: String)
        throws
    {
        let number = try #require(DecimalNumber(text))
        #expect(number.formatted(decimalMark: mark, groupSeparator: separator) == expected)
    }

    @Test func aMarkOfMoreThanOneByteIsWrittenWhole() throws {
        let number = try #require(DecimalNumber("1234.5"))
        #expect(number.formatted(decimalMark: "·", groupSeparator: "\u{202F}") == "1\u{202F}234·5")
        #expect(number.formatted(decimalMark: "\r\n") == "1234\r\n5")
        #expect(number.formatted() == "1234.5")
    }
}
