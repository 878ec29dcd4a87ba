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

extension UTF8ValidationTests {
    /// The automaton behind `check` against the sequence-at-a-time `locate`, on seeded
    /// random mixes of ASCII, valid letters, and bytes that break the rules.
    @Test func automatonAgreesWithTheSequenceCheck() {
        let pieces: [[UInt8]] = [
            Array(utf8: "abcdefgh"), Array(utf8: "a"), Array(utf8: "ễ"), Array(utf8: "đ"), Array(utf8: "𝄞"),
            [0x00], [0x80], [0xBF], [0xC0], [0xC1], [0xC2], [0xDF], [0xE0], [0xE0, 0x9F], [0xE0, 0xA0],
            [0xED], [0xED, 0xA0], [0xED, 0x9F], [0xEF], [0xF0], [0xF0, 0x8F], [0xF0, 0x90], [0xF4],
            [0xF4, 0x90],
            [0xF4, 0x8F], [0xF5], [0xFF],
        ]
        var state: UInt64 = 0x0F8
        func random(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((mixed ^ (mixed >> 31)) % UInt64(bound))
        }
        var outcomes: Set<String> = []
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<random(12) {
                // Mostly valid pieces, so that many inputs are valid or cut at the end.
                bytes += random(4) == 0 ? pieces[random(pieces.count)] : pieces[random(5)]
            }
            bytes.withUnsafeBufferPointer { buffer in
                let start = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
                let fast = UTF8Validation.check(start, count: buffer.count)
                #expect(fast == UTF8Validation.locate(start, count: buffer.count), "bytes \(bytes)")
                outcomes.insert("\(fast)".prefix(5).description)
            }
        }
        // All three outcomes came up.
        #expect(outcomes.count == 3)
    }
}
