import Testing

@testable import OfficeOpenXML

@Suite struct SheetNameTests {
    @Test(arguments: [
        ("Tổng hợp", "Tổng hợp"),
        ("a[b]c:d*e?f/g\\h", "a-b-c-d-e-f-g-h"),
        ("'quoted'", "quoted"),
        ("", "Sheet"),
        ("   ", "Sheet"),
        ("History", "History 1"),
        ("Một tên trang tính rất dài vượt quá ba mươi mốt ký tự", "Một tên trang tính rất dài vượt"),
        ("tab\there", "tab-here"),
    ])
    func sanitizes(name: String, expected: String) {
        #expect(SheetName.sanitized(name) == expected)
        #expect(SheetName.sanitized(name).utf16.count <= 31)
    }

    @Test func duplicatesGetNumberedWithinTheLimit() {
        let long = String(repeating: "x", count: 40)
        let names = SheetName.uniqueNames(["a", "A", "a", long, long])
        #expect(
            names == [
                "a", "A (2)", "a (3)", String(repeating: "x", count: 31),
                String(repeating: "x", count: 27) + " (2)",
            ])
    }
}

@Suite struct NumberLiteralTests {
    @Test(arguments: ["0", "-3", "84.5", "1234567", "0.25", "-0.01"])
    func accepts(text: String) {
        #expect(NumberLiteral(text)?.description == text)
    }

    @Test(arguments: ["", "-", ".5", "5.", "1,5", "1e5", "1E5", " 1", "1 ", "+1", "0x1F", "1.2.3", "١٢"])
    func rejects(text: String) {
        #expect(NumberLiteral(text) == nil)
    }
}

@Suite struct CellReferenceTests {
    @Test(arguments: [
        (0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA"), (16383, "XFD"),
    ])
    func columnNames(column: Int, expected: String) {
        #expect(CellReference.columnName(column) == expected)
    }
}

@Suite struct SpreadsheetTextTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("snake_case_name", "snake_case_name"),
        ("_x0041_", "_x005F_x0041_"),
        ("a_x00e9_b", "a_x005F_x00e9_b"),
        ("_x004_", "_x004_"),
        ("bell\u{7}", "bell_x0007_"),
        ("cr\r", "cr_x000D_"),
        ("tab\tline\n", "tab\tline\n"),
    ])
    func encodes(text: String, expected: String) {
        #expect(SpreadsheetText.encoded(text) == expected)
    }
}
