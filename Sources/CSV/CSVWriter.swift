/// Formats CSV records, quoting a field only when it holds the separator, a quote,
/// CR or LF (or starts/ends with a space, which spreadsheets would trim).
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

    /// Appends one field, quoted if needed, to `output`.
    public func appendField(_ field: some Collection<UInt8>, to output: inout [UInt8]) {
        var needsQuotes = false
        for byte in field where byte == delimiter || byte == 0x22 || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        if !needsQuotes, let first = field.first, first == 0x20 { needsQuotes = true }
        guard needsQuotes else {
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

    /// Appends one record (fields separated, line ending added) to `output`.
    public func appendRecord(_ fields: [String], to output: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.append(delimiter) }
            appendField(Array(field.utf8), to: &output)
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
