/// The result of checking bytes against UTF-8 (RFC 3629: no overlong forms, no
/// surrogates, nothing above U+10FFFF) where NUL also counts as invalid, since a NUL
/// byte in a CSV export means a binary file or UTF-16 without a byte order mark.
enum UTF8Validation: Equatable {
    /// Every byte is part of a complete, valid sequence.
    case valid
    /// The bytes from `offset` on are a valid but unfinished sequence (cut by a buffer edge).
    case incomplete(offset: Int)
    /// The `length` bytes at `offset` are not valid: the lead byte up to the first wrong byte.
    case invalid(offset: Int, length: Int)

    private static let lowBits: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Validates `count` bytes at `start`: eight ASCII bytes at a time, and words holding
    /// other bytes through a branch-free state machine. Only a buffer that does not end
    /// in the accepting state is checked again by `locate` to say where and why.
    static func check(_ start: UnsafePointer<UInt8>, count: Int) -> UTF8Validation {
        let state = UTF8Automaton.run(start, count: count)
        if state == UTF8Automaton.accept { return .valid }
        if state != UTF8Automaton.failure {
            // Inside a sequence at the end: it starts at the last lead byte, at most 3 back.
            var lead = count - 1
            while lead > 0 && lead > count - 4 && start[lead] & 0xC0 == 0x80 { lead -= 1 }
            return .incomplete(offset: lead)
        }
        return locate(start, count: count)
    }

    /// Validates `count` bytes at `start` one sequence at a time, eight ASCII bytes at a
    /// time where possible, and tells where the first problem is.
    static func locate(_ start: UnsafePointer<UInt8>, count: Int) -> UTF8Validation {
        var index = 0
        while index < count {
            // Fast path: eight bytes in 0x01...0x7F. `(w - 0x01..) & ~w` flags zero bytes;
            // OR-ing `w` flags high bits; any flag sends the word to the byte path.
            while index &+ 8 <= count {
                let word = UInt64(
                    littleEndian: UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self))
                let flags = ((word &- lowBits) & ~word | word) & highBits
                if flags != 0 {
                    // The lowest flag is exact: skip the plain ASCII bytes before it.
                    index &+= flags.trailingZeroBitCount &>> 3
                    break
                }
                index &+= 8
            }
            guard index < count else { break }
            let lead = start[index]
            if lead < 0x80 {
                if lead == 0 { return .invalid(offset: index, length: 1) }
                index &+= 1
                continue
            }
            if index &+ 4 <= count {
                // The common letters of Vietnamese text, checked on one 32-bit load: two
                // bytes 110xxxxx 10xxxxxx (lead ≥ C2: not overlong), and three bytes
                // 1110xxxx 10xxxxxx 10xxxxxx with a lead other than E0 (overlong forms)
                // and ED (surrogates), which take the full check below.
                let unit = UInt32(
                    littleEndian: UnsafeRawPointer(start + index).loadUnaligned(as: UInt32.self))
                if unit & 0xC0E0 == 0x80C0 && lead >= 0xC2 {
                    index &+= 2
                    continue
                }
                if unit & 0xC0_C0F0 == 0x80_80E0 && lead != 0xE0 && lead != 0xED {
                    index &+= 3
                    continue
                }
            }
            switch sequence(start + index, available: count - index) {
            case .complete(let length): index &+= length
            case .truncated: return .incomplete(offset: index)
            case .wrong(let length): return .invalid(offset: index, length: length)
            }
        }
        return .valid
    }

    /// What a multi-byte sequence starting at `start` is.
    enum Sequence: Equatable {
        /// A valid sequence of `length` bytes.
        case complete(length: Int)
        /// A valid beginning cut by the end of the available bytes.
        case truncated
        /// Invalid; `length` counts the lead byte up to the first wrong byte.
        case wrong(length: Int)
    }

    /// Decodes the shape of the sequence whose lead byte (≥ 0x80) is at `start`
    /// (Unicode Table 3-7, well-formed UTF-8 byte sequences).
    @inline(__always)
    static func sequence(_ start: UnsafePointer<UInt8>, available: Int) -> Sequence {
        let lead = start[0]
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        let continuations: Int
        switch lead {
        case 0xC2...0xDF: continuations = 1
        case 0xE0:
            continuations = 2
            low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: continuations = 2
        case 0xED:
            continuations = 2
            high = 0x9F
        case 0xF0:
            continuations = 3
            low = 0x90
        case 0xF1...0xF3: continuations = 3
        case 0xF4:
            continuations = 3
            high = 0x8F
        default: return .wrong(length: 1)
        }
        guard available > 1 else { return .truncated }
        let second = start[1]
        if second < low || second > high { return .wrong(length: 2) }
        var index = 2
        while index <= continuations {
            guard index < available else { return .truncated }
            if start[index] & 0xC0 != 0x80 { return .wrong(length: index + 1) }
            index += 1
        }
        return .complete(length: continuations + 1)
    }

    /// `C3 28`: bytes in upper-case hex separated by spaces, for diagnostics.
    static func hex(_ start: UnsafePointer<UInt8>, count: Int) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var text: [UInt8] = []
        for index in 0..<count {
            if index > 0 { text.append(0x20) }
            text.append(digits[Int(start[index] >> 4)])
            text.append(digits[Int(start[index] & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
