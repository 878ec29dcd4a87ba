import OfficeOpenXML

extension RejectsWorkbook {
    /// rejects.xlsx begun with the problems of the files checked first and finished with
    /// the rest: its first sheets are made and compressed while the last files are still
    /// read (on the national year, the members' hundreds of thousands of problems while
    /// attendance is checked), and the workbook has the same bytes as one `RejectsWorkbook`
    /// of all the problems in rejects.csv order.
    public struct Parts: Sendable {
        private var sheets = Workbook.CompressedSheets()
        /// What stopped the head's sheets, thrown by `bytes(tail:)`.
        private var failure: ZipError?

        /// Makes and compresses the sheets of `head`: the problems of the files that come
        /// first in rejects.csv, in its order, none of whose files has a problem later.
        public init(head: RejectsWorkbook) {
            do {
                for sheet in head.sheets() { try sheets.add(sheet) }
            } catch {
                failure = error
            }
        }

        /// The .xlsx bytes with the sheets of `tail` after those of the head: every later
        /// problem, in rejects.csv order.
        public func bytes(tail: RejectsWorkbook) throws(ZipError) -> [UInt8] {
            if let failure { throw failure }
            var sheets = self.sheets
            for sheet in tail.sheets() { try sheets.add(sheet) }
            if sheets.isEmpty { try sheets.add(RejectsWorkbook.emptySheet) }
            return try sheets.bytes(properties: RejectsWorkbook.properties)
        }
    }
}
