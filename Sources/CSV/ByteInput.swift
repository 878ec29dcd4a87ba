#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The raw bytes of a CSV export: an open file read with read(2), or bytes in memory.
///
/// The first bytes can be looked at (to detect the encoding and the separator) before
/// reading starts; they are then served again by `read(into:maximum:)`.
final class ByteInput {
    /// The name used in diagnostics.
    let fileName: String
    private let descriptor: Int32
    private var prefix: [UInt8]
    private var prefixOffset = 0

    /// Opens `path` for reading from byte `offset` on.
    init(path: String, fileName: String, offset: Int = 0) throws(CSVError) {
        self.fileName = fileName
        prefix = []
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            throw .unreadable(file: fileName, reason: String(cString: strerror(errno)))
        }
        if offset > 0 && lseek(descriptor, off_t(offset), SEEK_SET) < 0 {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .unreadable(file: fileName, reason: reason)
        }
    }

    /// Serves bytes already in memory.
    init(bytes: [UInt8], fileName: String) {
        self.fileName = fileName
        prefix = bytes
        descriptor = -1
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Calls `body` with up to `count` unread bytes from the current position, without
    /// consuming them.
    func peek<Result>(
        _ count: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) throws(CSVError) -> Result {
        if descriptor >= 0 && prefix.count - prefixOffset < count {
            prefix.removeFirst(prefixOffset)
            prefixOffset = 0
            let wanted = count - prefix.count
            var chunk = [UInt8](repeating: 0, count: wanted)
            var filled = 0
            while filled < wanted {
                let got = try chunk.withUnsafeMutableBufferPointer { (buffer) throws(CSVError) -> Int in
                    try systemRead(buffer.baseAddress! + filled, maximum: wanted - filled)
                }
                if got == 0 { break }
                filled += got
            }
            prefix.append(contentsOf: chunk[0..<filled])
        }
        return prefix.withUnsafeBufferPointer { all in
            let available = min(count, all.count - prefixOffset)
            return body(UnsafeBufferPointer(rebasing: all[prefixOffset..<prefixOffset + available]))
        }
    }

    /// How many bytes are left, when known without reading (bytes in memory).
    var remainingCountIfKnown: Int? {
        descriptor < 0 ? prefix.count - prefixOffset : nil
    }

    /// Consumes `count` bytes already peeked at (a byte order mark).
    func skip(_ count: Int) {
        prefixOffset = min(prefix.count, prefixOffset + count)
    }

    /// Reads up to `maximum` bytes into `destination`; 0 means the end of the input.
    func read(into destination: UnsafeMutablePointer<UInt8>, maximum: Int) throws(CSVError) -> Int {
        if prefixOffset < prefix.count {
            let count = min(maximum, prefix.count - prefixOffset)
            prefix.withUnsafeBufferPointer { all in
                destination.update(from: all.baseAddress! + prefixOffset, count: count)
            }
            prefixOffset += count
            if prefixOffset == prefix.count && descriptor >= 0 {
                prefix = []
                prefixOffset = 0
            }
            return count
        }
        if descriptor < 0 { return 0 }
        return try systemRead(destination, maximum: maximum)
    }

    /// Every remaining byte (for inputs transcoded up front, such as UTF-16 exports).
    func readAll() throws(CSVError) -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = try chunk.withUnsafeMutableBufferPointer { (buffer) throws(CSVError) -> Int in
                try read(into: buffer.baseAddress!, maximum: buffer.count)
            }
            if count == 0 { return result }
            result.append(contentsOf: chunk[0..<count])
        }
    }

    private func systemRead(_ destination: UnsafeMutablePointer<UInt8>, maximum: Int) throws(CSVError) -> Int
    {
        while true {
            let count = systemReadCall(descriptor, destination, maximum)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw .unreadable(file: fileName, reason: String(cString: strerror(errno)))
        }
    }
}

/// read(2); a free function because inside `ByteInput` the name `read` is the method.
private func systemReadCall(_ descriptor: Int32, _ destination: UnsafeMutablePointer<UInt8>, _ count: Int)
    -> Int
{
    read(descriptor, destination, count)
}
