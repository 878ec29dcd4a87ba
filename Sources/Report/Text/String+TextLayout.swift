extension String {
    /// The number of terminal columns the text takes in a monospaced font: one per Unicode
    /// scalar, except combining marks (a decomposed tone mark adds nothing) and other
    /// zero-width scalars, and two for East Asian wide characters.
    ///
    /// Counting `Character`s would also work for NFC Vietnamese, but counting scalars keeps
    /// the width right for text that reaches the report in decomposed form.
    public var displayWidth: Int {
        if let width = utf8.withContiguousStorageIfAvailable(String.latinDisplayWidth), let width {
            return width
        }
        var width = 0
        for scalar in unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control:
                continue
            default:
                width += String.isWide(scalar.value) ? 2 : 1
            }
        }
        return width
    }

    /// `displayWidth` worked out on the bytes when every scalar is below U+0370 or in
    /// U+1E00–U+1EFF (ASCII and Vietnamese, composed or not), whose general categories are
    /// known: C0 and C1 controls, U+00AD (a format character) and the combining marks
    /// U+0300–U+036F take no column, every other one column. Nil for any other scalar.
    static func latinDisplayWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var width = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead >= 0x20 && lead != 0x7F { width += 1 }
                index += 1
            } else if lead < 0xE0 {
                guard index + 1 < count else { return nil }
                let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                guard value < 0x370 else { return nil }
                if !(value < 0xA0 || value == 0xAD || value >= 0x300) { width += 1 }
                index += 2
            } else if lead == 0xE1, index + 2 < count, bytes[index + 1] >= 0xB8, bytes[index + 1] <= 0xBB {
                width += 1  // U+1E00–U+1EFF
                index += 3
            } else {
                return nil
            }
        }
        return width
    }

    private static func isWide(_ value: UInt32) -> Bool {
        (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
            || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value)
            || (0x20000...0x3FFFD).contains(value)
    }

    /// The text padded with spaces to `width` display columns, on the right (`alignsRight`
    /// false) or the left.
    func padded(to width: Int, alignsRight: Bool) -> String {
        let padding = String(repeating: " ", count: Swift.max(0, width - displayWidth))
        return alignsRight ? padding + self : self + padding
    }

    /// The text without the spaces at its end.
    func trimmingTrailingSpaces() -> String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }

    /// The text with its first letter in lower case, to follow a dash mid-sentence.
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}

extension String {
    /// The text broken at spaces into lines of at most `width` display columns, the first
    /// line at most `firstWidth` (default `width`); a word longer than its line keeps a line
    /// of its own; an empty text is one empty line.
    public func wrapped(toWidth width: Int, firstWidth: Int? = nil) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in split(separator: " ") {
            let word = String(word)
            let room = lines.isEmpty ? (firstWidth ?? width) : width
            if current.isEmpty {
                current = word
            } else if current.displayWidth + 1 + word.displayWidth <= room {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        lines.append(current)
        return lines
    }

    /// The text as a paragraph no wider than `width`: the first line starts with `indent`
    /// spaces, the others with `hangingIndent` (default `indent`), each line ending with LF.
    public func paragraph(width: Int = TextReport.pageWidth, indent: Int = 2, hangingIndent: Int? = nil)
        -> String
    {
        let hanging = hangingIndent ?? indent
        let lines = wrapped(toWidth: width - hanging, firstWidth: width - indent)
        return lines.enumerated().map { index, line in
            String(repeating: " ", count: index == 0 ? indent : hanging) + line + "\n"
        }.joined()
    }
}
