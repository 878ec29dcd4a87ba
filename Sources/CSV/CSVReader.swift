/// Reads CSV records from a file or a byte array, RFC 4180 plus what spreadsheets
/// export: `,` `;` or tab separators (sniffed from the header line), CRLF, LF or CR
/// line ends, quoted fields holding separators, doubled quotes and newlines, and blank
/// lines (skipped). Each record remembers the physical line where it starts.
///
/// Files are streamed through one reused buffer (1 MiB): memory grows with the longest
/// record, not with the file. The encoding is detected from the bytes (see
/// `EncodingDetector`): UTF-8 with or without BOM, UTF-16 with BOM, Windows-1258; every
/// field comes out as UTF-8, and a byte that does not decode is an error, never replaced.
///
/// Lenient where spreadsheets are: a quote inside an unquoted field is kept, text after
/// a closing quote is appended to the field, and rows may have any number of fields
/// (the caller decides what a ragged row means).
///
/// Rows are handed out one at a time and borrow the reader's buffers. After an error
/// the reader must not be used again.
public final class CSVReader {
    /// The name used in diagnostics.
    public let fileName: String
    /// The encoding the bytes were detected to be in.
    public let encoding: TextEncoding
    /// The field separator. A constant, not a variable: reading a variable of a class
    /// costs a dynamic exclusivity check on each call of `nextRow()`.
    public let delimiter: UInt8
    /// The longest field accepted by this reader, in bytes.
    public let maximumFieldLength: Int

    /// The default longest field accepted, in bytes.
    public static let maximumFieldLength = 1 << 20
    /// The size of the read buffer.
    static let defaultBufferSize = 1 << 20

    private let decoder: any TextDecoder
    // The decoded text of the current read: `buffer[position..<limit]` is still unparsed.
    private let buffer: UnsafeMutablePointer<UInt8>
    private let bufferCapacity: Int
    private var position = 0
    private var limit = 0
    /// The offset in the decoded text of `buffer[0]`.
    private var bufferBase = 0
    private var undecodableBytes: String?
    private var isInputFinished = false
    /// A record ended with CR at the end of a read: an LF starting the next one belongs to it.
    private var skipsLineFeed = false
    private var line = 1
    private var recordIndex = 0
    // The current record: unescaped field bytes back to back, and where each field ends.
    private var fieldBytes: UnsafeMutablePointer<UInt8>
    private var fieldCapacity: Int
    private var fieldEnds: UnsafeMutablePointer<Int>
    private var endsCapacity = 64

    /// Opens `path` and detects its encoding and separator (unless `delimiter` is given).
    public convenience init(path: String, fileName: String? = nil, delimiter: UInt8? = nil) throws(CSVError) {
        let name = fileName ?? path
        try self.init(input: ByteInput(path: path, fileName: name), delimiter: delimiter)
    }

    /// Reads a UTF-8 file from byte `offset` on, where the caller found a record to start
    /// (on another thread, while a reader of the whole file reads the part before it):
    /// the encoding and separator are those already detected for the file, and records
    /// report the physical `line` and the offset in the text (`textOffset`, the offset
    /// without a byte order mark) they would have in one reader of the whole file, so
    /// that the caller can check that reader meets the same record there.
    public convenience init(
        path: String, fileName: String, continuingAt offset: Int, textOffset: Int, line: Int, delimiter: UInt8
    ) throws(CSVError) {
        try self.init(
            input: ByteInput(path: path, fileName: fileName, offset: offset), delimiter: delimiter,
            continuing: (textOffset, line))
    }

    /// Reads UTF-8 `bytes` taken out of a file whose separator is `delimiter`, such as one
    /// record read again from where an earlier reader met it: nothing is detected, since a
    /// few bytes alone could pass for another encoding or separator. Records report lines
    /// from 1 and offsets from 0, counted in `bytes`.
    public convenience init(utf8Bytes bytes: [UInt8], fileName: String, delimiter: UInt8) throws(CSVError) {
        try self.init(
            input: ByteInput(bytes: bytes, fileName: fileName), delimiter: delimiter,
            bufferSize: max(16, bytes.count + 16), continuing: (0, 1))
    }

    /// Reads from bytes already in memory (detecting the encoding as for a file).
    public convenience init(bytes: [UInt8], fileName: String, delimiter: UInt8? = nil) throws(CSVError) {
        try self.init(input: ByteInput(bytes: bytes, fileName: fileName), delimiter: delimiter)
    }

    /// The designated initializer; tests pass small `bufferSize`s (at least 16 bytes) to
    /// make records straddle reads.
    init(
        input: ByteInput, delimiter: UInt8?, bufferSize: Int = CSVReader.defaultBufferSize,
        maximumFieldLength: Int = CSVReader.maximumFieldLength,
        continuing: (textOffset: Int, line: Int)? = nil
    ) throws(CSVError) {
        fileName = input.fileName
        self.maximumFieldLength = maximumFieldLength
        if let continuing, let delimiter {
            encoding = .utf8
            decoder = UTF8Decoder(input: input)
            self.delimiter = delimiter
            bufferCapacity = bufferSize
            buffer = .allocate(capacity: bufferCapacity)
            fieldCapacity = bufferCapacity + 64
            fieldBytes = .allocate(capacity: fieldCapacity)
            fieldEnds = .allocate(capacity: endsCapacity)
            line = continuing.line
            bufferBase = continuing.textOffset
            return
        }
        let detected = try input.peek(EncodingDetector.sniffLength) { EncodingDetector.detect($0) }
        var textSize: Int?
        encoding = detected.encoding
        let sniffedDelimiter: UInt8
        input.skip(detected.markLength)
        switch detected.encoding {
        case .utf8, .utf8WithBOM, .windows1258:
            if detected.encoding == .windows1258 {
                decoder = Windows1258Decoder(input: input)
            } else {
                decoder = UTF8Decoder(input: input)
            }
            // The separators are ASCII in both encodings: sniffed from the raw bytes.
            if let delimiter {
                sniffedDelimiter = delimiter
            } else {
                sniffedDelimiter = try input.peek(EncodingDetector.sniffLength) {
                    CSVReader.sniffDelimiter($0)
                }
            }
        case .utf16LittleEndian, .utf16BigEndian:
            let raw = try input.readAll()
            let transcoded = raw.withUnsafeBufferPointer {
                UTF16Transcoder.transcode($0, isBigEndian: detected.encoding == .utf16BigEndian)
            }
            decoder = MemoryDecoder(text: transcoded.text, undecodableBytes: transcoded.undecodableBytes)
            textSize = transcoded.text.count
            sniffedDelimiter =
                delimiter ?? transcoded.text.withUnsafeBufferPointer { CSVReader.sniffDelimiter($0) }
        }
        self.delimiter = sniffedDelimiter
        // Small inputs in memory get a buffer to their size (three UTF-8 bytes at most
        // per input byte), not the full megabyte.
        let sizeHint = (textSize ?? input.remainingCountIfKnown.map { 3 * $0 }).map { $0 + 16 } ?? bufferSize
        bufferCapacity = max(16, min(bufferSize, sizeHint))
        buffer = .allocate(capacity: bufferCapacity)
        fieldCapacity = bufferCapacity + 64
        fieldBytes = .allocate(capacity: fieldCapacity)
        fieldEnds = .allocate(capacity: endsCapacity)
    }

    deinit {
        buffer.deallocate()
        fieldBytes.deallocate()
        fieldEnds.deallocate()
    }

    /// Picks the separator that occurs most often outside quotes on the first line;
    /// a comma when none occurs or on a tie with the comma (then `;`, then tab).
    static func sniffDelimiter(_ text: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var commas = 0
        var semicolons = 0
        var tabs = 0
        var isQuoted = false
        for byte in text {
            if byte == UInt8(ascii: "\"") {
                isQuoted.toggle()
            } else if isQuoted {
                continue
            } else if byte == 0x0A || byte == 0x0D {
                break
            } else if byte == UInt8(ascii: ",") {
                commas += 1
            } else if byte == UInt8(ascii: ";") {
                semicolons += 1
            } else if byte == UInt8(ascii: "\t") {
                tabs += 1
            }
        }
        if semicolons > commas && semicolons >= tabs { return UInt8(ascii: ";") }
        if tabs > commas && tabs > semicolons { return UInt8(ascii: "\t") }
        return UInt8(ascii: ",")
    }

    private enum FieldState {
        /// Nothing of the field read yet: a quote here opens a quoted field.
        case start
        /// In an unquoted field, or after the closing quote of a quoted one.
        case unquoted
        case quoted
        /// Just after a quote inside a quoted field: a second quote is a literal quote.
        case quoteInQuoted
        /// Just after a CR inside a quoted field: an LF here ends the same line.
        case carriageReturnInQuoted
    }

    private static let lowBits: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` equal to the byte repeated in `pattern`; the
    /// lowest flag is exact (a borrow can only flag bytes above a true match).
    @inline(__always)
    private static func matches(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
        let difference = word ^ pattern
        return (difference &- lowBits) & ~difference & highBits
    }

    /// The high bit of each byte of `word` below 0x0E (CR, LF, tab and other controls);
    /// the lowest flag is exact.
    @inline(__always)
    private static func controls(_ word: UInt64) -> UInt64 {
        (word &- lowBits &* 0x0E) & ~word & highBits
    }

    /// The next record, or nil at the end of the file. Empty lines are skipped.
    public func nextRow() throws(CSVError) -> CSVRow? {
        let quote = UInt8(ascii: "\"")
        let lineFeed: UInt8 = 0x0A
        let carriageReturn: UInt8 = 0x0D
        let separator = delimiter
        let separators = Self.lowBits &* UInt64(separator)
        let quotes = Self.lowBits &* UInt64(quote)
        let buffer = self.buffer
        let maximumFieldLength = self.maximumFieldLength
        // The loop works on locals; they are written back when a record is handed out.
        var line = self.line
        var state = FieldState.start
        var length = 0
        var fieldStart = 0
        var fieldCount = 0
        var ends = fieldEnds
        var endsCapacity = self.endsCapacity
        var startLine = line
        var startOffset = bufferBase + position
        input: while true {
            if position == limit {
                if let hex = undecodableBytes {
                    self.line = line
                    throw .undecodable(
                        file: fileName, line: line, column: fieldCount + 1, encoding: encoding.family,
                        hexBytes: hex)
                }
                if isInputFinished { break input }
                try refill()
                continue input
            }
            if skipsLineFeed {
                skipsLineFeed = false
                if buffer[position] == lineFeed {
                    position += 1
                    startOffset = bufferBase + position
                    continue input
                }
            }
            if length - fieldStart > maximumFieldLength {
                throw .fieldTooLong(
                    file: fileName, line: startLine, column: fieldCount + 1, limit: maximumFieldLength)
            }
            // Each input byte gives at most one field byte, so the scan needs no bound checks.
            reserveFieldBytes(length + limit - position)
            let record = fieldBytes
            var out = record + length
            var next = buffer + position
            let end = buffer + limit
            scan: while next < end {
                switch state {
                case .start, .unquoted:
                    // Field after field, until a quote opens a quoted field, the record
                    // ends, or the read does.
                    while true {
                        let runStart = next
                        var isAtSpecial = false
                        while next + 8 <= end {
                            let raw = UnsafeRawPointer(next).loadUnaligned(as: UInt64.self)
                            let word = UInt64(littleEndian: raw)
                            let found =
                                Self.matches(word, separators) | Self.matches(word, quotes)
                                | Self.controls(word)
                            UnsafeMutableRawPointer(out).storeBytes(of: raw, as: UInt64.self)
                            if found == 0 {
                                next += 8
                                out += 8
                                continue
                            }
                            let ordinary = found.trailingZeroBitCount &>> 3
                            next += ordinary
                            out += ordinary
                            isAtSpecial = true
                            break
                        }
                        if !isAtSpecial {
                            while next < end {
                                let byte = next.pointee
                                if byte == separator || byte == quote || byte == lineFeed
                                    || byte == carriageReturn
                                {
                                    isAtSpecial = true
                                    break
                                }
                                out.pointee = byte
                                out += 1
                                next += 1
                            }
                        }
                        if next != runStart { state = .unquoted }
                        guard isAtSpecial else { break scan }
                        let byte = next.pointee
                        next += 1
                        if byte == separator {
                            let fieldEnd = out - record
                            if fieldEnd &- fieldStart > maximumFieldLength {
                                throw .fieldTooLong(
                                    file: fileName, line: startLine, column: fieldCount + 1,
                                    limit: maximumFieldLength)
                            }
                            ends[fieldCount] = fieldEnd
                            fieldCount &+= 1
                            if fieldCount == endsCapacity {
                                growFieldEnds()
                                ends = fieldEnds
                                endsCapacity = self.endsCapacity
                            }
                            fieldStart = fieldEnd
                            state = .start
                        } else if byte == quote {
                            if state == .start {
                                state = .quoted
                                continue scan
                            }
                            out.pointee = quote
                            out += 1
                        } else if byte != lineFeed && byte != carriageReturn {
                            // Another control character, flagged by the word scan: ordinary.
                            out.pointee = byte
                            out += 1
                            state = .unquoted
                        } else {
                            line &+= 1
                            if byte == carriageReturn {
                                if next < end {
                                    if next.pointee == lineFeed { next += 1 }
                                } else {
                                    skipsLineFeed = true
                                }
                            }
                            if fieldCount == 0 && out == record && state == .start {
                                // A blank line is not a record.
                                startLine = line
                                startOffset = bufferBase + (next - buffer)
                                continue
                            }
                            position = next - buffer
                            length = out - record
                            self.line = line
                            return try finishRecord(
                                length: length, fieldStart: fieldStart, fieldCount: fieldCount,
                                line: startLine,
                                offset: startOffset)
                        }
                    }
                case .quoted:
                    var isAtSpecial = false
                    while next + 8 <= end {
                        let raw = UnsafeRawPointer(next).loadUnaligned(as: UInt64.self)
                        let word = UInt64(littleEndian: raw)
                        let found = Self.matches(word, quotes) | Self.controls(word)
                        UnsafeMutableRawPointer(out).storeBytes(of: raw, as: UInt64.self)
                        if found == 0 {
                            next += 8
                            out += 8
                            continue
                        }
                        let ordinary = found.trailingZeroBitCount >> 3
                        next += ordinary
                        out += ordinary
                        isAtSpecial = true
                        break
                    }
                    if !isAtSpecial {
                        while next < end {
                            let byte = next.pointee
                            if byte == quote || byte == lineFeed || byte == carriageReturn {
                                isAtSpecial = true
                                break
                            }
                            out.pointee = byte
                            out += 1
                            next += 1
                        }
                    }
                    guard isAtSpecial else { break scan }
                    let byte = next.pointee
                    next += 1
                    if byte == quote {
                        state = .quoteInQuoted
                    } else {
                        out.pointee = byte
                        out += 1
                        if byte == lineFeed {
                            line += 1
                        } else if byte == carriageReturn {
                            line += 1
                            state = .carriageReturnInQuoted
                        }
                    }
                case .quoteInQuoted:
                    if next.pointee == quote {
                        out.pointee = quote
                        out += 1
                        next += 1
                        state = .quoted
                    } else {
                        // The closing quote; what follows up to the separator is kept as is.
                        state = .unquoted
                    }
                case .carriageReturnInQuoted:
                    if next.pointee == lineFeed {
                        out.pointee = lineFeed
                        out += 1
                        next += 1
                    }
                    state = .quoted
                }
            }
            position = limit
            length = out - record
        }
        self.line = line
        if state == .quoted || state == .carriageReturnInQuoted {
            throw .unterminatedQuote(file: fileName, line: startLine, column: fieldCount + 1)
        }
        if fieldCount == 0 && length == 0 && state == .start { return nil }
        return try finishRecord(
            length: length, fieldStart: fieldStart, fieldCount: fieldCount, line: startLine,
            offset: startOffset)
    }

    /// Closes the last field and hands out the record.
    private func finishRecord(
        length: Int, fieldStart: Int, fieldCount: Int, line: Int, offset: Int
    ) throws(CSVError) -> CSVRow {
        if length - fieldStart > maximumFieldLength {
            throw .fieldTooLong(file: fileName, line: line, column: fieldCount + 1, limit: maximumFieldLength)
        }
        fieldEnds[fieldCount] = length
        defer { recordIndex += 1 }
        return CSVRow(
            line: line, recordIndex: recordIndex, byteOffset: offset, count: fieldCount + 1,
            bytes: fieldBytes,
            ends: fieldEnds)
    }

    /// Decodes the next stretch of input into `buffer`.
    private func refill() throws(CSVError) {
        bufferBase += limit
        let chunk = try decoder.decode(into: buffer, capacity: bufferCapacity)
        position = 0
        limit = chunk.count
        undecodableBytes = chunk.undecodableBytes
        isInputFinished = chunk.isFinal || chunk.undecodableBytes != nil || chunk.count == 0
    }

    /// Makes room for `needed` bytes of the current record (plus a word of slack for
    /// the eight-byte stores of the scanner).
    private func reserveFieldBytes(_ needed: Int) {
        guard needed + 8 > fieldCapacity else { return }
        var capacity = fieldCapacity * 2
        while needed + 8 > capacity { capacity *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        bigger.update(from: fieldBytes, count: fieldCapacity)
        fieldBytes.deallocate()
        fieldBytes = bigger
        fieldCapacity = capacity
    }

    /// Doubles the room for field ends.
    private func growFieldEnds() {
        let bigger = UnsafeMutablePointer<Int>.allocate(capacity: endsCapacity * 2)
        bigger.update(from: fieldEnds, count: endsCapacity)
        fieldEnds.deallocate()
        fieldEnds = bigger
        endsCapacity *= 2
    }
}
