import ChiboCore

/// A seeded pseudo-random generator (xoshiro256**, seeded through SplitMix64), so that
/// one seed always yields the same sample, on every platform and Swift version.
///
/// The system generator is never used: its sequence is neither seedable nor stable.
struct RandomSource {
    private var state0: UInt64
    private var state1: UInt64
    private var state2: UInt64
    private var state3: UInt64

    /// Expands `seed` into the four state words with SplitMix64, as the xoshiro authors advise.
    init(seed: UInt64) {
        var mixer = seed
        func nextMixed() -> UInt64 {
            mixer &+= 0x9E37_79B9_7F4A_7C15
            var value = mixer
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
        state0 = nextMixed()
        state1 = nextMixed()
        state2 = nextMixed()
        state3 = nextMixed()
    }

    /// The next 64 random bits.
    @inline(__always)
    mutating func next() -> UInt64 {
        let result = rotateLeft(state1 &* 5, by: 7) &* 9
        let shifted = state1 << 17
        state2 ^= state0
        state3 ^= state1
        state1 ^= state2
        state0 ^= state3
        state2 ^= shifted
        state3 = rotateLeft(state3, by: 45)
        return result
    }

    @inline(__always)
    private func rotateLeft(_ value: UInt64, by count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }

    /// A number in `0..<bound` (multiply-high reduction; the bias is below 2⁻³² for
    /// the bounds used here and, above all, deterministic).
    @inline(__always)
    mutating func below(_ bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range`.
    @inline(__always)
    mutating func inRange(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `perMille` / 1000.
    @inline(__always)
    mutating func chance(perMille: Int) -> Bool {
        below(1000) < perMille
    }

    /// A uniform number in [0, 1).
    @inline(__always)
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// An index drawn with the given integer weights.
    mutating func weighted(_ weights: [Int]) -> Int {
        var total = 0
        for weight in weights { total += weight }
        var draw = below(total)
        for (index, weight) in weights.enumerated() {
            if draw < weight { return index }
            draw -= weight
        }
        return weights.count - 1
    }

    /// A day drawn uniformly in `first...last`.
    @inline(__always)
    mutating func day(from first: Day, through last: Day) -> Day {
        Day(number: first.number + Int32(below(Int(last.number - first.number) + 1)))
    }
}
