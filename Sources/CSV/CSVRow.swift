/// One record of a CSV file: its fields as unescaped UTF-8 bytes and where it starts.
///
/// A row borrows the reader's buffers: it is valid only until the next call to
/// `CSVReader.nextRow()`. Copy what you keep (`string(at:)` makes a `String`).
public struct CSVRow {
    /// The physical line where the record starts (the header is line 1).
    public let line: Int
    /// The 0-based record number (the header is record 0).
    public let recordIndex: Int
    /// The byte offset of the record's first byte in the decoded text.
    public let byteOffset: Int
    /// The number of fields.
    public let count: Int
    @usableFromInline let bytes: UnsafePointer<UInt8>
    @usableFromInline let ends: UnsafePointer<Int>

    /// Creates a row over the reader's buffers.
    init(
        line: Int, recordIndex: Int, byteOffset: Int, count: Int,
        bytes: UnsafePointer<UInt8>, ends: UnsafePointer<Int>
    ) {
        self.line = line
        self.recordIndex = recordIndex
        self.byteOffset = byteOffset
        self.count = count
        self.bytes = bytes
        self.ends = ends
    }

    /// The unescaped bytes of field `index` (0-based); valid until the next row is read.
    /// Always inlined: a call per field was a tenth of the attendance check.
    @inlinable @inline(__always)
    public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(index >= 0 && index < count, "field index out of range")
        let start = index == 0 ? 0 : ends[index - 1]
        return UnsafeBufferPointer(start: bytes + start, count: ends[index] - start)
    }

    /// The field `index` as a `String` (UTF-8), or the empty string past the last field.
    public func string(at index: Int) -> String {
        guard index >= 0 && index < count else { return "" }
        return String(decoding: self[index], as: UTF8.self)
    }

    /// Whether field `index` is empty or absent.
    @inlinable
    public func isEmpty(at index: Int) -> Bool {
        index < 0 || index >= count || self[index].isEmpty
    }

    /// Whether every field is empty (a blank line, or a line of separators only).
    @inlinable
    public var isBlank: Bool {
        count == 0 || ends[count - 1] == 0
    }

    /// All fields as strings; for headers and tests, not for hot paths.
    public var strings: [String] { (0..<count).map { string(at: $0) } }
}
