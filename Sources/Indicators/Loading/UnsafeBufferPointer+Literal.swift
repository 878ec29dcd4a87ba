#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes are exactly those of `literal`; a `memcmp`, for fields of big files.
    @inline(__always)
    func equals(_ literal: StaticString) -> Bool {
        count == literal.utf8CodeUnitCount
            && (count == 0 || memcmp(baseAddress!, literal.utf8Start, count) == 0)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes are exactly those of `other`; a `memcmp`.
    @inline(__always)
    func equals(_ other: UnsafeBufferPointer<UInt8>) -> Bool {
        count == other.count && (count == 0 || memcmp(baseAddress!, other.baseAddress!, count) == 0)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Negative, zero or positive as these bytes sort before, equal to, or after `other`
    /// bytewise (the order of the normalized files' keys).
    @inline(__always)
    func compareBytewise(_ other: UnsafeBufferPointer<UInt8>) -> Int {
        let common = Swift.min(count, other.count)
        if common > 0 {
            let result = memcmp(baseAddress!, other.baseAddress!, common)
            if result != 0 { return Int(result) }
        }
        return count - other.count
    }
}
