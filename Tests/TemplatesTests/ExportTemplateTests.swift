import CSV
import ChiboCore
import ChiboTestSupport
import Foundation
import OfficeOpenXML
import Testing

@testable import Ingest
@testable import Templates

/// The templates are read from the ingest schema and read back by it: every header maps
/// to its own column, every drop-down choice to its own code, and the hint row is skipped
/// only when it is the template's exact hint row.
@Suite struct ExportTemplateTests {
    @Test(arguments: Entity.allCases)
    func everyHeaderMapsToItsOwnColumn(entity: Entity) throws {
        let template = ExportTemplate(entity: entity)
        #expect(template.columns.map(\.canonicalName) == entity.columns)
        let mapping = try HeaderMatcher(entity: entity).match(template.headers, fileName: entity.fileName)
        #expect(mapping.fieldIndices == Array(0..<entity.columns.count))
        #expect(mapping.ignored.isEmpty)
    }

    @Test(arguments: Entity.allCases)
    func everyChoiceReadsAsItsOwnCode(entity: Entity) {
        for (column, schema) in zip(ExportTemplate(entity: entity).columns, entity.schema) {
            switch schema.type {
            case .enumeration(let domain):
                let codes = column.choices.map { EnumNormalizer.lookUp($0, in: domain) }
                #expect(codes == EnumNormalizer.canonicalCodes(domain), "\(entity.fileName) \(column.header)")
            case .boolean:
                #expect(column.choices.map { try? BooleanNormalizer.value(from: $0) } == [true, false])
            default:
                #expect(column.choices.isEmpty)
            }
        }
    }

    @Test func workbookFreezesHeaderAndHintWithTextColumnsAndLists() throws {
        let template = ExportTemplate(entity: .members)
        let sheet = try #require(template.workbook.sheets.first)
        #expect(sheet.frozenRows == 2)
        // No prepared empty cells: Excel would save them as lines of commas.
        #expect(sheet.rows.count == 2)
        #expect(sheet.rows[0].map(\.value) == template.headers.map { .text($0) })
        #expect(sheet.rows[1].map(\.value) == template.hints.map { .text($0) })
        #expect(sheet.columnStyles == Array(repeating: .text, count: template.columns.count))
        // gender, left_reason, exempt, task_assigned, education, political_theory; roles
        // is a list of several and gets none.
        let columns = sheet.validations.map { String($0.range.prefix { $0.isLetter }) }
        #expect(columns == ["D", "K", "L", "M", "O", "P"])
        #expect(sheet.validations.first?.items == ["Nam", "Nữ"])
        #expect(sheet.validations.first?.range == "D3:D\(2 + ExportTemplate.validatedRowCount)")
    }

    /// `organizations.csv` with the template's header and `second` as its first record.
    func firstRecord(_ second: [String]) throws -> (notices: [Diagnostic], firstLine: Int?) {
        let folder = try Folder.temporary("chibo-hint-row")
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = ExportTemplate(entity: .organizations)
        let writer = CSVWriter()
        let text = writer.record(template.headers) + writer.record(second)
        try Data(text.utf8).write(to: folder.appendingPathComponent("organizations.csv"))
        let file = try #require(
            try InputFile.open(.organizations, in: InputFolder(folder.path), directory: folder.path))
        return (file.notices, try file.nextRow()?.line)
    }

    @Test func exactHintRowIsSkippedWithOneNotice() throws {
        let (notices, firstLine) = try firstRecord(ExportTemplate(entity: .organizations).hints)
        #expect(notices.map(\.code) == ["row.template_hint"])
        #expect(notices.first?.line == 2)
        #expect(firstLine == nil)
    }

    @Test func hintRowAsASpreadsheetGivesItBackIsSkipped() throws {
        // Upper case and without diacritics still is the hint row.
        let hints = ExportTemplate(entity: .organizations).hints.map { $0.uppercased() }
        #expect(try firstRecord(hints).notices.map(\.code) == ["row.template_hint"])
    }

    @Test func rowDifferingInOneCellIsData() throws {
        var row = ExportTemplate(entity: .organizations).hints
        row[6] = "01/01/1990"
        let (notices, firstLine) = try firstRecord(row)
        #expect(notices.isEmpty)
        #expect(firstLine == 2)
    }
}
