/// Writes Unicode scalar values (assumed valid) as UTF-8, for the transcoders.
enum UTF8Encoder {
    /// Appends the UTF-8 form of a Unicode scalar value (assumed valid).
    @inline(__always)
    static func append(_ scalar: UInt32, to text: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            text.append(UInt8(scalar))
        case 0x80..<0x800:
            text.append(UInt8(0xC0 | scalar >> 6))
            text.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            text.append(UInt8(0xE0 | scalar >> 12))
            text.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            text.append(UInt8(0x80 | scalar & 0x3F))
        default:
            text.append(UInt8(0xF0 | scalar >> 18))
            text.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            text.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            text.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// Writes the UTF-8 form of a scalar value of the Basic Multilingual Plane (all that
    /// Windows-1258 has) and returns its length.
    @inline(__always)
    static func write(_ scalar: UInt32, at destination: UnsafeMutablePointer<UInt8>) -> Int {
        switch scalar {
        case 0..<0x80:
            destination[0] = UInt8(scalar)
            return 1
        case 0x80..<0x800:
            destination[0] = UInt8(0xC0 | scalar >> 6)
            destination[1] = UInt8(0x80 | scalar & 0x3F)
            return 2
        default:
            destination[0] = UInt8(0xE0 | scalar >> 12)
            destination[1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            destination[2] = UInt8(0x80 | scalar & 0x3F)
            return 3
        }
    }
}
