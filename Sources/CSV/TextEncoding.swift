/// The character encodings a CSV export arrives in.
public enum TextEncoding: String, Sendable, Equatable {
    /// UTF-8 without a byte order mark.
    case utf8 = "UTF-8"
    /// UTF-8 with a byte order mark (as Excel writes "CSV UTF-8").
    case utf8WithBOM = "UTF-8 with BOM"
    /// UTF-16 little-endian with a byte order mark.
    case utf16LittleEndian = "UTF-16LE"
    /// UTF-16 big-endian with a byte order mark.
    case utf16BigEndian = "UTF-16BE"
    /// Windows code page 1258 (Vietnamese), with combining tone marks.
    case windows1258 = "Windows-1258"
}

extension TextEncoding {
    /// The encoding's name without the byte order mark detail, for diagnostics.
    var family: String {
        self == .utf8WithBOM ? TextEncoding.utf8.rawValue : rawValue
    }

    /// For UTF-8, the length of the byte order mark, which is all that tells a byte's
    /// offset in the file from its offset in the text, so that a record can be read from
    /// the file where the text says it starts; nil for encodings decoded from the start.
    public var utf8MarkLength: Int? {
        switch self {
        case .utf8: return 0
        case .utf8WithBOM: return 3
        case .utf16LittleEndian, .utf16BigEndian, .windows1258: return nil
        }
    }
}
