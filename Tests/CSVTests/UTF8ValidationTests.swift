import Testing

@testable import CSV

@Suite struct UTF8ValidationTests {
    static let cases: [(name: String, bytes: [UInt8], result: UTF8Validation)] = [
        ("empty", [], .valid),
        ("ASCII longer than a word", Array(utf8: "member_id,full_name,org_id"), .valid),
        ("two, three and four bytes", Array(utf8: "đ ễ 𝄞 and more ASCII after"), .valid),
        (
            "bad continuation after a word of ASCII", Array(utf8: "abcdefghij") + [0xC3, 0x28],
            .invalid(offset: 10, length: 2)
        ),
        ("lone continuation byte", [0x61, 0x80], .invalid(offset: 1, length: 1)),
        ("overlong two-byte form", [0xC0, 0x80], .invalid(offset: 0, length: 1)),
        ("overlong three-byte form", [0xE0, 0x80, 0x80], .invalid(offset: 0, length: 2)),
        ("UTF-16 surrogate in UTF-8", [0xED, 0xA0, 0x80], .invalid(offset: 0, length: 2)),
        ("above U+10FFFF", [0xF4, 0x90, 0x80, 0x80], .invalid(offset: 0, length: 2)),
        ("third byte wrong", [0xE1, 0xBB, 0x41], .invalid(offset: 0, length: 3)),
        (
            "NUL inside a word", Array(utf8: "abc") + [0] + Array(utf8: "defgh"),
            .invalid(offset: 3, length: 1)
        ),
        ("sequence cut at the end", Array(utf8: "abcdefgh Nguy") + [0xE1, 0xBB], .incomplete(offset: 13)),
    ]

    @Test(arguments: cases)
    func validates(_ testCase: (name: String, bytes: [UInt8], result: UTF8Validation)) {
        let result = testCase.bytes.withUnsafeBufferPointer {
            UTF8Validation.check($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, count: $0.count)
        }
        #expect(result == testCase.result)
    }

    @Test func hexIsUpperCaseAndSpaced() {
        let text = [UInt8]([0xC3, 0x28, 0x0A]).withUnsafeBufferPointer {
            UTF8Validation.hex($0.baseAddress!, count: 3)
        }
        #expect(text == "C3 28 0A")
    }
}
