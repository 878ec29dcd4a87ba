#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The shared strings of a workbook, numbered in order of first use.
///
/// Keyed by UTF-8 bytes, not by `String` equality: Swift compares strings by canonical
/// equivalence, which would merge a decomposed `é` with a composed one and so change
/// text that must stay exactly as read.
///
/// The texts' bytes are kept in one arena and found through an open-addressing table of
/// their hashes and numbers: rejects.xlsx looks up millions of cells, and a dictionary of
/// strings retained, hashed and compared each key through the runtime.
struct SharedStringTable {
    private var strings: [String] = []
    /// Every text's UTF-8 bytes, one after the other; text `i` is
    /// `arena[starts[i]..<starts[i + 1]]`.
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    /// The high 32 bits of a text's hash and its number plus one; 0 for an empty slot.
    private var slots = [UInt64](repeating: 0, count: 64)
    private var references = 0

    /// The index of `text`, adding it on first use.
    mutating func index(of text: String) -> Int {
        references += 1
        var bytesOfText = text
        return bytesOfText.withUTF8 { bytes in index(of: bytes, adding: text) }
    }

    private mutating func index(of bytes: UnsafeBufferPointer<UInt8>, adding text: String) -> Int {
        let hash = Self.hash(bytes)
        let tag = hash >> 32
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let content = slots[slot]
            if content == 0 { break }
            if content >> 32 == tag {
                let number = Int(truncatingIfNeeded: content & 0xFFFF_FFFF) - 1
                if isText(number, equalTo: bytes) { return number }
            }
            slot = (slot + 1) & mask
        }
        let number = strings.count
        precondition(number < Int(UInt32.max), "more than 4 billion shared strings")
        strings.append(text)
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        slots[slot] = tag << 32 | UInt64(number + 1)
        if strings.count * 2 > slots.count { grow() }
        return number
    }

    private func isText(_ number: Int, equalTo bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[number]
        guard starts[number + 1] - start == bytes.count else { return false }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        return arena.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, base, bytes.count) == 0 }
    }

    private mutating func grow() {
        var grown = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        arena.withUnsafeBufferPointer { arena in
            for number in strings.indices {
                let bytes = UnsafeBufferPointer(rebasing: arena[starts[number]..<starts[number + 1]])
                let hash = Self.hash(bytes)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while grown[slot] != 0 { slot = (slot + 1) & mask }
                grown[slot] = (hash >> 32) << 32 | UInt64(number + 1)
            }
        }
        slots = grown
    }

    /// A 64-bit hash of `bytes`, 8 bytes a multiply, finished so that its low bits (the
    /// slot) and its high bits (the tag) depend on every byte.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            let product =
                (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash = product ^ (product >> 32)
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(base[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0xBF58_476D_1CE4_E5B9
        hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 31)
    }

    /// Counts one more use of a text whose index the caller knows already.
    mutating func countReference() {
        references += 1
    }

    var xml: [UInt8] {
        var xml = XMLWriter()
        xml.markup(
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(references)\""
                + " uniqueCount=\"\(strings.count)\">")
        for text in strings {
            xml.markup("<si>")
            xml.element("t", text: SpreadsheetText.encoded(text))
            xml.markup("</si>")
        }
        xml.markup("</sst>")
        return xml.bytes
    }
}
