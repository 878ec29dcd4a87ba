import Ingest
import OfficeOpenXML

extension ExportTemplate {
    /// How many rows below the hint row get the drop-down lists.
    public static let validatedRowCount = 5000

    /// The .xlsx template: one sheet named after the file, the header and the hint row
    /// frozen, and every column formatted as text — so that `001` keeps its zeros and
    /// `05/03/2017` is not turned into a date of the reader's regional settings — with a
    /// drop-down list on every yes/no or enumerated column whose choices fit Excel's limit.
    public var workbook: Workbook {
        var sheet = Worksheet(name: entity.rawValue, frozenRows: 2, isLandscape: true)
        sheet.append(headers.map(SheetCell.header))
        sheet.append(hints.map { SheetCell.text($0, style: .wrappedText) })
        sheet.columnStyles = Array(repeating: .text, count: columns.count)
        let dataRows = 3...(2 + ExportTemplate.validatedRowCount)
        for (index, column) in columns.enumerated() where !column.choices.isEmpty {
            if let validation = DataValidation(column: index, rows: dataRows, items: column.choices) {
                sheet.validations.append(validation)
            }
        }
        // Wide enough for the header and a typical value; the hint wraps below it.
        sheet.columnWidths = headers.map { min(30, max(14, Double($0.count) * 1.15 + 2)) }
        return Workbook(
            sheets: [sheet],
            properties: DocumentProperties(
                title: "Mẫu " + entity.fileName, creator: "chibo", language: "vi-VN", application: "chibo"))
    }
}
