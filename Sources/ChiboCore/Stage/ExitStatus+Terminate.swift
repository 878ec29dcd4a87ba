#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension ExitStatus {
    /// Ends the process with this status, flushing standard output first.
    public func terminate() -> Never {
        exit(rawValue)
    }
}
