import Testing

@testable import OfficeOpenXML

@Suite struct XMLWriterTests {
    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    @Test(arguments: [
        (0, "0"), (7, "7"), (10, "10"), (960_098, "960098"), (-42, "-42"),
        (Int.max, "9223372036854775807"), (Int.min, "-9223372036854775808"),
    ])
    func decimalWritesTheDigits(value: Int, expected: String) {
        var xml = XMLWriter()
        xml.decimal(value)
        #expect(String(decoding: xml.bytes, as: UTF8.self) == XMLWriterTests.declaration + expected)
    }

    @Test func literalsAndBytesAreWrittenAsGiven() {
        var xml = XMLWriter()
        xml.markup(literal: "<c r=\"")
        xml.markup(bytes: Array("AB".utf8))
        xml.decimal(12)
        xml.markup(literal: "\"/>")
        #expect(String(decoding: xml.bytes, as: UTF8.self) == XMLWriterTests.declaration + "<c r=\"AB12\"/>")
    }

    /// A writer is a value: its copy writes, takes and grows on memory of its own.
    @Test func aCopyWritesApartFromItsOriginal() {
        var original = XMLWriter()
        original.markup(literal: "<a>")
        var copy = original
        copy.markup(literal: "<b/>")
        #expect(String(decoding: original.takeBytes(), as: UTF8.self) == XMLWriterTests.declaration + "<a>")
        #expect(String(decoding: copy.bytes, as: UTF8.self) == XMLWriterTests.declaration + "<a><b/>")
        original.markup(String(repeating: "x", count: 10_000))
        #expect(original.count == 10_000)
        #expect(copy.count == XMLWriterTests.declaration.utf8.count + 7)
    }
}
