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

    /// Whether `lhs` sorts before `rhs`.
    static func less(_ lhs: String, _ rhs: String) -> Bool { compare(lhs, rhs) < 0 }
}
