/// Finds the rank of an id held as a number (`PrefixedNumberIds` with one count of
/// digits, as exports number members: `30000001`) straight from the bytes of a CSV field,
/// for the attendance check's hundreds of millions of look-ups.
///
/// A field that is the prefix and exactly that many digits is answered here: its rank, or
/// unknown. Any other field (spaces around the id, other letters, another length) is not
/// answered (`otherShape`), and the caller takes the general look-up, which trims and
/// normalizes first; a field of this shape is already trimmed and normalized (its prefix,
/// that of accepted ids, is visible ASCII), so both ways give the same rank.
struct NumberedIdProbe {
    /// `rank(of:)` for a field that is an id of another shape.
    static let otherShape = -2
    /// `rank(of:)` for an id of the shape that no accepted row holds.
    static let unknown = -1

    private let prefix: [UInt8]
    private let digits: Int
    private let low: UInt64
    /// The group's bitmap and counts (`PrefixedNumberIds.Group`), held apart: reading the
    /// group out of its array copied it, retaining both arrays at every look-up.
    private let words: [UInt64]
    private let before: [UInt32]

    /// A probe of `ids`; one that answers `otherShape` to every field when they are not
    /// held as numbers of one count of digits, or their prefix is not visible ASCII (not
    /// an optional: binding one at every look-up retained its arrays).
    init(_ ids: RankedIds) {
        guard let numbered = ids.numberedIds, numbered.groups.count == 1,
            numbered.prefix.allSatisfy({ $0 &- 0x21 < 0x5E })
        else {
            // No field has -1 bytes.
            (prefix, digits, low, words, before) = ([], -1, 0, [], [])
            return
        }
        let group = numbered.groups[0]
        prefix = numbered.prefix
        digits = group.digits
        low = group.low
        words = group.words
        before = group.before
    }

    /// The rank of the id `field`, `unknown`, or `otherShape` when the field is not the
    /// prefix followed by the group's count of digits.
    @inline(__always)
    func rank(of field: UnsafeBufferPointer<UInt8>) -> Int {
        let prefixCount = prefix.count
        guard field.count == prefixCount &+ digits, let base = field.baseAddress else {
            return Self.otherShape
        }
        if prefixCount > 0 {
            let isPrefixed = prefix.withUnsafeBufferPointer {
                Bytewise.equal(base, $0.baseAddress!, prefixCount)
            }
            guard isPrefixed else { return Self.otherShape }
        }
        guard let number = Self.number(base + prefixCount, count: digits) else { return Self.otherShape }
        let index = number &- low
        guard number >= low, index < UInt64(words.count) << 6 else { return Self.unknown }
        let wordIndex = Int(truncatingIfNeeded: index >> 6)
        let word = words[wordIndex]
        guard word >> (index & 63) & 1 == 1 else { return Self.unknown }
        let mask = (UInt64(1) << (index & 63)) &- 1
        return Int(before[wordIndex]) &+ (word & mask).nonzeroBitCount
    }

    /// The number written by the `count` (at most 17) bytes at `start`, or nil when one of
    /// them is not a decimal digit; eight digits at a time where there are eight.
    @inline(__always)
    static func number(_ start: UnsafePointer<UInt8>, count: Int) -> UInt64? {
        var number: UInt64 = 0
        var index = 0
        while index &+ 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self))
            guard let eight = eightDigits(word) else { return nil }
            number = number &* 100_000_000 &+ eight
            index &+= 8
        }
        while index < count {
            let digit = start[index] &- 0x30
            guard digit < 10 else { return nil }
            number = number &* 10 &+ UInt64(digit)
            index &+= 1
        }
        return number
    }

    /// The number written by the eight bytes of `word` (the first in its lowest byte), or
    /// nil when one of them is not a decimal digit.
    @inline(__always)
    static func eightDigits(_ word: UInt64) -> UInt64? {
        // A digit is 0x30...0x39: its high half is 3, and still 3 once 6 is added (no
        // carry crosses bytes, the bytes being at most 0x3F then).
        let highHalves: UInt64 = 0xF0F0_F0F0_F0F0_F0F0
        let threes: UInt64 = 0x3030_3030_3030_3030
        guard word & highHalves == threes,
            (word &+ 0x0606_0606_0606_0606) & highHalves == threes
        else { return nil }
        // Pairs, then fours, then eight digits, each step multiplying the higher digits
        // (in the lower bytes) by their weight.
        var value = word &- threes
        value = (value &* 10) &+ (value >> 8)
        let pairs: UInt64 = 0x0000_00FF_0000_00FF
        value =
            ((value & pairs) &* (100 &+ (1_000_000 << 32))
                &+ ((value >> 16) & pairs) &* (1 &+ (10_000 << 32))) >> 32
        return value
    }
}
