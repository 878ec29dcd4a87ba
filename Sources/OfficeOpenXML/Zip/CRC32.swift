/// The CRC-32 checksum of ZIP and PNG (IEEE 802.3 polynomial, reflected, 0xEDB88320).
///
/// Slicing-by-16: sixteen tables let the loop consume sixteen bytes per step (two 8-byte
/// loads), about a fifth faster than slicing-by-8 on the national workbook and report,
/// and several times as fast as the one-table loop.
public struct CRC32: Sendable {
    /// The checksum of the bytes seen so far.
    public var value: UInt32 { ~state }
    private var state: UInt32 = 0xFFFF_FFFF

    /// Creates the checksum of no bytes.
    public init() {}

    /// The checksum of `bytes`.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    /// Adds `bytes` to the checksum.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { update($0) }
    }

    /// Adds the bytes of `buffer` to the checksum.
    public mutating func update(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress else { return }
        var crc = state
        var index = 0
        let count = buffer.count
        let raw = UnsafeRawPointer(base)
        CRC32.tables.withUnsafeBufferPointer { tables in
            let table = tables.baseAddress!
            @inline(__always) func entry(_ slice: Int, _ byte: UInt32) -> UInt32 {
                table[slice &* 256 &+ Int(byte & 0xFF)]
            }
            while index &+ 16 <= count {
                let first = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian
                let second = raw.loadUnaligned(fromByteOffset: index &+ 8, as: UInt64.self).littleEndian
                let low = crc ^ UInt32(truncatingIfNeeded: first)
                let high = UInt32(truncatingIfNeeded: first >> 32)
                let third = UInt32(truncatingIfNeeded: second)
                let fourth = UInt32(truncatingIfNeeded: second >> 32)
                crc =
                    entry(15, low) ^ entry(14, low >> 8) ^ entry(13, low >> 16) ^ entry(12, low >> 24)
                    ^ entry(11, high) ^ entry(10, high >> 8) ^ entry(9, high >> 16) ^ entry(8, high >> 24)
                    ^ entry(7, third) ^ entry(6, third >> 8) ^ entry(5, third >> 16) ^ entry(4, third >> 24)
                    ^ entry(3, fourth) ^ entry(2, fourth >> 8) ^ entry(1, fourth >> 16)
                    ^ entry(0, fourth >> 24)
                index &+= 16
            }
            while index < count {
                crc = entry(0, crc ^ UInt32(base[index])) ^ (crc >> 8)
                index &+= 1
            }
        }
        state = crc
    }

    /// Table k gives the CRC of a byte followed by k zero bytes (k < 16).
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 16 * 256)
        for byte in 0..<256 {
            var crc = UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            tables[byte] = crc
        }
        for byte in 0..<256 {
            for slice in 1..<16 {
                let previous = tables[(slice - 1) * 256 + byte]
                tables[slice * 256 + byte] = tables[Int(previous & 0xFF)] ^ (previous >> 8)
            }
        }
        return tables
    }()
}
