#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A text compared and hashed by its UTF-8 bytes, as a dictionary key.
///
/// Swift compares strings by canonical equivalence, which would merge a decomposed `é`
/// with a composed one and so change text that must stay exactly as read (shared strings
/// of a workbook, unit names of a report, kept apart as a bytewise sort keeps them).
public struct ExactText: Hashable, Sendable {
    /// The text.
    public var text: String

    /// The key of `text`.
    public init(_ text: String) {
        self.text = text
    }

    /// Whether the two texts have the same UTF-8 bytes.
    public static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        // The same string (a text repeated down a column shares its storage, and a short
        // one is held in place): the same bytes, found without reading them.
        if MemoryLayout<String>.size == 16, ExactText.bits(of: lhs.text) == ExactText.bits(of: rhs.text) {
            return true
        }
        var left = lhs.text
        var right = rhs.text
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                leftBytes.count == rightBytes.count
                    && (leftBytes.isEmpty
                        || memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, leftBytes.count) == 0)
            }
        }
    }

    /// The two words a `String` is made of.
    @inline(__always)
    private static func bits(of text: String) -> (UInt64, UInt64) {
        withUnsafeBytes(of: text) { raw in
            (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        }
    }

    /// Hashes the UTF-8 bytes of the text.
    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
