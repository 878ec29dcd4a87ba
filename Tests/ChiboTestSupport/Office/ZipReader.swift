/// Reads a ZIP archive for the tests from its central directory, checking every local
/// header against it and every entry against a bitwise CRC-32.
public struct ZipReader {
    /// One entry, decoded.
    public struct Entry: Equatable {
        /// The entry name.
        public var name: String
        /// 0 stored, 8 deflated.
        public var method: Int
        /// The CRC-32 the archive records.
        public var crc: UInt32
        /// The DOS time field.
        public var modifiedTime: Int
        /// The DOS date field.
        public var modifiedDate: Int
        /// The decoded bytes.
        public var contents: [UInt8]
    }

    /// Why an archive could not be read.
    public enum Failure: Error {
        case noEndRecord
        case badSignature(Int)
        case headerMismatch(String)
        case checksumMismatch(String)
        case unknownMethod(Int)
    }

    /// The entries in central-directory order.
    public static func entries(of archive: [UInt8]) throws -> [Entry] {
        func u16(_ offset: Int) -> Int { Int(archive[offset]) | Int(archive[offset + 1]) << 8 }
        func u32(_ offset: Int) -> Int { u16(offset) | u16(offset + 2) << 16 }
        guard archive.count >= 22, u32(archive.count - 22) == 0x0605_4B50 else { throw Failure.noEndRecord }
        let end = archive.count - 22
        let count = u16(end + 10)
        var offset = u32(end + 16)
        var entries: [Entry] = []
        for _ in 0..<count {
            guard u32(offset) == 0x0201_4B50 else { throw Failure.badSignature(offset) }
            let method = u16(offset + 10)
            let crc = UInt32(u32(offset + 16))
            let compressedSize = u32(offset + 20)
            let size = u32(offset + 24)
            let nameLength = u16(offset + 28)
            let extraLength = u16(offset + 30)
            let commentLength = u16(offset + 32)
            let local = u32(offset + 42)
            let name = String(decoding: archive[offset + 46..<offset + 46 + nameLength], as: UTF8.self)
            guard u32(local) == 0x0403_4B50 else { throw Failure.badSignature(local) }
            guard u16(local + 8) == method, UInt32(u32(local + 14)) == crc, u32(local + 18) == compressedSize,
                u32(local + 22) == size, u16(local + 26) == nameLength
            else { throw Failure.headerMismatch(name) }
            let dataStart = local + 30 + nameLength + u16(local + 28)
            let data = Array(archive[dataStart..<dataStart + compressedSize])
            let contents: [UInt8]
            switch method {
            case 0: contents = data
            case 8: contents = try Inflater.inflate(data)
            default: throw Failure.unknownMethod(method)
            }
            guard contents.count == size, bitwiseCRC32(contents) == crc else {
                throw Failure.checksumMismatch(name)
            }
            entries.append(
                Entry(
                    name: name, method: method, crc: crc, modifiedTime: u16(local + 10),
                    modifiedDate: u16(local + 12),
                    contents: contents))
            offset += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }

    /// Every entry decoded as UTF-8 and joined, to search a whole document's text.
    public static func allText(of archive: [UInt8]) throws -> String {
        try entries(of: archive).map { String(decoding: $0.contents, as: UTF8.self) }.joined(separator: "\n")
    }

    /// The entry named `name`, decoded as UTF-8.
    public static func text(of name: String, in archive: [UInt8]) throws -> String? {
        try entries(of: archive).first { $0.name == name }.map {
            String(decoding: $0.contents, as: UTF8.self)
        }
    }
}

/// CRC-32 one bit at a time, straight from the definition.
public func bitwiseCRC32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
        crc ^= UInt32(byte)
        for _ in 0..<8 { crc = (crc >> 1) ^ (crc & 1 == 1 ? 0xEDB8_8320 : 0) }
    }
    return ~crc
}
