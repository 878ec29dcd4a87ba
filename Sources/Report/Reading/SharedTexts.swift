#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The codes, unit ids and names of indicators.csv, one shared copy of each, numbered in
/// the order they are first met.
///
/// They repeat on every row of a unit (a million rows at national size): each row gets
/// the shared `String` instead of one of its own. Canonically equivalent texts share one
/// number, and the first one's text, as `String` keys compare them; a text is looked up
/// by its exact bytes first, which needs no `String` and no Unicode normalization.
struct SharedTexts {
    /// The texts by number.
    private(set) var texts: [String] = []
    /// Whether each text is ASCII only.
    private(set) var isASCII: [Bool] = []
    /// The number of each text, compared by canonical equivalence.
    private var canonicalNumbers: [String: Int] = [:]
    /// Every byte sequence met, back to back, and where each starts.
    private var exactBytes: [UInt8] = []
    private var exactStarts: [Int] = [0]
    /// The text number of each byte sequence of `exactStarts`.
    private var exactNumbers: [Int32] = []
    /// An open-addressing table of byte sequences: 0 for an empty slot, else the index of
    /// the sequence in `exactStarts` plus one. Never more than half full.
    private var slots = [Int32](repeating: 0, count: 1 << 12)

    /// The number and shared text of the text with the UTF-8 bytes `bytes`.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, number: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: SharedTexts.hash(bytes)) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            if hasBytes(entry - 1, bytes) {
                let number = Int(exactNumbers[entry - 1])
                return (texts[number], number)
            }
            slot = (slot + 1) & mask
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let number: Int
        if let known = canonicalNumbers[text] {
            number = known
        } else {
            number = texts.count
            canonicalNumbers[text] = number
            texts.append(text)
            isASCII.append(bytes.allSatisfy { $0 < 0x80 })
        }
        exactBytes.append(contentsOf: bytes)
        exactStarts.append(exactBytes.count)
        exactNumbers.append(Int32(number))
        slots[slot] = Int32(exactNumbers.count)
        if exactNumbers.count * 2 > slots.count { grow() }
        return (texts[number], number)
    }

    /// Whether byte sequence `index` is `bytes`.
    private func hasBytes(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = exactStarts[index]
        let count = exactStarts[index + 1] - start
        guard count == bytes.count else { return false }
        return exactBytes.withUnsafeBufferPointer { stored in
            count == 0 || memcmp(stored.baseAddress! + start, bytes.baseAddress!, count) == 0
        }
    }

    /// Doubles the table and places every sequence again.
    private mutating func grow() {
        var grown = [Int32](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        exactBytes.withUnsafeBufferPointer { stored in
            for index in exactNumbers.indices {
                let start = exactStarts[index]
                let bytes = UnsafeBufferPointer(
                    start: stored.baseAddress.map { $0 + start }, count: exactStarts[index + 1] - start)
                var slot = Int(truncatingIfNeeded: SharedTexts.hash(bytes)) & mask
                while grown[slot] != 0 { slot = (slot + 1) & mask }
                grown[slot] = Int32(index + 1)
            }
        }
        slots = grown
    }

    /// FNV-1a of `bytes`, its high bits folded in.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        return hash ^ (hash >> 29)
    }
}
