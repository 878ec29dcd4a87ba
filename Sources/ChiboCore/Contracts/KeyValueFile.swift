import CSV

/// A small file of `key,value` rows under a `key,value` header, for the records that say
/// what produced an output (review.csv, normalized/ingest.csv). UTF-8, LF, no BOM, the
/// keys in a fixed order so that two records diff line by line.
public struct KeyValueFile: Sendable, Equatable {
    /// One row.
    public struct Entry: Sendable, Equatable {
        /// The key, first column.
        public var key: String
        /// The value, second column; empty when the fact does not apply.
        public var value: String
        /// The physical line the row starts on (0 for a row not read from a file).
        public var line: Int

        /// Creates a row.
        public init(key: String, value: String, line: Int = 0) {
            self.key = key
            self.value = value
            self.line = line
        }
    }

    /// The file name used in diagnostics.
    public var fileName: String
    /// The rows in file order.
    public var entries: [Entry]

    /// Creates a file from its rows.
    public init(fileName: String, entries: [Entry]) {
        self.fileName = fileName
        self.entries = entries
    }

    /// The file's bytes: the header and one row per entry.
    public var bytes: [UInt8] {
        let writer = CSVWriter()
        var bytes: [UInt8] = []
        writer.appendRecord(["key", "value"], to: &bytes)
        for entry in entries { writer.appendRecord([entry.key, entry.value], to: &bytes) }
        return bytes
    }

    /// Reads the file at `path`; `fileName` names it in diagnostics.
    public static func read(path: String, fileName: String) throws(KeyValueFileError) -> KeyValueFile {
        guard Directory.exists(path) else { throw .missing(path: path) }
        var entries: [Entry] = []
        do {
            let reader = try CSVReader(path: path, fileName: fileName, delimiter: UInt8(ascii: ","))
            guard let header = try reader.nextRow(), header.strings == ["key", "value"] else {
                throw KeyValueFileError.invalid(
                    file: fileName, line: 1, column: 1, expected: "tiêu đề 'key,value'",
                    found: "")
            }
            while let row = try reader.nextRow() {
                guard row.count == 2 else {
                    throw KeyValueFileError.invalid(
                        file: fileName, line: row.line, column: min(row.count, 3),
                        expected: "hai ô, key và value", found: row.strings.joined(separator: ","))
                }
                entries.append(Entry(key: row.string(at: 0), value: row.string(at: 1), line: row.line))
            }
        } catch let error as CSVError {
            throw .unreadable(error)
        } catch let error as KeyValueFileError {
            throw error
        } catch {
            preconditionFailure("unexpected error \(error)")
        }
        return KeyValueFile(fileName: fileName, entries: entries)
    }

    /// The entry of `key`, or an error naming the file and the missing key.
    public func entry(_ key: String) throws(KeyValueFileError) -> Entry {
        guard let entry = entries.first(where: { $0.key == key }) else {
            throw .invalid(
                file: fileName, line: 1, column: 1, expected: "một dòng có key '\(key)'", found: "")
        }
        return entry
    }

    /// The error for the value of `entry`, which is not what `expected` says.
    public func invalid(_ entry: Entry, expected: String) -> KeyValueFileError {
        .invalid(file: fileName, line: entry.line, column: 2, expected: expected, found: entry.value)
    }
}

/// A problem reading a key-value record file.
public enum KeyValueFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// There is no file at `path`.
    case missing(path: String)
    /// The CSV layer could not read the file.
    case unreadable(CSVError)
    /// A row or value is not what the format requires.
    case invalid(file: String, line: Int, column: Int, expected: String, found: String)

    /// The problem as a diagnostic naming the file, line and column.
    public var diagnostic: Diagnostic {
        switch self {
        case .missing(let path):
            Diagnostic(
                severity: .error, file: path, code: "file.missing",
                message: "không tìm thấy tệp")
        case .unreadable(let error):
            error.diagnostic
        case .invalid(let file, let line, let column, let expected, let found):
            Diagnostic(
                severity: .error, file: file, line: line, column: column, value: found,
                code: "record.invalid", message: "cần \(expected), nhận được '\(found)'")
        }
    }

    /// `file:line:column: lỗi: message`.
    public var description: String { diagnostic.description }
}
