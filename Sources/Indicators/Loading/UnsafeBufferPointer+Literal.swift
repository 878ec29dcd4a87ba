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
            && (count == 0 || Self.isEqual(baseAddress!, literal.utf8Start, count))
    }

    /// Whether the `count` bytes at `lhs` and `rhs` are equal: short runs (codes, ids)
    /// byte by byte here, longer ones by `memcmp`, whose call costs more than the compare
    /// of a few bytes.
    @inline(__always)
    static func isEqual(_ lhs: UnsafePointer<UInt8>, _ rhs: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        guard count <= 16 else { return memcmp(lhs, rhs, count) == 0 }
        var index = 0
        while index < count {
            if lhs[index] != rhs[index] { return false }
            index &+= 1
        }
        return true
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes are exactly those of `other`; a `memcmp`.
    @inline(__always)
    func equals(_ other: UnsafeBufferPointer<UInt8>) -> Bool {
        count == other.count && (count == 0 || Self.isEqual(baseAddress!, other.baseAddress!, count))
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
