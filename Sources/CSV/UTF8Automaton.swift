/// A UTF-8 validator as a shift-based finite automaton: for each byte value a 64-bit
/// row holds, in 6-bit fields, the next state for every current state, so one step is a
/// table load, a shift and a mask, with no branch. States are the shift amounts.
enum UTF8Automaton {
    /// Between sequences (the only accepting state).
    static let accept: UInt64 = 0
    /// A wrong byte was seen (a sink).
    static let failure: UInt64 = 6
    private static let oneMore: UInt64 = 12
    private static let twoMore: UInt64 = 18
    private static let threeMore: UInt64 = 24
    /// After E0: A0...BF then one more (no overlong forms).
    private static let afterE0: UInt64 = 30
    /// After ED: 80...9F then one more (no surrogates).
    private static let afterED: UInt64 = 36
    /// After F0: 90...BF then two more (no overlong forms).
    private static let afterF0: UInt64 = 42
    /// After F4: 80...8F then two more (nothing above U+10FFFF).
    private static let afterF4: UInt64 = 48
    private static let states = [
        accept, failure, oneMore, twoMore, threeMore, afterE0, afterED, afterF0, afterF4,
    ]

    /// The row of each byte value: `(row >> state) & 63` is the next state.
    private static let rows: [UInt64] = (0..<256).map { byte in
        states.reduce(0) { row, state in row | next(after: state, byte: UInt8(byte)) << state }
    }

    /// The transition function (Unicode Table 3-7; NUL is refused as well).
    private static func next(after state: UInt64, byte: UInt8) -> UInt64 {
        let isContinuation = byte & 0xC0 == 0x80
        switch state {
        case accept:
            switch byte {
            case 0x01...0x7F: return accept
            case 0xC2...0xDF: return oneMore
            case 0xE0: return afterE0
            case 0xE1...0xEC, 0xEE, 0xEF: return twoMore
            case 0xED: return afterED
            case 0xF0: return afterF0
            case 0xF1...0xF3: return threeMore
            case 0xF4: return afterF4
            default: return failure
            }
        case oneMore: return isContinuation ? accept : failure
        case twoMore: return isContinuation ? oneMore : failure
        case threeMore: return isContinuation ? twoMore : failure
        case afterE0: return (0xA0...0xBF).contains(byte) ? oneMore : failure
        case afterED: return (0x80...0x9F).contains(byte) ? oneMore : failure
        case afterF0: return (0x90...0xBF).contains(byte) ? twoMore : failure
        case afterF4: return (0x80...0x8F).contains(byte) ? twoMore : failure
        default: return failure
        }
    }

    private static let lowBits: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The state after `count` bytes at `start`, starting between sequences; stops early
    /// in `failure`.
    ///
    /// Within a word the state is not masked to its 6 bits: a masking shift (`&>>`) uses
    /// only the low 6 bits of its count, as x86 and ARM shifts do, so each byte costs one
    /// table load (independent of the state) and one shift on the dependency chain.
    static func run(_ start: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        rows.withUnsafeBufferPointer { table in
            let rows = table.baseAddress!
            var state = accept
            var index = 0
            while index &+ 8 <= count {
                if state == accept {
                    // Between sequences, bytes in 0x01...0x7F need no step: eight at a
                    // time, then up to the first other byte, so that the steps start at
                    // a lead byte (the lowest flag is exact: a borrow only flags bytes
                    // above it).
                    let word = UInt64(
                        littleEndian: UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self))
                    let flags = ((word &- lowBits) & ~word | word) & highBits
                    if flags == 0 {
                        index &+= 8
                        continue
                    }
                    index &+= flags.trailingZeroBitCount &>> 3
                    if index &+ 8 > count { break }
                }
                let bytes = start + index
                var unmasked = rows[Int(bytes[0])] &>> state
                unmasked = rows[Int(bytes[1])] &>> unmasked
                unmasked = rows[Int(bytes[2])] &>> unmasked
                unmasked = rows[Int(bytes[3])] &>> unmasked
                unmasked = rows[Int(bytes[4])] &>> unmasked
                unmasked = rows[Int(bytes[5])] &>> unmasked
                unmasked = rows[Int(bytes[6])] &>> unmasked
                unmasked = rows[Int(bytes[7])] &>> unmasked
                state = unmasked & 63
                if state == failure { return failure }
                index &+= 8
            }
            while index < count {
                state = (rows[Int(start[index])] &>> state) & 63
                index &+= 1
            }
            return state
        }
    }
}
