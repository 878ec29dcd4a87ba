import ChiboCore
import Testing

@testable import Ingest

@Suite struct NumberNormalizerTests {
    @Test(arguments: [
        ("2300", "2300"), ("75,0", "75"), ("84.50", "84.5"), ("0,5", "0.5"), ("007", "7"), ("-0", "0"),
        (" 3 ", "3"), ("100.000", "100"), ("1.234,5", "1234.5"), ("1,234.50", "1234.5"), ("2.300,0", "2300"),
        (".5", "0.5"), ("+75.1234567", "75.1234567"), ("-0,250", "-0.25"),
    ])
    func readsDecimals(raw: String, expected: String) throws {
        #expect(try NumberNormalizer.decimal(from: raw)?.plain == expected)
    }

    @Test(arguments: ["abc", "1.2.3", "1,", "75%", ".", "1.23,4", "1,2,3.4"])
    func rejectsDecimals(raw: String) {
        #expect(throws: ProblemCode.numberInvalid) { try NumberNormalizer.decimal(from: raw) }
    }

    @Test(arguments: [("2017", 2017), (" 2020 ", 2020)])
    func readsYears(raw: String, expected: Int) throws {
        #expect(try NumberNormalizer.year(from: raw) == expected)
    }

    @Test(arguments: ["17", "02017", "0201", "năm 2017", "2017.0"])
    func rejectsYears(raw: String) {
        #expect(throws: ProblemCode.yearInvalid) { try NumberNormalizer.year(from: raw) }
    }
}
