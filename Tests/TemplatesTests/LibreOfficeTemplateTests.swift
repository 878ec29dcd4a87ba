import CSV
import ChiboCore
import ChiboTestSupport
import Foundation
import Ingest
import OfficeOpenXML
import Testing

@testable import Templates

/// The .xlsx templates in the real client: each is filled with the rows typed by hand
/// (`Tests/Fixtures/filled-templates/rows/`) as text cells below its hint row, saved as
/// CSV (UTF-8) by LibreOffice headless, as staff do, and ingested with no rejected row.
/// Skipped, and listed as skipped, when `soffice` is not on PATH.
@Suite(.enabled(if: Soffice.path != nil, "LibreOffice (soffice) is not on PATH: real-client check skipped"))
struct LibreOfficeTemplateTests {

    /// The typed rows of `entity`, field by field.
    static func typedRows(_ entity: Entity) throws -> [[String]] {
        let path = Folder.fixture("filled-templates").appendingPathComponent("rows/" + entity.fileName).path
        let reader = try CSVReader(path: path, fileName: entity.fileName)
        var rows: [[String]] = []
        while let row = try reader.nextRow() { rows.append(row.strings) }
        return rows
    }

    @Test func filledWorkbooksSavedAsCSVByLibreOfficeGiveNoRejects() throws {
        let soffice = try #require(Soffice.path)
        let root = try Folder.temporary("chibo-xlsx-templates")
        defer { try? FileManager.default.removeItem(at: root) }
        var workbooks: [String] = []
        for template in ExportTemplate.all {
            var workbook = template.workbook
            for (index, row) in try LibreOfficeTemplateTests.typedRows(template.entity).enumerated() {
                #expect(workbook.sheets[0].rows.count == 2 + index)
                workbook.sheets[0].append(row.map { SheetCell.text($0) })
            }
            let path = root.appendingPathComponent(template.entity.rawValue + ".xlsx").path
            try Data(workbook.bytes()).write(to: URL(fileURLWithPath: path))
            workbooks.append(path)
        }
        let input = root.appendingPathComponent("input")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments =
            [
                "-env:UserInstallation=file://" + root.path + "/profile", "--headless", "--norestore",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", input.path,
            ] + workbooks
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let output = root.appendingPathComponent("output")
        let summaries = try Ingestor(inputDirectory: input.path, outputDirectory: output.path).run()
        for summary in summaries {
            #expect(summary.rowsRejected == 0 && summary.warnings == 0, "\(summary.report)")
            let entity = try #require(Entity.allCases.first { $0.fileName == summary.fileName })
            let typed = try LibreOfficeTemplateTests.typedRows(entity)
            #expect(summary.rowsRead == typed.count, "\(summary.report)")
        }
        let rejects = try String(contentsOf: output.appendingPathComponent("rejects.csv"), encoding: .utf8)
        let codes = rejects.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)[4]
        }
        #expect(codes == Array(repeating: "row.template_hint", count: 10))
    }
}

/// Where LibreOffice is installed, if it is.
enum Soffice {
    /// The path of `soffice` on PATH, or nil.
    static let path: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { String($0) + "/soffice" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()
}
