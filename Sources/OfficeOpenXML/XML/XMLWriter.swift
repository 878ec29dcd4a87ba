/// Builds the UTF-8 bytes of one XML part: markup written as given, text always escaped.
public struct XMLWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8]

    /// Starts a part with the XML declaration (standalone, as Office writes it).
    public init() {
        bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n".utf8)
    }

    /// The bytes written since the last call (or since the start), which the writer lets
    /// go of: a big part is handed on in pieces.
    public mutating func takeBytes() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    /// Appends markup written by this library; it is not escaped.
    public mutating func markup(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Hands the bytes written so far to `stream` and forgets them, keeping the buffer's
    /// capacity for the next piece.
    mutating func handOn(to stream: inout ZipEntry.Stream) {
        stream.add(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Appends markup written by this library from a literal, without making a `String`.
    @inline(__always)
    mutating func markup(literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends bytes of markup (or of text already escaped).
    @inline(__always)
    mutating func markup(bytes markup: [UInt8]) {
        bytes.append(contentsOf: markup)
    }

    /// Appends the decimal digits of `value`, with a minus sign when it is negative.
    mutating func decimal(_ value: Int) {
        XMLWriter.appendDecimal(value, to: &bytes)
    }

    /// Appends the decimal digits of `value` to `bytes`, with a minus sign when it is negative.
    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        var magnitude = value.magnitude
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // 20 digits hold any 64-bit magnitude.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = 20
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start..<20]))
        }
    }

    /// Appends `text` escaped (for element content or inside a quoted attribute value).
    public mutating func text(_ text: String) {
        XMLEscaping.append(text, to: &bytes)
    }

    /// Appends ` name="value"` with the value escaped.
    public mutating func attribute(_ name: String, _ value: String) {
        bytes.append(0x20)
        bytes.append(contentsOf: name.utf8)
        bytes.append(contentsOf: "=\"".utf8)
        XMLEscaping.append(value, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `<name>text</name>`, with `xml:space="preserve"` when the text needs it.
    public mutating func element(_ name: String, text value: String) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: name.utf8)
        if XMLEscaping.needsSpacePreservation(value) {
            bytes.append(contentsOf: " xml:space=\"preserve\"".utf8)
        }
        bytes.append(UInt8(ascii: ">"))
        text(value)
        bytes.append(contentsOf: "</".utf8)
        bytes.append(contentsOf: name.utf8)
        bytes.append(UInt8(ascii: ">"))
    }
}
