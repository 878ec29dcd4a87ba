/// Formats CSV records, quoting a field only when it holds the separator, a quote,
/// CR or LF, or starts with a space (which spreadsheets would trim); quotes inside a
/// quoted field are doubled.
///
/// Writers of big files append fields straight into a byte buffer
/// (`appendField(_:to:)` with bytes, `appendDelimiter(to:)`, `appendLineEnding(to:)`)
/// and flush it now and then; `appendRecord(_:to:)` and `record(_:)` are for small ones.
public struct CSVWriter: Sendable {
    /// The field separator.
    public var delimiter: UInt8
    /// The record terminator.
    public var lineEnding: [UInt8]

    /// Creates a writer; the default is comma-separated with LF line endings.
    public init(delimiter: UInt8 = UInt8(ascii: ","), lineEnding: [UInt8] = [0x0A]) {
        self.delimiter = delimiter
        self.lineEnding = lineEnding
    }

    /// Whether `field` must be quoted: it starts with a space, or holds the separator, a
    /// quote or a line end.
    ///
    /// A field of 8 bytes or more is read a word at a time (the last word overlapping the
    /// one before), each byte compared with the four at once: every field of every
    /// normalized table is asked, a gigabyte of them on the national year.
    @inlinable
    public func needsQuotes(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = field.baseAddress, !field.isEmpty else { return false }
        if base[0] == 0x20 { return true }
        let separator = delimiter
        let count = field.count
        guard count >= 8 else {
            for byte in field where byte == separator || byte == 0x22 || byte == 0x0A || byte == 0x0D {
                return true
            }
            return false
        }
        var start = 0
        while true {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
            if Self.holdsSpecialByte(word, separator: separator) { return true }
            if start == count - 8 { return false }
            start = Swift.min(start + 8, count - 8)
        }
    }

    /// Whether a byte of `word` is `separator`, a quote, LF or CR: a byte equal to one of
    /// them is a zero byte of the word XORed with it repeated, and `(x - 0x01…) & ~x & 0x80…`
    /// is non-zero exactly when `x` has a zero byte.
    @inlinable @inline(__always)
    static func holdsSpecialByte(_ word: UInt64, separator: UInt8) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let separators = word ^ (ones &* UInt64(separator))
        let quotes = word ^ (ones &* 0x22)
        let lineFeeds = word ^ (ones &* 0x0A)
        let carriageReturns = word ^ (ones &* 0x0D)
        let zeroBytes =
            ((separators &- ones) & ~separators) | ((quotes &- ones) & ~quotes)
            | ((lineFeeds &- ones) & ~lineFeeds) | ((carriageReturns &- ones) & ~carriageReturns)
        return zeroBytes & highBits != 0
    }

    /// Appends one field given as UTF-8 bytes, quoted if needed, to `output`.
    public func appendField(_ field: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        guard needsQuotes(field) else {
            output.append(contentsOf: field)
            return
        }
        output.append(0x22)
        for byte in field {
            output.append(byte)
            if byte == 0x22 { output.append(0x22) }
        }
        output.append(0x22)
    }

    /// Writes one field given as UTF-8 bytes, quoted if needed, at `output`, which has room
    /// for `2 * field.count + 2` bytes, and returns the number of bytes written: for writers
    /// of big files that fill memory of their own, field after field, with no array appended.
    @inlinable @inline(__always)
    public func writeField(_ field: UnsafeBufferPointer<UInt8>, at output: UnsafeMutablePointer<UInt8>) -> Int
    {
        guard needsQuotes(field) else {
            if let base = field.baseAddress { output.update(from: base, count: field.count) }
            return field.count
        }
        var count = 0
        output[count] = 0x22
        count += 1
        for byte in field {
            output[count] = byte
            count += 1
            if byte == 0x22 {
                output[count] = 0x22
                count += 1
            }
        }
        output[count] = 0x22
        return count + 1
    }

    /// Appends one field, quoted if needed, to `output`.
    public func appendField(_ field: String, to output: inout [UInt8]) {
        var field = field
        field.withUTF8 { appendField($0, to: &output) }
    }

    /// Appends one field, quoted if needed, to `output`.
    public func appendField(_ field: some Collection<UInt8>, to output: inout [UInt8]) {
        if let done: Void = field.withContiguousStorageIfAvailable({ appendField($0, to: &output) }) {
            return done
        }
        Array(field).withUnsafeBufferPointer { appendField($0, to: &output) }
    }

    /// Appends the separator that goes between two fields.
    @inline(__always)
    public func appendDelimiter(to output: inout [UInt8]) {
        output.append(delimiter)
    }

    /// Appends the record terminator.
    @inline(__always)
    public func appendLineEnding(to output: inout [UInt8]) {
        output.append(contentsOf: lineEnding)
    }

    /// Appends one record (fields separated, line ending added) to `output`.
    public func appendRecord(_ fields: [String], to output: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.append(delimiter) }
            appendField(field, to: &output)
        }
        output.append(contentsOf: lineEnding)
    }

    /// Appends one record of fields given as bytes (such as a `CSVRow`'s) to `output`.
    public func appendRecord(_ fields: [UnsafeBufferPointer<UInt8>], to output: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.append(delimiter) }
            appendField(field, to: &output)
        }
        output.append(contentsOf: lineEnding)
    }

    /// One record as a `String`, with its line ending.
    public func record(_ fields: [String]) -> String {
        var output: [UInt8] = []
        appendRecord(fields, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
