/// A short list of strings (the values of one row) in one allocation: the UTF-8 bytes
/// back to back after their end offsets.
///
/// A row held as `[String]` costs an array of 16-byte values plus a heap object for every
/// value longer than 15 bytes; tables of millions of rows (members, meetings) are held
/// until their rules have run, and this halves what they take.
struct PackedStrings: Sendable {
    /// `count` as a 32-bit word, the end offset of each value (32-bit, from the start of
    /// the text), then the text.
    private var storage: [UInt8]

    /// No values.
    init() { storage = [] }

    /// The values of `strings`, in order.
    init(_ strings: [String]) {
        var length = 0
        for string in strings { length += string.utf8.count }
        let header = 4 * (strings.count + 1)
        storage = [UInt8](unsafeUninitializedCapacity: header + length) { buffer, initialized in
            let base = UnsafeMutableRawPointer(buffer.baseAddress!)
            base.storeBytes(of: UInt32(strings.count), as: UInt32.self)
            var end = 0
            for (index, string) in strings.enumerated() {
                var string = string
                string.withUTF8 { bytes in
                    if let start = bytes.baseAddress, !bytes.isEmpty {
                        (buffer.baseAddress! + header + end).initialize(from: start, count: bytes.count)
                    }
                    end += bytes.count
                }
                (base + 4 * (index + 1)).storeBytes(of: UInt32(end), as: UInt32.self)
            }
            initialized = header + length
        }
    }

    /// The number of values.
    var count: Int {
        storage.isEmpty ? 0 : Int(storage.withUnsafeBytes { $0.load(as: UInt32.self) })
    }

    /// Calls `body` with the UTF-8 bytes of value `index`.
    func withBytes<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        precondition(index >= 0 && index < count, "index \(index) out of range")
        return storage.withUnsafeBufferPointer { buffer in
            let raw = UnsafeRawPointer(buffer.baseAddress!)
            let header = 4 * (count + 1)
            let start = index == 0 ? 0 : Int(raw.loadUnaligned(fromByteOffset: 4 * index, as: UInt32.self))
            let end = Int(raw.loadUnaligned(fromByteOffset: 4 * (index + 1), as: UInt32.self))
            return body(UnsafeBufferPointer(start: buffer.baseAddress! + header + start, count: end - start))
        }
    }

    /// Value `index`; setting it packs the list again (rare: legacy-font repairs).
    subscript(index: Int) -> String {
        get { withBytes(at: index) { String(decoding: $0, as: UTF8.self) } }
        set {
            var strings = self.strings
            strings[index] = newValue
            self = PackedStrings(strings)
        }
    }

    /// Every value, in order.
    var strings: [String] {
        (0..<count).map { self[$0] }
    }
}
