import Testing

@testable import CSV

/// A record as the tests compare it: where it starts and its fields.
struct ReadRecord: Equatable, CustomStringConvertible {
    var line: Int
    var fields: [String]

    var description: String { "\(line): \(fields)" }
}

/// Reads every record of `bytes` with a buffer of `bufferSize` bytes.
func readRecords(
    _ bytes: [UInt8], bufferSize: Int = 1 << 20, delimiter: UInt8? = nil, maximumFieldLength: Int = 1 << 20
) throws(CSVError) -> [ReadRecord] {
    let reader = try CSVReader(
        input: ByteInput(bytes: bytes, fileName: "test.csv"), delimiter: delimiter, bufferSize: bufferSize,
        maximumFieldLength: maximumFieldLength)
    return try readAll(reader)
}

/// Reads every record `reader` has.
func readAll(_ reader: CSVReader) throws(CSVError) -> [ReadRecord] {
    var records: [ReadRecord] = []
    while let row = try reader.nextRow() {
        records.append(ReadRecord(line: row.line, fields: row.strings))
    }
    return records
}

/// The error reading `bytes` fails with, if any.
func readError(_ bytes: [UInt8], bufferSize: Int = 1 << 20, maximumFieldLength: Int = 1 << 20) -> CSVError? {
    do {
        _ = try readRecords(bytes, bufferSize: bufferSize, maximumFieldLength: maximumFieldLength)
        return nil
    } catch {
        return error
    }
}

extension Array where Element == UInt8 {
    /// The UTF-8 bytes of `text`.
    init(utf8 text: String) {
        self = Array(text.utf8)
    }
}

/// `text` in UTF-16 with a byte order mark.
func utf16Bytes(_ text: String, bigEndian: Bool) -> [UInt8] {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in text.utf16 {
        let high = UInt8(unit >> 8)
        let low = UInt8(unit & 0xFF)
        bytes += bigEndian ? [high, low] : [low, high]
    }
    return bytes
}

/// `text` in Windows-1258 the way Vietnamese Windows software writes it: a base letter
/// followed by a combining tone mark byte where the code page has no precomposed letter.
/// Written out by hand for the letters the tests use (0xCC grave, 0xEC acute, 0xDE
/// tilde, 0xD2 hook, 0xF2 dot below; 0xE2 â, 0xE3 ă, 0xEA ê, 0xF4 ô, 0xF0 đ, 0xD0 Đ, 0xFD ư).
func windows1258Bytes(_ text: String) -> [UInt8] {
    let letters: [Character: [UInt8]] = [
        "ễ": [0xEA, 0xDE], "ă": [0xE3], "ầ": [0xE2, 0xCC], "ị": [0x69, 0xF2], "í": [0x69, 0xEC],
        "ê": [0xEA], "Đ": [0xD0], "ứ": [0xFD, 0xEC], "ạ": [0x61, 0xF2], "ù": [0xF9], "ọ": [0x6F, 0xF2],
        "đ": [0xF0], "ỳ": [0x79, 0xCC], "ó": [0xF3], "ò": [0x6F, 0xCC], "ả": [0x61, 0xD2],
        "ỗ": [0xF4, 0xDE],
    ]
    var bytes: [UInt8] = []
    for character in text {
        if let encoded = letters[character] {
            bytes += encoded
        } else {
            precondition(character.isASCII, "no Windows-1258 bytes written for \(character)")
            bytes += Array(String(character).utf8)
        }
    }
    return bytes
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes `bytes` to a new file at `path`.
func writeFile(_ bytes: [UInt8], to path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    try #require(written == bytes.count)
}

/// Removes the file at `path`.
func removeFile(_ path: String) {
    unlink(path)
}
