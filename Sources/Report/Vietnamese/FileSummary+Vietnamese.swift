import ChiboCore

extension FileSummary {
    /// The encoding ingest detected, in Vietnamese words for the board: `UTF-8 có BOM`,
    /// `Windows-1258 (tiếng Việt)`; `không có tệp` when the file was absent. Both the
    /// names ingest writes (`UTF-8 with BOM`) and lower-case forms (`utf-8-bom`) are known.
    public var encodingName: String { FileSummary.vietnameseEncodingName(encoding) }

    /// `encoding` (a name from ingest_summary.csv) in Vietnamese words; an unknown name is
    /// kept as it is.
    public static func vietnameseEncodingName(_ encoding: String) -> String {
        switch encoding.lowercased() {
        case "": "không có tệp"
        case "utf-8", "utf8": "UTF-8"
        case "utf-8 with bom", "utf-8-bom", "utf-8 bom": "UTF-8 có BOM"
        case "utf-16le", "utf-16 le": "UTF-16 LE"
        case "utf-16be", "utf-16 be": "UTF-16 BE"
        case "windows-1258", "cp1258": "Windows-1258 (tiếng Việt)"
        default: encoding
        }
    }
}
