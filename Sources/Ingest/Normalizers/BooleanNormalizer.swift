import ChiboCore

/// Reads flags: `có`/`không`, `x`/empty, `1`/`0`, `yes`/`no`, `true`/`false`, in any
/// case and with or without diacritics. Empty is false.
enum BooleanNormalizer {
    private static let values: [String: Bool] = [
        "co": true, "x": true, "1": true, "yes": true, "true": true,
        "khong": false, "0": false, "no": false, "false": false, "": false,
    ]

    /// The flag written in `raw`; throws `bool.invalid`.
    static func value(from raw: String) throws(ProblemCode) -> Bool {
        switch raw {  // the usual spellings, without folding
        case "", "0", "không", "Không", "false", "FALSE", "no": return false
        case "x", "X", "1", "có", "Có", "true", "TRUE", "yes": return true
        default: break
        }
        guard let value = values[TextFolding.fold(raw)] else { throw .boolInvalid }
        return value
    }
}
