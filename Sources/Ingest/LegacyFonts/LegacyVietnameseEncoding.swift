/// A legacy Vietnamese font encoding whose text reached a CSV as Latin-1 letters.
///
/// Before Unicode, Vietnamese was typed with 8-bit fonts that drew Vietnamese letters in place of
/// Latin-1 ones. A cell typed that way and later read as Latin-1, Windows-1252 or Windows-1258 shows
/// the Latin-1 letters: `NguyÔn V¨n A` (TCVN3) or `Nguyeãn Vaên A` (VNI) for `Nguyễn Văn A`.
public enum LegacyVietnameseEncoding: String, Sendable, CaseIterable {
    /// TCVN 5712:1993 as used by the ABC `.VnTime` fonts ("TCVN3"): one byte per precomposed letter.
    case tcvn3 = "TCVN3"
    /// VNI Windows (`VNI-Times`): a base letter followed by one mark byte, `Nguyeãn` for `Nguyễn`.
    case vni = "VNI"
}
