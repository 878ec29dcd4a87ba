#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Who may read a file or folder that a stage creates.
///
/// Every output names its confidentiality where it is created, so that a new output has
/// to decide: a file that holds member names, ids, birth dates or any per-member row is
/// `.ownerOnly`; an aggregate is `.shared`.
public enum Confidentiality: Sendable {
    /// Personal data (normalized tables, rejects, restricted lists, their temporaries):
    /// files 0600 and folders 0700 from the first byte, whatever the umask.
    case ownerOnly
    /// Aggregate outputs: ordinary permissions, that is 0666 for files and 0777 for
    /// folders narrowed by the user's umask (0644 and 0755 under the usual 022), as any
    /// Unix tool creates them.
    case shared

    /// The mode a new file is created with (before the umask, for `.shared`).
    public var fileMode: mode_t {
        switch self {
        case .ownerOnly: 0o600
        case .shared: 0o666
        }
    }

    /// The mode a new folder is created with (before the umask, for `.shared`).
    public var directoryMode: mode_t {
        switch self {
        case .ownerOnly: 0o700
        case .shared: 0o777
        }
    }
}
