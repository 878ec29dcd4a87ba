import Testing

@testable import ChiboCore

@Suite struct TargetTests {
    @Test(arguments: [
        (">=", "75", 7500, true), (">=", "75", 7499, false), (">", "84", 8400, false),
        (">", "84", 8401, true),
        ("=", "0", 0, true), ("=", "0", 100, false), ("<=", "5", 500, true), ("<", "5", 500, false),
        (">=", "2300", 230_000, true), (">=", "2300", 229_900, false),
        // The printed value is compared: 84.51 > 84.505 and 84.5 < 84.505.
        (">", "84.505", 8451, true), (">=", "84.505", 8450, false), ("=", "84.5", 8450, true),
        (">=", "-1", 0, true), ("=", "0.001", 0, false), (">=", "75.1234567", 7513, true),
        (">=", "75.1234567", 7512, false),
    ])
    func comparesThePrintedValueExactly(comparator: String, value: String, hundredths: Int, isMet: Bool)
        throws
    {
        let target = try #require(Target(comparator + value))
        #expect(target.isMet(by: DecimalNumber(hundredths: hundredths)) == isMet)
        #expect(target.description == comparator + value)
    }

    @Test(arguments: [">= 75", "75", "=>1", ">=", ">=abc", ">=1,5", "≥75"])
    func rejectsWhatIsNotATarget(text: String) {
        #expect(Target(text) == nil)
    }
}
