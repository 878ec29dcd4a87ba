#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads CSV records from a file or a byte array, RFC 4180 plus what spreadsheets
/// export: `,` `;` or tab separators (sniffed from the header line), CRLF or LF,
/// quoted fields holding separators, doubled quotes and newlines, and blank lines
/// (skipped). Each record remembers the physical line where it starts.
///
/// Rows are handed out one at a time and borrow the reader's buffers.
public final class CSVReader {
    /// The name used in diagnostics.
    public let fileName: String
    /// The encoding the bytes were detected to be in.
    public private(set) var encoding: TextEncoding = .utf8
    /// The field separator.
    public private(set) var delimiter: UInt8 = UInt8(ascii: ",")

    private var text: [UInt8] = []
    private var position = 0
    private var line = 1
    private var recordIndex = 0
    private var fieldBytes: UnsafeMutablePointer<UInt8>
    private var fieldCapacity = 4096
    private var fieldEnds: UnsafeMutablePointer<Int>
    private var endsCapacity = 64

    /// The longest field accepted, in bytes.
    public static let maximumFieldLength = 1 << 20

    /// Opens `path` and detects its encoding and separator (unless `delimiter` is given).
    public convenience init(path: String, fileName: String? = nil, delimiter: UInt8? = nil) throws(CSVError) {
        let name = fileName ?? path
        let bytes = try CSVReader.readAll(path: path, name: name)
        try self.init(bytes: bytes, fileName: name, delimiter: delimiter)
    }

    /// Reads from bytes already in memory.
    public init(bytes: [UInt8], fileName: String, delimiter: UInt8? = nil) throws(CSVError) {
        self.fileName = fileName
        fieldBytes = .allocate(capacity: fieldCapacity)
        fieldEnds = .allocate(capacity: endsCapacity)
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            encoding = .utf8WithBOM
            text = Array(bytes[3...])
        } else {
            text = bytes
        }
        self.delimiter = delimiter ?? CSVReader.sniffDelimiter(text)
    }

    deinit {
        fieldBytes.deallocate()
        fieldEnds.deallocate()
    }

    private static func readAll(path: String, name: String) throws(CSVError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            throw .unreadable(file: name, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: name, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            result.append(contentsOf: chunk[0..<count])
        }
        return result
    }

    /// Picks the separator that occurs most often outside quotes on the first line;
    /// a comma when none occurs.
    static func sniffDelimiter(_ text: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var inQuotes = false
        for byte in text {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes && (byte == 0x0A || byte == 0x0D) {
                break
            } else if !inQuotes, counts[byte] != nil {
                counts[byte]! += 1
            }
        }
        var best = UInt8(ascii: ",")
        for candidate in [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        where counts[candidate]! > counts[best]! {
            best = candidate
        }
        return best
    }

    private func appendFieldByte(_ byte: UInt8, length: Int, fieldStart: Int, fieldNumber: Int) throws(CSVError) {
        if length - fieldStart >= CSVReader.maximumFieldLength {
            throw .fieldTooLong(file: fileName, line: line, column: fieldNumber, limit: CSVReader.maximumFieldLength)
        }
        if length == fieldCapacity {
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: fieldCapacity * 2)
            bigger.update(from: fieldBytes, count: length)
            fieldBytes.deallocate()
            fieldBytes = bigger
            fieldCapacity *= 2
        }
        fieldBytes[length] = byte
    }

    private func endField(at length: Int, count: Int) {
        if count == endsCapacity {
            let bigger = UnsafeMutablePointer<Int>.allocate(capacity: endsCapacity * 2)
            bigger.update(from: fieldEnds, count: count)
            fieldEnds.deallocate()
            fieldEnds = bigger
            endsCapacity *= 2
        }
        fieldEnds[count] = length
    }

    /// The next record, or nil at the end of the file. Empty lines are skipped.
    public func nextRow() throws(CSVError) -> CSVRow? {
        let quote = UInt8(ascii: "\"")
        let separator = delimiter
        while position < text.count {
            let startLine = line
            let startOffset = position
            var length = 0
            var fieldStart = 0
            var fieldCount = 0
            var inQuotes = false
            var fieldWasQuoted = false
            var atFieldStart = true
            var ended = false
            while position < text.count {
                let byte = text[position]
                position += 1
                if inQuotes {
                    if byte == quote {
                        if position < text.count && text[position] == quote {
                            try appendFieldByte(quote, length: length, fieldStart: fieldStart, fieldNumber: fieldCount + 1)
                            length += 1
                            position += 1
                        } else {
                            inQuotes = false
                        }
                    } else {
                        if byte == 0x0A || (byte == 0x0D && !(position < text.count && text[position] == 0x0A)) {
                            line += 1
                        }
                        try appendFieldByte(byte, length: length, fieldStart: fieldStart, fieldNumber: fieldCount + 1)
                        length += 1
                    }
                    continue
                }
                if byte == separator {
                    endField(at: length, count: fieldCount)
                    fieldCount += 1
                    fieldStart = length
                    atFieldStart = true
                    fieldWasQuoted = false
                    continue
                }
                if byte == 0x0A || byte == 0x0D {
                    if byte == 0x0D && position < text.count && text[position] == 0x0A { position += 1 }
                    line += 1
                    ended = true
                    break
                }
                if byte == quote && atFieldStart && !fieldWasQuoted {
                    inQuotes = true
                    fieldWasQuoted = true
                    atFieldStart = false
                    continue
                }
                atFieldStart = false
                try appendFieldByte(byte, length: length, fieldStart: fieldStart, fieldNumber: fieldCount + 1)
                length += 1
            }
            if inQuotes {
                throw .unterminatedQuote(file: fileName, line: startLine, column: fieldCount + 1)
            }
            _ = ended
            if fieldCount == 0 && length == 0 && !fieldWasQuoted {
                continue  // an empty line is not a record
            }
            endField(at: length, count: fieldCount)
            fieldCount += 1
            defer { recordIndex += 1 }
            return CSVRow(
                line: startLine, recordIndex: recordIndex, byteOffset: startOffset, count: fieldCount,
                bytes: fieldBytes, ends: fieldEnds)
        }
        return nil
    }
}
