import ChiboCore
import Testing

@testable import Ingest

@Suite struct BooleanNormalizerTests {
    @Test(arguments: [
        ("có", true), ("Có", true), ("CÓ", true), ("co", true), ("x", true), ("X", true), ("1", true),
        ("yes", true), ("TRUE", true), ("không", false), ("Không", false), ("khong", false), ("0", false),
        ("no", false), ("false", false), ("", false), ("  ", false),
    ])
    func reads(raw: String, expected: Bool) throws {
        #expect(try BooleanNormalizer.value(from: raw) == expected)
    }

    @Test(arguments: ["có lẽ", "2", "y", "đúng"])
    func rejects(raw: String) {
        #expect(throws: ProblemCode.boolInvalid) { try BooleanNormalizer.value(from: raw) }
    }
}
