/// Sixteen bytes looked at together with the portable SIMD types: which of them are
/// special, as a 16-bit mask (bit `i` for byte `i`). Compares of `SIMD16<UInt8>` become
/// single vector instructions (SSE2 `pcmpeqb` on x86, `cmeq` on ARM); the masks are
/// combined as integer vectors, since `SIMDMask`'s own `.|` is lowered lane by lane.
enum ByteBlock {
    /// The number of bytes in a block.
    static let size = 16

    /// Bytes equal to `separator`, a quote, LF or CR among the 16 at `start`.
    @inline(__always)
    static func specials(_ start: UnsafePointer<UInt8>, separator: UInt8) -> UInt32 {
        let block = UnsafeRawPointer(start).loadUnaligned(as: SIMD16<UInt8>.self)
        let found =
            flags(block .== SIMD16(repeating: separator)) | flags(block .== SIMD16(repeating: 0x22))
            | flags(block .== SIMD16(repeating: 0x0A)) | flags(block .== SIMD16(repeating: 0x0D))
        return mask(found)
    }

    /// Bytes that are NUL or not ASCII (0x80 and above) among the 16 at `start`.
    @inline(__always)
    static func nonASCIIOrNull(_ start: UnsafePointer<UInt8>) -> UInt32 {
        let block = UnsafeRawPointer(start).loadUnaligned(as: SIMD16<Int8>.self)
        return mask(flags(block .< SIMD16(repeating: 1)))
    }

    /// Copies `count` bytes from `source` to `destination` sixteen at a time: up to 15
    /// bytes past both ends are read and written, so both need that much slack.
    @inline(__always)
    static func copy(
        from source: UnsafePointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>, count: Int
    ) {
        var offset = 0
        while offset < count {
            let block = UnsafeRawPointer(source + offset).loadUnaligned(as: SIMD16<UInt8>.self)
            UnsafeMutableRawPointer(destination + offset).storeBytes(of: block, as: SIMD16<UInt8>.self)
            offset &+= 16
        }
    }

    /// A lane mask as bytes: 0xFF where true, 0 where false.
    @inline(__always)
    private static func flags(_ lanes: SIMDMask<SIMD16<Int8>>) -> SIMD16<UInt8> {
        unsafeBitCast(lanes, to: SIMD16<UInt8>.self)
    }

    /// Gathers the top bit of each byte into bit `i` of the result: per eight bytes, the
    /// multiplication moves the top bit of byte `i` (bit 8i+7) to bit 56+i, with no two
    /// partial products meeting at or above bit 56.
    @inline(__always)
    private static func mask(_ flags: SIMD16<UInt8>) -> UInt32 {
        let words = unsafeBitCast(flags & SIMD16(repeating: 0x80), to: SIMD2<UInt64>.self)
        // Byte 0 in the low bits of each word whatever the machine's byte order.
        let low = (UInt64(littleEndian: words[0]) &* 0x0002_0408_1020_4081) &>> 56
        let high = (UInt64(littleEndian: words[1]) &* 0x0002_0408_1020_4081) &>> 56
        return UInt32(truncatingIfNeeded: low | high &<< 8)
    }
}
