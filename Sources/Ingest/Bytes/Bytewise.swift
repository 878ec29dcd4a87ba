#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Orders strings by their UTF-8 bytes, the order of every normalized file (SPEC:
/// "sorted by key …, bytewise"), without Unicode-aware comparison.
enum Bytewise {
    /// Negative, zero or positive as `lhs` sorts before, equal to, or after `rhs`.
    static func compare(_ lhs: String, _ rhs: String) -> Int {
        var lhs = lhs
        var rhs = rhs
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                let common = min(left.count, right.count)
                if common > 0 {
                    let result = memcmp(left.baseAddress!, right.baseAddress!, common)
                    if result != 0 { return Int(result) }
                }
                return left.count - right.count
            }
        }
    }

    /// Whether the `count` bytes at `lhs` and at `rhs` are equal; ids are short, and
    /// comparing them in place costs less than a call to `memcmp`.
    @inline(__always)
    static func equal(_ lhs: UnsafePointer<UInt8>, _ rhs: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        guard count <= 16 else { return memcmp(lhs, rhs, count) == 0 }
        var index = 0
        while index + 8 <= count {
            if UnsafeRawPointer(lhs + index).loadUnaligned(as: UInt64.self)
                != UnsafeRawPointer(rhs + index).loadUnaligned(as: UInt64.self)
            {
                return false
            }
            index += 8
        }
        while index < count {
            if lhs[index] != rhs[index] { return false }
            index += 1
        }
        return true
    }

    /// Copies the 16 bytes at `source` to `destination` in one move: the writers of the
    /// normalized tables copy a short field with what follows it (later bytes overwrite
    /// the rest) rather than call `memmove` for a few bytes, a hundred million times on the
    /// national year. Both sides must have the 16 bytes.
    @inline(__always)
    static func copy16(from source: UnsafePointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>) {
        UnsafeMutableRawPointer(destination).storeBytes(
            of: UnsafeRawPointer(source).loadUnaligned(as: SIMD16<UInt8>.self), as: SIMD16<UInt8>.self)
    }

    /// Whether `lhs` sorts before `rhs`.
    static func less(_ lhs: String, _ rhs: String) -> Bool { compare(lhs, rhs) < 0 }
}
