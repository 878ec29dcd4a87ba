/// Reads identifiers: trimmed, NFC; an empty id is an error where one is required.
enum IdNormalizer {
    /// The normalized id, or nil when it is empty.
    static func normalize(_ raw: String) -> String? {
        // Most ids are visible ASCII (no space, no control, no mark): already trimmed
        // and NFC, so one pass over the bytes replaces the Unicode-aware work.
        var text = raw
        if text.withUTF8({ isVisibleASCII($0) }) { return raw }
        let id = TextNormalizer.trimmed(TextNormalizer.nfc(raw))
        return id.isEmpty ? nil : id
    }

    /// Whether `bytes` are a non-empty run of visible ASCII (no space, no control, no
    /// mark): an id already trimmed and NFC, which `normalize` returns as is.
    @inline(__always)
    static func isVisibleASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Counted without an early exit: ids are short, and a loop with no branch is
        // cheaper than one that stops.
        var invisible = 0
        for byte in bytes { invisible += byte &- 0x21 < 0x5E ? 0 : 1 }
        return !bytes.isEmpty && invisible == 0
    }
}
