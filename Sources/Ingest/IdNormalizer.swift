/// Reads identifiers: trimmed, NFC; an empty id is an error where one is required.
enum IdNormalizer {
    /// The normalized id, or nil when it is empty.
    static func normalize(_ raw: String) -> String? {
        let id = TextNormalizer.trimmed(TextNormalizer.nfc(raw))
        return id.isEmpty ? nil : id
    }
}
