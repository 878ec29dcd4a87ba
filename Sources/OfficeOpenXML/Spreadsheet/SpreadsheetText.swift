/// The `ST_Xstring` escape of SpreadsheetML (ECMA-376 part 1, §22.9.2.19): `_xHHHH_`
/// stands for the UTF-16 code unit HHHH.
///
/// Excel and LibreOffice decode such sequences in every cell text, so a literal
/// `_x0041_` typed by a user would be read back as `A`. Encoding turns its leading `_`
/// into `_x005F_`, and turns characters XML 1.0 cannot carry (C0 controls other than
/// tab and line feed, carriage return included) into `_xHHHH_`, so a spreadsheet reader
/// gets back exactly the text that was written.
enum SpreadsheetText {
    static func encoded(_ text: String) -> String {
        guard needsEncoding(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" {
                result.append(contentsOf: escape(scalar.value).unicodeScalars)
            } else if scalar == "_" && isEscapeSequence(scalars, at: index) {
                result.append(contentsOf: "_x005F_".unicodeScalars)
            } else {
                result.append(scalar)
            }
            index += 1
        }
        return String(result)
    }

    /// Whether `text` holds a control character or `_x`/`_X`, the only places where
    /// encoding changes anything.
    private static func needsEncoding(_ text: String) -> Bool {
        var previousWasUnderscore = false
        for byte in text.utf8 {
            if byte < 0x20 && byte != 0x09 && byte != 0x0A { return true }
            if previousWasUnderscore && (byte == UInt8(ascii: "x") || byte == UInt8(ascii: "X")) {
                return true
            }
            previousWasUnderscore = byte == UInt8(ascii: "_")
        }
        return false
    }

    private static func escape(_ value: UInt32) -> String {
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        var text = "_x"
        for shift in stride(from: 12, through: 0, by: -4) {
            text.unicodeScalars.append(digits[Int((value >> UInt32(shift)) & 0xF)])
        }
        return text + "_"
    }

    /// Whether `_xHHHH_` (hex digits in either case) starts at `index`.
    private static func isEscapeSequence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x" || scalars[index + 1] == "X",
            scalars[index + 6] == "_"
        else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
