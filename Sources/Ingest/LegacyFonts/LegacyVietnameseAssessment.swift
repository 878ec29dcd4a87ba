/// What `LegacyVietnamese.assess` concluded about one text cell.
public enum LegacyVietnameseAssessment: Equatable, Sendable {
    /// Ordinary text (ASCII, Unicode Vietnamese, a foreign word): kept as it is, nothing to report.
    case ordinary
    /// Text typed in a legacy font, converted to Unicode NFC.
    case repaired(text: String, encoding: LegacyVietnameseEncoding)
    /// Text that carries the traces of legacy bytes (`K®¨m`, a capital after a small letter, a VNI
    /// mark byte after a vowel) but that no conversion reads better, or that TCVN3 and VNI read
    /// equally well: kept as it is, for staff to check.
    case suspected

    /// The repaired text and its encoding, or nil.
    public var repair: (text: String, encoding: LegacyVietnameseEncoding)? {
        if case .repaired(let text, let encoding) = self {
            return (text, encoding)
        }
        return nil
    }
}
