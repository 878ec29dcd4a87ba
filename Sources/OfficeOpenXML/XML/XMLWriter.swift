/// Builds the UTF-8 bytes of one XML part: markup written as given, text always escaped.
///
/// The bytes go to memory of the writer's own, appended without the checks an array
/// makes on every append (a national workbook is hundreds of megabytes written a few
/// bytes at a time); a copy of a writer gets its own memory on its first write.
public struct XMLWriter: @unchecked Sendable {
    /// The memory written to; replaced rather than shared when a copy writes.
    private final class Storage {
        var pointer: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = capacity
            pointer = .allocate(capacity: capacity)
        }

        func copy() -> Storage {
            let copy = Storage(capacity: capacity)
            copy.pointer.initialize(from: pointer, count: count)
            copy.count = count
            return copy
        }

        deinit {
            pointer.deallocate()
        }
    }

    private var storage: Storage

    /// The bytes written so far.
    public var bytes: [UInt8] {
        [UInt8](UnsafeBufferPointer(start: storage.pointer, count: storage.count))
    }

    /// The number of bytes written so far.
    public var count: Int { storage.count }

    /// Starts a part with the XML declaration (standalone, as Office writes it).
    public init() {
        storage = Storage(capacity: 1 << 12)
        markup(literal: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
    }

    /// The bytes written since the last call (or since the start), which the writer lets
    /// go of: a big part is handed on in pieces.
    public mutating func takeBytes() -> [UInt8] {
        defer { clear() }
        return bytes
    }

    /// Forgets the bytes written, keeping the memory when no copy shares it.
    private mutating func clear() {
        if isKnownUniquelyReferenced(&storage) {
            storage.count = 0
        } else {
            storage = Storage(capacity: storage.capacity)
        }
    }

    /// Room for `extra` more bytes, in memory of this writer's own; returns where they go.
    @inline(__always)
    private mutating func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        let needed = storage.count + extra
        if needed > storage.capacity { grow(to: needed) }
        return storage.pointer + storage.count
    }

    private mutating func grow(to needed: Int) {
        let capacity = max(needed, storage.capacity * 2)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        larger.moveInitialize(from: storage.pointer, count: storage.count)
        storage.pointer.deallocate()
        storage.pointer = larger
        storage.capacity = capacity
    }

    /// Appends `piece` as it is.
    @inline(__always)
    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let source = piece.baseAddress, !piece.isEmpty else { return }
        let target = reserve(piece.count)
        target.update(from: source, count: piece.count)
        storage.count += piece.count
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1).pointee = byte
        storage.count += 1
    }

    /// Appends markup written by this library; it is not escaped.
    public mutating func markup(_ markup: String) {
        var markup = markup
        markup.withUTF8 { append($0) }
    }

    /// Hands the bytes written so far to `stream` and forgets them, keeping the memory
    /// for the next piece.
    mutating func handOn(to stream: inout ZipEntry.Stream) {
        stream.add(bytes)
        clear()
    }

    /// Appends markup written by this library from a literal, without making a `String`.
    @inline(__always)
    mutating func markup(literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    /// Appends bytes of markup (or of text already escaped).
    @inline(__always)
    mutating func markup(bytes markup: [UInt8]) {
        markup.withUnsafeBufferPointer { append($0) }
    }

    /// Appends the decimal digits of `value`, with a minus sign when it is negative.
    mutating func decimal(_ value: Int) {
        // 20 digits and a sign hold any 64-bit value.
        let target = reserve(21)
        var magnitude = value.magnitude
        var digits = 0
        repeat {
            digits += 1
            magnitude /= 10
        } while magnitude > 0
        let sign = value < 0 ? 1 : 0
        if value < 0 { target.pointee = UInt8(ascii: "-") }
        magnitude = value.magnitude
        var index = sign + digits
        repeat {
            index -= 1
            target[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        storage.count += sign + digits
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
        XMLEscaping.forEachPiece(of: text) { append($0) }
    }

    /// Appends ` name="value"` with the value escaped.
    public mutating func attribute(_ name: String, _ value: String) {
        append(0x20)
        markup(name)
        markup(literal: "=\"")
        text(value)
        append(UInt8(ascii: "\""))
    }

    /// Appends `<name>text</name>`, with `xml:space="preserve"` when the text needs it.
    public mutating func element(_ name: String, text value: String) {
        append(UInt8(ascii: "<"))
        markup(name)
        if XMLEscaping.needsSpacePreservation(value) {
            markup(literal: " xml:space=\"preserve\"")
        }
        append(UInt8(ascii: ">"))
        text(value)
        markup(literal: "</")
        markup(name)
        append(UInt8(ascii: ">"))
    }
}
