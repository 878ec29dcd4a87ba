/// Reads identifiers: trimmed, NFC; an empty id is an error where one is required.
enum IdNormalizer {
    /// The normalized id, or nil when it is empty.
    static func normalize(_ raw: String) -> String? {
        // Most ids are visible ASCII (no space, no control, no mark): already trimmed
        // and NFC, so one pass over the bytes replaces the Unicode-aware work.
        if !raw.isEmpty && raw.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) { return raw }
        let id = TextNormalizer.trimmed(TextNormalizer.nfc(raw))
        return id.isEmpty ? nil : id
    }
}
