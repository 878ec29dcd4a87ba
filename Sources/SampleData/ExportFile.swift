import ChiboCore

/// One raw export being written: a byte buffer that rows are formatted into by hand
/// (no `String` per field, no `DateFormatter`) and that is streamed to an
/// `AtomicFileWriter` whenever it fills, so memory stays bounded whatever the scale.
final class ExportFile {
    /// How the file is laid out, as the exporting software or spreadsheet did.
    struct Dialect {
        /// The field separator.
        var delimiter: UInt8 = UInt8(ascii: ",")
        /// Whether records end with CR LF (spreadsheets on Windows) instead of LF.
        var usesCRLF = false
        /// Whether the file starts with a UTF-8 byte-order mark (Excel's "CSV UTF-8").
        var hasByteOrderMark = false
    }

    /// The file name inside the output folder.
    let fileName: String
    /// The separator written between fields.
    let delimiter: UInt8
    private let usesCRLF: Bool
    private let writer: AtomicFileWriter
    private let storage: UnsafeMutablePointer<UInt8>
    private var count = 0
    /// The physical line the next record starts on (the header is line 1).
    private(set) var nextLine = 1
    /// Data records written so far (the header excluded).
    private(set) var recordCount = 0
    /// Bytes handed to the writer so far.
    private(set) var byteCount = 0

    private static let flushThreshold = 1 << 20
    // No single record comes near this; a record is always finished before a flush.
    private static let capacity = flushThreshold + (1 << 16)

    /// Creates `directory/fileName` (through a temporary file) and writes the header.
    init(directory: String, fileName: String, dialect: Dialect, header: [String]) throws(FileError) {
        self.fileName = fileName
        self.delimiter = dialect.delimiter
        self.usesCRLF = dialect.usesCRLF
        // The members are fictional: the sample is committed and shared like the code.
        writer = try AtomicFileWriter(path: directory + "/" + fileName, confidentiality: .shared)
        storage = .allocate(capacity: ExportFile.capacity)
        if dialect.hasByteOrderMark {
            append(0xEF)
            append(0xBB)
            append(0xBF)
        }
        for (index, name) in header.enumerated() {
            if index > 0 { separator() }
            text(Array(name.utf8))
        }
        endHeader()
    }

    deinit { storage.deallocate() }

    @inline(__always)
    func append(_ byte: UInt8) {
        storage[count] = byte
        count += 1
    }

    /// Appends bytes verbatim (callers know they need no quoting).
    @inline(__always)
    func raw(_ bytes: UnsafeBufferPointer<UInt8>) {
        (storage + count).update(from: bytes.baseAddress!, count: bytes.count)
        count += bytes.count
    }

    /// Appends bytes verbatim (callers know they need no quoting).
    @inline(__always)
    func raw(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { raw($0) }
    }

    /// Appends a text field, quoted when it holds the separator, a quote, CR or LF.
    func text(_ bytes: [UInt8]) {
        var needsQuotes = false
        for byte in bytes where byte == delimiter || byte == 0x22 || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            raw(bytes)
            return
        }
        append(0x22)
        for byte in bytes {
            append(byte)
            if byte == 0x22 { append(0x22) }
            if byte == 0x0A { nextLine += 1 }
        }
        append(0x22)
    }

    /// Appends the field separator.
    @inline(__always)
    func separator() { append(delimiter) }

    /// Appends a non-negative integer in decimal, zero-padded to `width` digits.
    @inline(__always)
    func decimal(_ value: Int, width: Int = 1) {
        var digits = 1
        var probe = value
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        let length = max(digits, width)
        var remaining = value
        var position = count + length - 1
        while position >= count {
            storage[position] = UInt8(truncatingIfNeeded: remaining % 10) &+ 0x30
            remaining /= 10
            position -= 1
        }
        count += length
    }

    /// Appends a date as `dd/mm/yyyy`, or `d/m/yyyy` when `isShort`.
    @inline(__always)
    func date(_ day: Day, isShort: Bool = false) {
        let (year, month, dayOfMonth) = day.components
        decimal(dayOfMonth, width: isShort ? 1 : 2)
        append(UInt8(ascii: "/"))
        decimal(month, width: isShort ? 1 : 2)
        append(UInt8(ascii: "/"))
        decimal(year, width: 4)
    }

    /// Ends a data record and streams the buffer out once it is large.
    @inline(__always)
    func endRecord() throws(FileError) {
        endLine()
        recordCount += 1
        if count >= ExportFile.flushThreshold { try flush() }
    }

    private func endHeader() {
        endLine()
    }

    @inline(__always)
    private func endLine() {
        if usesCRLF { append(0x0D) }
        append(0x0A)
        nextLine += 1
    }

    private func flush() throws(FileError) {
        try writer.write(UnsafeBufferPointer(start: storage, count: count))
        byteCount += count
        count = 0
    }

    /// Writes what is left and renames the file into place.
    func commit() throws(FileError) {
        try flush()
        try writer.commit()
    }
}
