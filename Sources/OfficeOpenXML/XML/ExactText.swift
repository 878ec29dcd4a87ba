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

    /// Hashes the UTF-8 bytes of the text.
    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
