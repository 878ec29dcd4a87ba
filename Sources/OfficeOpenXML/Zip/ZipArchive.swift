/// A ZIP archive (APPNOTE 6.3) built in memory, entries in the order they are added.
///
/// Every entry carries the same timestamp, 1980-01-01 00:00 (the earliest DOS date), and
/// no extra fields, so the same entries give the same bytes on every run. An entry is
/// DEFLATE-compressed unless that would not make it smaller; then it is stored.
public struct ZipArchive: Sendable {
    private var output: [UInt8] = []
    private var centralDirectory: [UInt8] = []
    private var names: Set<String> = []
    private var entryCount = 0

    /// DOS date of 1980-01-01: (year − 1980) << 9 | month << 5 | day.
    private static let dosDate: UInt16 = 1 << 5 | 1
    private static let dosTime: UInt16 = 0
    static let limit = Int(UInt32.max)

    /// Creates an empty archive.
    public init() {}

    /// Adds an entry named `name` (a relative path with `/` separators) holding `contents`.
    public mutating func add(_ name: String, contents: [UInt8]) throws(ZipError) {
        try add(try ZipEntry(name, contents: contents))
    }

    /// Adds an entry compressed beforehand (`ZipEntry`), so that a caller building big
    /// parts holds each one compressed rather than all of them whole.
    public mutating func add(_ entry: ZipEntry) throws(ZipError) {
        let name = entry.name
        let nameBytes = entry.nameBytes
        let checksum = entry.checksum
        let stored = entry.stored
        let isDeflated = entry.isDeflated
        let contentsCount = entry.contentsCount
        guard names.insert(name).inserted else { throw .duplicateName(name) }
        guard entryCount < Int(UInt16.max) else { throw .tooLarge(entry: name) }
        let offset = output.count
        guard offset + 30 + nameBytes.count + stored.count < ZipArchive.limit else {
            throw .tooLarge(entry: name)
        }
        let method: UInt16 = isDeflated ? 8 : 0
        // Bit 11: the name is UTF-8 (ours are ASCII, but say so for any caller).
        let flags: UInt16 = nameBytes.allSatisfy { $0 < 0x80 } ? 0 : 1 << 11

        append32(0x0403_4B50, to: &output)
        append16(20, to: &output)  // version needed: 2.0 (DEFLATE)
        append16(flags, to: &output)
        append16(method, to: &output)
        append16(ZipArchive.dosTime, to: &output)
        append16(ZipArchive.dosDate, to: &output)
        append32(checksum, to: &output)
        append32(UInt32(stored.count), to: &output)
        append32(UInt32(contentsCount), to: &output)
        append16(UInt16(nameBytes.count), to: &output)
        append16(0, to: &output)
        output.append(contentsOf: nameBytes)
        output.append(contentsOf: stored)

        append32(0x0201_4B50, to: &centralDirectory)
        append16(20, to: &centralDirectory)  // made by: MS-DOS, 2.0
        append16(20, to: &centralDirectory)
        append16(flags, to: &centralDirectory)
        append16(method, to: &centralDirectory)
        append16(ZipArchive.dosTime, to: &centralDirectory)
        append16(ZipArchive.dosDate, to: &centralDirectory)
        append32(checksum, to: &centralDirectory)
        append32(UInt32(stored.count), to: &centralDirectory)
        append32(UInt32(contentsCount), to: &centralDirectory)
        append16(UInt16(nameBytes.count), to: &centralDirectory)
        append16(0, to: &centralDirectory)  // extra field
        append16(0, to: &centralDirectory)  // comment
        append16(0, to: &centralDirectory)  // disk
        append16(0, to: &centralDirectory)  // internal attributes
        append32(0, to: &centralDirectory)  // external attributes
        append32(UInt32(offset), to: &centralDirectory)
        centralDirectory.append(contentsOf: nameBytes)
        entryCount += 1
    }

    /// Adds an entry holding the UTF-8 bytes of `text`.
    public mutating func add(_ name: String, text: String) throws(ZipError) {
        try add(name, contents: Array(text.utf8))
    }

    /// The bytes of the archive: the entries, the central directory and its end record.
    public func bytes() throws(ZipError) -> [UInt8] {
        var copy = self
        return try copy.takeBytes()
    }

    /// `bytes()`, made in the memory the entries are already in rather than in a copy of
    /// them (tens of megabytes for a national workbook); the archive is left empty.
    public mutating func takeBytes() throws(ZipError) -> [UInt8] {
        guard output.count + centralDirectory.count + 22 < ZipArchive.limit else {
            throw .tooLarge(entry: "central directory")
        }
        let entriesSize = output.count
        var result = output
        output = []
        defer {
            centralDirectory = []
            names = []
            entryCount = 0
        }
        result.reserveCapacity(result.count + centralDirectory.count + 22)
        result.append(contentsOf: centralDirectory)
        append32(0x0605_4B50, to: &result)
        append16(0, to: &result)  // this disk
        append16(0, to: &result)  // disk of the central directory
        append16(UInt16(entryCount), to: &result)
        append16(UInt16(entryCount), to: &result)
        append32(UInt32(centralDirectory.count), to: &result)
        append32(UInt32(entriesSize), to: &result)
        append16(0, to: &result)  // comment length
        return result
    }
}

@inline(__always)
private func append16(_ value: UInt16, to bytes: inout [UInt8]) {
    bytes.append(UInt8(truncatingIfNeeded: value))
    bytes.append(UInt8(truncatingIfNeeded: value >> 8))
}

@inline(__always)
private func append32(_ value: UInt32, to bytes: inout [UInt8]) {
    bytes.append(UInt8(truncatingIfNeeded: value))
    bytes.append(UInt8(truncatingIfNeeded: value >> 8))
    bytes.append(UInt8(truncatingIfNeeded: value >> 16))
    bytes.append(UInt8(truncatingIfNeeded: value >> 24))
}
