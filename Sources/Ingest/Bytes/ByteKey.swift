/// A string used as a dictionary key by its UTF-8 bytes.
///
/// `String`'s own hashing and equality follow Unicode canonical equivalence, which
/// normalizes non-ASCII text on every call; ingest keys are already NFC, so comparing
/// bytes gives the same answer much faster.
struct ByteKey: Hashable, Sendable {
    /// The text.
    let text: String

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
    }

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        Bytewise.compare(lhs.text, rhs.text) == 0
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
