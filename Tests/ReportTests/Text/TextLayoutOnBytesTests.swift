import ChiboCore
import Testing

@testable import Report

/// The byte-level shortcuts of the text layout give what the scalar- and
/// `Character`-level definitions give.
@Suite struct TextLayoutOnBytesTests {
    @Test(arguments: [
        ("", 0), ("abc", 3), ("Đảng bộ", 7), ("84,50%", 6),
        // Decomposed: the combining marks U+0300 and U+0301 take no column.
        ("Đa\u{0300} Bă\u{0301}c", 6),
        // Controls (C0, DEL, C1) and the soft hyphen take none; U+00A0 and U+02FF take one.
        ("a\tb\u{7F}c\u{85}d\u{AD}e", 5), ("\u{A0}\u{2FF}", 2),
        // Outside the shortcut: Greek, a dash, a wide character.
        ("\u{370}", 1), ("a – b", 5), ("한국", 4),
    ])
    func displayWidthOfLatinTextIsWorkedOutOnBytes(text: String, expected: Int) {
        #expect(text.displayWidth == expected)
        let shortcut = text.utf8.withContiguousStorageIfAvailable(String.latinDisplayWidth) ?? nil
        if let shortcut { #expect(shortcut == expected) }
        let isInShortcut = text.unicodeScalars.allSatisfy {
            $0.value < 0x370 || (0x1E00...0x1EFF).contains($0.value)
        }
        #expect((shortcut != nil) == isInShortcut)
    }

    @Test(arguments: [
        ("  abc   ", "  abc"), ("abc", "abc"), ("    ", ""), ("Đảng  ", "Đảng"),
        // A prepended mark (U+0600) joins the space after it into one `Character`, which
        // is not a space: the line keeps it, as `trimmingTrailingSpaces` does.
        ("x\u{600} ", "x\u{600} "), ("x\u{600}  ", "x\u{600} "),
    ])
    func trailingSpacesAreTrimmedAsCharactersAre(line: String, expected: String) {
        var bytes = Array("prefix\n".utf8) + Array(line.utf8)
        TextTable.trimTrailingSpaces(of: &bytes, from: 7)
        #expect(String(decoding: bytes, as: UTF8.self) == "prefix\n" + expected)
        #expect(line.trimmingTrailingSpaces() == expected)
    }

    @Test func rowsOutOfOrderAreSortedAsPrecedesSortsThem() {
        func row(_ indicator: String, _ scope: TargetScope, _ unit: String, _ period: Period) -> IndicatorRow
        {
            IndicatorRow(indicator: indicator, scope: scope, unitID: unit, unitName: "", period: period)
        }
        // The province after its districts, codes outside the catalog, ids whose bytewise
        // order is not their numeric one, two equal rows (kept in file order).
        var rows = [
            row("admissions", .district, "SH.00002", .term),
            row("admissions", .district, "SH.00002", .year(2017)),
            row("zzz_local", .province, "SH", .asOf), row("admissions", .province, "SH", .year(2016)),
            row("members_total", .district, "SH.00010", .asOf),
            row("members_total", .district, "SH.0009", .asOf),
            row("aaa_local", .district, "SH.00001", .asOf), row("members_total", .province, "SH", .asOf),
        ]
        rows.append(
            IndicatorRow(
                indicator: "admissions", scope: .district, unitID: "SH.00002", unitName: "x", period: .term))
        var texts: [String] = []
        let keys = rows.map { row -> (indicator: Int32, unit: Int32) in
            for text in [row.indicator, row.unitID] where !texts.contains(text) { texts.append(text) }
            return (Int32(texts.firstIndex(of: row.indicator)!), Int32(texts.firstIndex(of: row.unitID)!))
        }
        let sorted = IndicatorFile.sorted(
            rows, keys: keys, texts: texts, textIsASCII: texts.map { _ in true })
        let expected = rows.sorted(by: IndicatorRow.precedes)
        #expect(sorted == expected)
        #expect(
            sorted.map { "\($0.indicator) \($0.unitID) \($0.period) \($0.unitName)" } == [
                "members_total SH as_of ", "members_total SH.00010 as_of ", "members_total SH.0009 as_of ",
                "admissions SH 2016 ", "admissions SH.00002 2017 ", "admissions SH.00002 term ",
                "admissions SH.00002 term x", "aaa_local SH.00001 as_of ", "zzz_local SH as_of ",
            ])
    }
}
