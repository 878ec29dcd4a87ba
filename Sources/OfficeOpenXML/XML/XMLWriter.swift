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
