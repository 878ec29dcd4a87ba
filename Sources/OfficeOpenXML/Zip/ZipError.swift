/// Why a ZIP archive could not be written.
public enum ZipError: Error, Equatable, Sendable {
    /// An entry or the archive passed 4 GiB, or the archive passed 65,535 entries: ZIP64
    /// would be needed, which this writer does not produce.
    case tooLarge(entry: String)
    /// Two entries share a name.
    case duplicateName(String)
    /// An entry name is empty, absolute, longer than 65,535 bytes or holds a backslash.
    case invalidName(String)
}
