import ChiboCore
import Testing

@testable import Indicators

@Suite struct TargetTests {
    @Test(arguments: [
        (">=", "75", 7500, true), (">=", "75", 7499, false), (">", "84", 8400, false),
        (">", "84", 8401, true),
        ("=", "0", 0, true), ("=", "0", 100, false), ("<=", "5", 500, true), ("<", "5", 500, false),
        (">=", "2300", 230_000, true), (">=", "2300", 229_900, false),
        // The printed value is compared: 84.51 > 84.505 and 84.5 < 84.505.
        (">", "84.505", 8451, true), (">=", "84.505", 8450, false), ("=", "84.50", 8450, true),
        (">=", "-1", 0, true), ("=", "0.001", 0, false),
    ])
    func comparesThePrintedValueExactly(comparator: String, value: String, hundredths: Int, isMet: Bool) {
        let target = Target(code: .admissions, comparator: Comparator(rawValue: comparator)!, value: value)
        #expect(target.isMet(byHundredths: hundredths) == isMet)
        #expect(target.text == comparator + value)
    }

    @Test(arguments: ["", "abc", "1,5", "1.2.3", "."])
    func nonDecimalTargetsAreNotNumbers(value: String) {
        #expect(Target.compare(hundredths: 0, with: value) == nil)
    }
}
