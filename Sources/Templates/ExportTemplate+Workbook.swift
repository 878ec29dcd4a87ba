import Ingest
import OfficeOpenXML

extension ExportTemplate {
    /// How many rows below the hint row are prepared as text cells with drop-down lists.
    public static let preparedRowCount = 2000

    /// The .xlsx template: one sheet named after the file, the header and the hint row
    /// frozen, and the rows below prepared as text cells — so that `001` keeps its zeros
    /// and `05/03/2017` is not turned into a date of the reader's regional settings — with a
    /// drop-down list on every yes/no or enumerated column whose choices fit Excel's limit.
    public var workbook: Workbook {
        var sheet = Worksheet(name: entity.rawValue, frozenRows: 2)
        sheet.append(headers.map(SheetCell.header))
        sheet.append(hints.map { SheetCell.text($0, style: .wrappedText) })
        let emptyRow = [SheetCell](repeating: SheetCell(.empty, style: .text), count: columns.count)
        for _ in 0..<ExportTemplate.preparedRowCount { sheet.append(emptyRow) }
        let dataRows = 3...(2 + ExportTemplate.preparedRowCount)
        for (index, column) in columns.enumerated() where !column.choices.isEmpty {
            if let validation = DataValidation(column: index, rows: dataRows, items: column.choices) {
                sheet.validations.append(validation)
            }
        }
        sheet.fitColumnWidths(minimum: 12, maximum: 40)
        return Workbook(
            sheets: [sheet],
            properties: DocumentProperties(
                title: "Mẫu " + entity.fileName, creator: "chibo", language: "vi-VN", application: "chibo"))
    }
}
