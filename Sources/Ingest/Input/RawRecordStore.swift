import CSV
import ChiboCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The values of each record as read, kept out of memory: only a diagnostic quotes them,
/// and few rows draw one, while members.csv holds millions of rows.
///
/// A UTF-8 file's records are read again from the file itself when a value is wanted
/// (`init(source:)`): the store keeps where each record starts, and the text of a UTF-8
/// file is its bytes after the byte order mark. This writes nothing, where a copy of the
/// values cost as many bytes again as the input (1.7 GB for a national year) in the page
/// cache. Other encodings are decoded from the start of the file, so their records
/// cannot be read again alone: their values are copied as below.
///
/// Records are appended to a buffer that, once it passes `flushSize` and a folder was
/// given, goes to an owner-only temporary file in that folder, removed from the folder
/// as soon as it is created (`O_EXCL`, mode 0600, then `unlink`): nothing is left behind
/// whatever stops the run, and no other user can open it. Without a folder (tests, or
/// when the file cannot be made), every record stays in memory.
final class RawRecordStore {
    /// Where record `i` starts, in the whole stream of records (file then buffer); one
    /// more entry marks the end of the last. In 5 bytes (the low 32 bits, then the next
    /// 8: a terabyte), not 8: the biggest files have tens of millions of records.
    private var startsLow: [UInt32] = [0]
    private var startsHigh: [UInt8] = [0]
    /// The records not yet written to the file: `bufferCount` bytes at `buffer`, which
    /// holds `bufferCapacity` (a buffer of its own, not an array: a record is written into
    /// it with plain stores, not an append per length and value).
    private var buffer: UnsafeMutablePointer<UInt8>
    private var bufferCount = 0
    private var bufferCapacity: Int
    /// The bytes already in the file.
    private var written = 0
    /// The open temporary file, or -1.
    private var descriptor: Int32 = -1
    /// The folder of the temporary file, nil to stay in memory.
    private var folder: String?
    private let flushSize: Int
    /// The file whose records are read again, nil when values are copied.
    let source: Source?
    /// The last record read again from `source`: its index and fields.
    private var lastRecord: (index: Int, fields: [String])?
    private let rereading = NSLock()

    /// Where the records of a UTF-8 file can be read again.
    struct Source: Sendable {
        /// The file's path.
        var path: String
        /// Its name in diagnostics.
        var fileName: String
        /// The length of its byte order mark: file offset less text offset.
        var markLength: Int
        /// Its separator.
        var delimiter: UInt8
        /// The field holding each column of the store, or -1 when none does.
        var fieldPositions: [Int]
    }

    /// A store spilling to `folder` once `flushSize` bytes are buffered.
    init(folder: String?, flushSize: Int = 8 << 20) {
        self.folder = folder
        self.flushSize = flushSize
        self.source = nil
        bufferCapacity = 4096
        buffer = .allocate(capacity: bufferCapacity)
    }

    /// A store reading each record's values again from `source` when one is wanted.
    init(source: Source) {
        self.folder = nil
        self.flushSize = 0
        self.source = source
        startsLow = []
        startsHigh = []
        bufferCapacity = 0
        buffer = .allocate(capacity: 0)
    }

    deinit {
        if descriptor >= 0 {
            if source == nil { UnlinkedScratchFile.closeInBackground(descriptor) } else { close(descriptor) }
        }
        buffer.deallocate()
    }

    /// The number of records.
    var count: Int { source == nil ? startsLow.count - 1 : startsLow.count }

    /// Appends the record that starts at `textOffset` in the text of `source`'s file.
    func append(recordAt textOffset: Int) {
        precondition(source != nil, "records are read again only from a source")
        precondition(textOffset >= 0 && textOffset >> 40 == 0, "more than a terabyte of records")
        startsLow.append(UInt32(truncatingIfNeeded: textOffset))
        startsHigh.append(UInt8(truncatingIfNeeded: textOffset >> 32))
    }

    /// Whether records were written to a temporary file.
    var isSpilled: Bool { descriptor >= 0 }

    /// Appends a record of `values`: each value's length as a LEB128 number, then its bytes.
    func append(_ values: [String]) {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for value in values {
            bytes += value.utf8
            ends.append(bytes.count)
        }
        bytes.withUnsafeBufferPointer { bytes in
            append(count: values.count) { index in
                UnsafeBufferPointer(rebasing: bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]])
            }
        }
    }

    /// Appends a record of `count` values, value `i` being the bytes `value(i)` returns
    /// (read at once: they may be borrowed from a CSV reader's buffer).
    func append(count: Int, _ value: (Int) -> UnsafeBufferPointer<UInt8>) {
        // The record's room is made first, then it is written through a local pointer:
        // every access to a stored property of a class is checked for exclusivity at run
        // time, and accesses per value cost more than the copying (a quarter of the members'
        // parse once).
        var most = 0
        for index in 0..<count { most += value(index).count + Self.longestLength }
        let buffer = room(for: most)
        var used = bufferCount
        for index in 0..<count {
            let bytes = value(index)
            var length = bytes.count
            while length >= 0x80 {
                buffer[used] = UInt8(truncatingIfNeeded: length) | 0x80
                used += 1
                length >>= 7
            }
            buffer[used] = UInt8(length)
            used += 1
            if let base = bytes.baseAddress, !bytes.isEmpty {
                (buffer + used).update(from: base, count: bytes.count)
                used += bytes.count
            }
        }
        bufferCount = used
        let end = written + used
        let isFull = used >= flushSize
        precondition(end >> 40 == 0, "more than a terabyte of records")
        startsLow.append(UInt32(truncatingIfNeeded: end))
        startsHigh.append(UInt8(truncatingIfNeeded: end >> 32))
        if isFull { flush() }
    }

    /// The most bytes a LEB128 length of an `Int` takes.
    private static let longestLength = 10

    /// The buffer, grown if it has not `count` bytes free.
    private func room(for count: Int) -> UnsafeMutablePointer<UInt8> {
        guard bufferCapacity - bufferCount < count else { return buffer }
        let capacity = max(bufferCount + count, bufferCapacity * 2)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: buffer, count: bufferCount)
        buffer.deallocate()
        buffer = grown
        bufferCapacity = capacity
        return grown
    }

    private func start(_ index: Int) -> Int {
        Int(startsHigh[index]) << 32 | Int(startsLow[index])
    }

    /// Value `column` of record `index`.
    func value(_ index: Int, column: Int) -> String {
        if let source {
            // Diagnostics are made on more than one thread; the record read last is shared.
            rereading.lock()
            defer { rereading.unlock() }
            return reread(index, column: column, from: source)
        }
        let start = self.start(index)
        let end = self.start(index + 1)
        if start >= written {
            return Self.value(
                in: UnsafeBufferPointer(start: buffer + (start - written), count: end - start), column)
        }
        // The file was written by this process and is reachable by no one else; a read
        // that fails anyway (an I/O error) quotes no value rather than a wrong one.
        guard let record = Self.read(descriptor, from: start, count: end - start) else { return "" }
        return record.withUnsafeBufferPointer { Self.value(in: $0, column) }
    }

    /// The `count` bytes of `descriptor` from `offset`, or nil when they cannot all be read.
    private static func read(_ descriptor: Int32, from offset: Int, count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        let isRead = bytes.withUnsafeMutableBytes { bytes in
            var done = 0
            while done < bytes.count {
                let result = pread(
                    descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
                if result < 0 && errno == EINTR { continue }
                if result <= 0 { return false }
                done += result
            }
            return true
        }
        return isRead ? bytes : nil
    }

    /// Value `column` of one record's bytes.
    private static func value(in record: UnsafeBufferPointer<UInt8>, _ column: Int) -> String {
        var position = 0
        var current = 0
        while position < record.count {
            var length = 0
            var shift = 0
            while position < record.count {
                let byte = record[position]
                position += 1
                length |= Int(byte & 0x7F) << shift
                shift += 7
                if byte < 0x80 { break }
            }
            if current == column {
                return String(
                    decoding: UnsafeBufferPointer(rebasing: record[position..<(position + length)]),
                    as: UTF8.self)
            }
            position += length
            current += 1
        }
        return ""
    }

    /// Writes the buffer to the temporary file, making it first; on any failure the
    /// records stay in memory from then on.
    private func flush() {
        guard let folder else { return }
        if descriptor < 0 {
            descriptor = Self.makeTemporaryFile(in: folder)
            if descriptor < 0 {
                self.folder = nil
                return
            }
        }
        var done = 0
        var isWritten = true
        while done < bufferCount {
            let result = write(descriptor, buffer + done, bufferCount - done)
            if result < 0 && errno == EINTR { continue }
            if result <= 0 {
                isWritten = false
                break
            }
            done += result
        }
        guard isWritten else {
            // Some bytes may be in the file: keep everything from the last whole flush in
            // memory by reading nothing from the file past `written`, and stop spilling.
            self.folder = nil
            return
        }
        written += bufferCount
        bufferCount = 0
    }

    /// Value `column` of record `index`, read again from `source`: the record's bytes run
    /// at most to where the next record starts (or the end of the file), and are parsed
    /// as the whole file was. A file that can no longer be read quotes no value rather
    /// than a wrong one.
    private func reread(_ index: Int, column: Int, from source: Source) -> String {
        let field = source.fieldPositions[column]
        guard field >= 0 else { return "" }
        if let lastRecord, lastRecord.index == index {
            return field < lastRecord.fields.count ? lastRecord.fields[field] : ""
        }
        if descriptor < 0 {
            descriptor = open(source.path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return "" }
        }
        let start = self.start(index) + source.markLength
        let end: Int
        if index + 1 < count {
            end = self.start(index + 1) + source.markLength
        } else {
            var status = stat()
            guard fstat(descriptor, &status) == 0 else { return "" }
            end = Int(status.st_size)
        }
        guard end >= start, let bytes = Self.read(descriptor, from: start, count: end - start) else {
            return ""
        }
        let fields: [String]
        do throws(CSVError) {
            let reader = try CSVReader(
                utf8Bytes: bytes, fileName: source.fileName, delimiter: source.delimiter)
            fields = try reader.nextRow()?.strings ?? []
        } catch {
            return ""
        }
        lastRecord = (index, fields)
        return field < fields.count ? fields[field] : ""
    }

    /// A new owner-only file in `folder`, already unlinked; -1 on failure.
    private static func makeTemporaryFile(in folder: String) -> Int32 {
        (try? UnlinkedScratchFile.create(at: folder + "/.raw-values.tmp-\(getpid())")) ?? -1
    }
}
