/// Compresses bytes as one DEFLATE block (RFC 1951) with the fixed Huffman codes and
/// LZ77 matches found through a hash chain.
///
/// Fixed codes need no code tables in the output and no second pass; on the XML of
/// Office parts, whose tags repeat within a few hundred bytes, they reach most of what
/// dynamic codes would. Matching is greedy with a bounded chain, so the time per byte
/// stays flat on large sheets.
public enum Deflater {
    fileprivate static let windowSize = 1 << 15
    fileprivate static let hashBits = 15
    fileprivate static let minimumMatch = 3
    fileprivate static let maximumMatch = 258
    fileprivate static let maximumChain = 32
    /// A match this long is taken without looking further down the chain.
    fileprivate static let niceLength = 128

    /// The DEFLATE stream of `input`.
    public static func compress(_ input: [UInt8]) -> [UInt8] {
        var stream = Stream(capacity: input.count / 4 + 64)
        // In pieces, so that the stream's own copy stays small whatever the input's size.
        input.withUnsafeBufferPointer { bytes in
            var start = 0
            while start < bytes.count {
                let end = min(start + (1 << 20), bytes.count)
                stream.feed(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                start = end
            }
        }
        return stream.finish()
    }

    /// A compression fed in pieces, so that a big part need never be held whole: the
    /// output is the same bytes as `compress` of all the pieces at once, since a position
    /// is encoded only once the longest match it could take (and the positions a match
    /// covers) are in view, and the last 32 KiB stay for matches to reach back into.
    public struct Stream {
        /// The input from absolute position `base` on: the window, then what is not encoded.
        private var pending: [UInt8] = []
        private var base = 0
        /// The absolute position of the next byte to encode.
        private var position = 0
        /// The hash chains: the latest position of each hash, and the one before each
        /// position of the window with the same hash. Held as 32-bit offsets from
        /// `origin` (half the memory of whole positions, so more of them stay in cache);
        /// `none` stands for no position, which is older than any window.
        private var head = [Int32](repeating: Stream.none, count: 1 << Deflater.hashBits)
        private var previous = [Int32](repeating: Stream.none, count: Deflater.windowSize)
        private var origin = 0
        private static let none = Int32.min
        /// How far past `origin` a position may go before `origin` moves up (far below
        /// what 32 bits hold; tests make it small to move it often).
        private let originReach: Int
        private var writer: BitWriter

        /// Starts a stream; `capacity` is a guess at the compressed size.
        public init(capacity: Int = 1 << 16) {
            self.init(capacity: capacity, originReach: 1 << 30)
        }

        /// Starts a stream whose `origin` moves up past `originReach` bytes (at least
        /// 64 KiB, beyond the window).
        init(capacity: Int, originReach: Int) {
            precondition(originReach >= 1 << 16, "the origin stays a window behind")
            self.originReach = originReach
            writer = BitWriter(capacity: capacity)
            // BFINAL = 1, BTYPE = 01 (fixed Huffman codes).
            writer.write(1, width: 1)
            writer.write(1, width: 2)
        }

        /// Compresses what it can of `bytes` now and keeps the rest for later.
        public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
            pending.append(contentsOf: bytes)
            encode(isFinal: false)
            // Only the window before `position` is needed again; drop the rest now and then.
            let unneeded = position - Deflater.windowSize - base
            if unneeded >= 1 << 20 {
                pending.removeFirst(unneeded)
                base += unneeded
            }
        }

        /// Compresses the rest and returns the whole DEFLATE stream.
        public mutating func finish() -> [UInt8] {
            encode(isFinal: true)
            Deflater.writeLiteral(256, into: &writer)
            return writer.finish()
        }

        private mutating func encode(isFinal: Bool) {
            let count = base + pending.count
            // Before the end, a position waits until a longest match and the three bytes
            // hashed at each position it covers are all in view.
            let stop = isFinal ? count : count - Deflater.maximumMatch - Deflater.minimumMatch
            // In stretches short enough for every offset from `origin` to fit 32 bits.
            while position < stop {
                let stretchEnd = min(stop, position + originReach / 4)
                if stretchEnd + Deflater.maximumMatch - origin >= originReach { moveOrigin() }
                encode(upTo: stretchEnd, count: count)
            }
        }

        /// Moves `origin` up to the start of the window: offsets of positions before it,
        /// which no match can reach, become `none`.
        private mutating func moveOrigin() {
            let newOrigin = position - Deflater.windowSize
            let shift = newOrigin - origin
            func moved(_ offset: Int32) -> Int32 {
                let value = Int(offset) - shift
                return offset == Stream.none || value < 0 ? Stream.none : Int32(value)
            }
            for index in head.indices { head[index] = moved(head[index]) }
            for index in previous.indices { previous[index] = moved(previous[index]) }
            origin = newOrigin
        }

        /// Encodes the positions before `stop` (and those of a match that crosses it) of
        /// an input of `count` bytes so far.
        private mutating func encode(upTo stop: Int, count: Int) {
            let base = self.base
            let origin = self.origin
            var position = self.position
            let windowSize = Deflater.windowSize
            let minimumMatch = Deflater.minimumMatch
            let mask = windowSize - 1
            pending.withUnsafeBufferPointer { buffer in
                let bytes = buffer.baseAddress! - base  // indexed by absolute position
                head.withUnsafeMutableBufferPointer { head in
                    previous.withUnsafeMutableBufferPointer { previous in
                        // The three bytes at `position` (and the next one, masked off, when
                        // there is one: one load rather than three).
                        @inline(__always) func hash(_ position: Int) -> Int {
                            let key =
                                position &+ 4 <= count
                                ? UnsafeRawPointer(bytes + position).loadUnaligned(as: UInt32.self)
                                    .littleEndian
                                    & 0xFF_FFFF
                                : UInt32(bytes[position]) | UInt32(bytes[position &+ 1]) << 8
                                    | UInt32(bytes[position &+ 2]) << 16
                            return Int((key &* 2_654_435_761) >> UInt32(32 - Deflater.hashBits))
                        }
                        @inline(__always) func insert(_ position: Int) -> Int {
                            let slot = hash(position)
                            let candidate = head[slot]
                            head[slot] = Int32(truncatingIfNeeded: position &- origin)
                            previous[position & mask] = candidate
                            return Int(candidate) &+ origin
                        }
                        while position < stop {
                            var bestLength = 0
                            var bestDistance = 0
                            if position + minimumMatch <= count {
                                let first = insert(position)
                                let limit = min(Deflater.maximumMatch, count - position)
                                let nice = min(limit, Deflater.niceLength)
                                // A candidate must be a position (≥ 0) at most a window back.
                                let lowest = max(0, position &- windowSize)
                                var candidate = first
                                var chain = Deflater.maximumChain
                                while candidate >= lowest {
                                    // The next link is loaded before the comparisons below, so that
                                    // a mispredicted one does not hold the walk up (the walk is a
                                    // chain of dependent loads).
                                    let next = Int(previous[candidate & mask]) &+ origin
                                    if Deflater.mayBeLonger(
                                        bytes + candidate, bytes + position, than: bestLength)
                                    {
                                        let length = Deflater.commonLength(
                                            bytes + candidate, bytes + position, limit: limit)
                                        if length > bestLength {
                                            bestLength = length
                                            bestDistance = position &- candidate
                                            if length >= nice { break }
                                        }
                                    }
                                    // A slot reused by a newer position would lead forward; stop
                                    // there (and at the end of the chain).
                                    chain &-= 1
                                    if next >= candidate || chain == 0 { break }
                                    candidate = next
                                }
                            }
                            if bestLength >= minimumMatch {
                                Deflater.writeMatch(length: bestLength, distance: bestDistance, into: &writer)
                                let end = position + bestLength
                                position += 1
                                // Every position the match covers goes into the chains (the next
                                // matches depend on it); the last two have no three bytes when
                                // the input ends there.
                                let hashedEnd = min(end, count - minimumMatch + 1)
                                // Most of the input is covered by matches (a Word part almost
                                // all of it): while four bytes are in view, `insert` without
                                // the test of `hash` for the input's last bytes.
                                let wordEnd = min(hashedEnd, count &- 3)
                                while position < wordEnd {
                                    let key =
                                        UnsafeRawPointer(bytes + position).loadUnaligned(as: UInt32.self)
                                        .littleEndian & 0xFF_FFFF
                                    let slot = Int((key &* 2_654_435_761) >> UInt32(32 - Deflater.hashBits))
                                    previous[position & mask] = head[slot]
                                    head[slot] = Int32(truncatingIfNeeded: position &- origin)
                                    position &+= 1
                                }
                                while position < hashedEnd {
                                    _ = insert(position)
                                    position &+= 1
                                }
                                position = end
                            } else {
                                Deflater.writeLiteral(Int(bytes[position]), into: &writer)
                                position += 1
                            }
                        }
                    }
                }
            }
            self.position = position
        }
    }

    /// How many bytes from `left` and `right` agree, at most `limit`: eight at a time, the
    /// first differing byte found from the lowest set bit of the words' difference (the
    /// loads are little-endian on every platform Swift targets here).
    @inline(__always)
    static func commonLength(
        _ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, limit: Int
    ) -> Int {
        var length = 0
        let leftRaw = UnsafeRawPointer(left)
        let rightRaw = UnsafeRawPointer(right)
        while length + 8 <= limit {
            let difference =
                leftRaw.loadUnaligned(fromByteOffset: length, as: UInt64.self)
                ^ rightRaw.loadUnaligned(fromByteOffset: length, as: UInt64.self)
            if difference != 0 {
                return length + UInt64(littleEndian: difference).trailingZeroBitCount >> 3
            }
            length += 8
        }
        while length < limit, left[length] == right[length] { length += 1 }
        return length
    }

    /// Whether a match at `left` could be longer than `length` bytes at `right`, the best
    /// so far: the bytes just before and at `length` must agree (four of them once there
    /// are, which turns away more candidates than one byte did and chooses the same
    /// match). Reads up to `right[length]`, which must be in the input.
    @inline(__always)
    static func mayBeLonger(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, than length: Int)
        -> Bool
    {
        if length >= 3 {
            return UnsafeRawPointer(left).loadUnaligned(fromByteOffset: length &- 3, as: UInt32.self)
                == UnsafeRawPointer(right).loadUnaligned(fromByteOffset: length &- 3, as: UInt32.self)
        }
        return length == 0 || left[length] == right[length]
    }

    @inline(__always)
    fileprivate static func writeLiteral(_ symbol: Int, into writer: inout BitWriter) {
        let code = literalCodes[symbol]
        writer.write(UInt32(code.bits), width: Int(code.width))
    }

    @inline(__always)
    fileprivate static func writeMatch(length: Int, distance: Int, into writer: inout BitWriter) {
        // The length's code and extra bits (at most 9 + 5), then the distance's (at most
        // 5 + 13): one field of at most 32 bits.
        let lengthCode = lengthCodes[length]
        let distanceSymbol = distanceSymbolFor(distance)
        let distanceCode = distanceCodes[distanceSymbol]
        let distanceExtra = UInt32(distance - Int(distanceBases[distanceSymbol])) << UInt32(5)
        writer.write(
            lengthCode.bits | (UInt32(distanceCode) | distanceExtra) << UInt32(lengthCode.width),
            width: Int(lengthCode.width) + 5 + Int(distanceExtraBits[distanceSymbol]))
    }

    /// The code of each match length 3...258 followed by its extra bits, LSB first.
    private static let lengthCodes: [(bits: UInt32, width: UInt8)] = (0...maximumMatch).map { length in
        guard length >= minimumMatch else { return (0, 0) }
        let symbol = Int(lengthSymbols[length])
        let code = literalCodes[257 + symbol]
        let extra = UInt32(length - Int(lengthBases[symbol])) << UInt32(code.width)
        return (UInt32(code.bits) | extra, code.width + lengthExtraBits[symbol])
    }

    /// Fixed distance codes are the 5-bit symbol, sent most significant bit first.
    private static let distanceCodes: [UInt8] = (0..<30).map { UInt8(reversed($0, width: 5)) }

    @inline(__always)
    private static func distanceSymbolFor(_ distance: Int) -> Int {
        distance <= 256
            ? Int(distanceSymbolsNear[distance - 1]) : Int(distanceSymbolsFar[(distance - 1) >> 7])
    }

    private static func reversed(_ value: Int, width: Int) -> Int {
        var result = 0
        var value = value
        for _ in 0..<width {
            result = (result << 1) | (value & 1)
            value >>= 1
        }
        return result
    }

    private struct Code {
        var bits: UInt16
        var width: UInt8
    }

    /// The fixed literal/length codes of RFC 1951 3.2.6, bit-reversed for LSB-first packing.
    private static let literalCodes: [Code] = (0..<288).map { symbol in
        let (code, width) =
            switch symbol {
            case 0...143: (0x30 + symbol, 8)
            case 144...255: (0x190 + symbol - 144, 9)
            case 256...279: (symbol - 256, 7)
            default: (0xC0 + symbol - 280, 8)
            }
        return Code(bits: UInt16(reversed(code, width: width)), width: UInt8(width))
    }

    private static let lengthBases: [UInt16] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163,
        195,
        227, 258,
    ]
    private static let lengthExtraBits: [UInt8] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBases: [UInt16] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
        4097, 6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtraBits: [UInt8] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]

    /// The length symbol (0-based from 257) of each match length 0...258.
    private static let lengthSymbols: [UInt8] = (0...maximumMatch).map { length in
        guard length >= 3 else { return 0 }
        // 258 has its own symbol although 227 + 31 also reaches it.
        if length == 258 { return 28 }
        return UInt8(lengthBases.lastIndex { Int($0) <= length }!)
    }

    /// The distance symbol of distances 1...256, by distance − 1.
    private static let distanceSymbolsNear: [UInt8] = (1...256).map { distance in
        UInt8(distanceBases.lastIndex { Int($0) <= distance }!)
    }

    /// The distance symbol of distances 257...32768, by (distance − 1) / 128.
    private static let distanceSymbolsFar: [UInt8] = (0..<256).map { block in
        let distance = max(block << 7 + 1, 257)
        return UInt8(distanceBases.lastIndex { Int($0) <= distance }!)
    }
}
