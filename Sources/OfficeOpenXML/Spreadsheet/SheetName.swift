/// Worksheet names as Excel accepts them.
public enum SheetName {
    /// The longest name Excel accepts, in UTF-16 code units.
    public static let maximumLength = 31

    /// `name` made acceptable: the characters `[ ] : * ? / \` and controls become `-`,
    /// leading and trailing apostrophes and spaces go, the result is cut to 31 characters
    /// (whole characters, never half a letter), an empty result becomes `Sheet`, and the
    /// reserved `History` gets a suffix.
    public static func sanitized(_ name: String) -> String {
        var characters = name.map { character -> Character in
            if "[]:*?/\\".contains(character) { return "-" }
            if character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                return "-"
            }
            return character
        }
        trim(&characters)
        var result = ""
        var length = 0
        for character in characters {
            let width = String(character).utf16.count
            if length + width > maximumLength { break }
            result.append(character)
            length += width
        }
        var trimmed = Array(result)
        trim(&trimmed)
        result = String(trimmed)
        if result.isEmpty { return "Sheet" }
        if result.lowercased() == "history" { return result + " 1" }
        return result
    }

    /// Sanitized names for `names`, made unique without regard to case by a ` (2)`,
    /// ` (3)`… suffix that keeps within 31 characters.
    public static func uniqueNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        var result: [String] = []
        for name in names {
            let base = sanitized(name)
            var candidate = base
            var number = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                var prefix = ""
                for character in base {
                    if (prefix + String(character) + suffix).utf16.count > maximumLength { break }
                    prefix.append(character)
                }
                candidate = prefix + suffix
                number += 1
            }
            used.insert(candidate.lowercased())
            result.append(candidate)
        }
        return result
    }

    private static func trim(_ characters: inout [Character]) {
        while let first = characters.first, first == "'" || first == " " { characters.removeFirst() }
        while let last = characters.last, last == "'" || last == " " { characters.removeLast() }
    }
}
