import ChiboCore
import Ingest

/// A part of HUONG-DAN.md generated from the code, so that the guide and the product
/// cannot disagree: the columns of the ten exports, the values each list accepts, and the
/// problem codes with their meaning and fix. Each sits between two HTML comments that
/// name it; `GuideSectionTests` fails when the guide's copy differs and rewrites it with
/// `UPDATE_FIXTURES=1`.
public enum GuideSection: String, CaseIterable, Sendable {
    /// The columns of each input file: header, required, format, other accepted headers.
    case columns
    /// Every accepted spelling of each enumerated column.
    case values
    /// The problem codes of rejects.csv, with meaning and fix.
    case problems
    /// The problems that stop a stage, with meaning and fix.
    case stops

    /// The comment that opens the section in the guide.
    public var beginMarker: String {
        "<!-- BEGIN GENERATED \(rawValue): sinh từ mã nguồn, sửa bằng UPDATE_FIXTURES=1 make test -->"
    }

    /// The comment that closes the section in the guide.
    public var endMarker: String { "<!-- END GENERATED \(rawValue) -->" }

    /// The Markdown of the section, without its markers.
    public var markdown: String {
        switch self {
        case .columns: GuideSection.columnsMarkdown
        case .values: GuideSection.valuesMarkdown
        case .problems: GuideSection.problemsMarkdown(stopping: false)
        case .stops: GuideSection.problemsMarkdown(stopping: true)
        }
    }

    /// `text` with this section's block between its markers replaced by `markdown`; nil
    /// when the markers are missing.
    public func replacingBlock(in text: String) -> String? {
        guard let begin = text.range(of: beginMarker),
            let end = text.range(of: endMarker, range: begin.upperBound..<text.endIndex)
        else { return nil }
        return String(text[..<begin.upperBound]) + "\n" + markdown + String(text[end.lowerBound...])
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }

    private static var columnsMarkdown: String {
        var lines: [String] = []
        for template in ExportTemplate.all {
            lines.append("**`\(template.entity.fileName)`**")
            lines.append("")
            lines.append("| Tiêu đề trong mẫu | Bắt buộc | Cách ghi | Tiêu đề khác cũng được nhận |")
            lines.append("|---|---|---|---|")
            for column in template.columns {
                let required =
                    column.isValueRequired
                    ? "có" : column.isColumnRequired ? "phải có cột; để trống ở tổ chức gốc" : "không"
                let others = column.acceptedHeaders.filter { $0 != column.header }.joined(separator: ", ")
                lines.append(
                    "| \(cell(column.header)) | \(required) | \(cell(column.format)) | \(cell(others)) |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private static var valuesMarkdown: String {
        var lines: [String] = []
        var seen: [String: Int] = [:]
        var blocks: [(files: [String], header: String, rows: [String])] = []
        for template in ExportTemplate.all {
            for column in template.columns where !column.acceptedValues.isEmpty {
                let rows = column.acceptedValues.map { value -> String in
                    let labels = value.labels.isEmpty ? "" : value.labels.joined(separator: ", ")
                    let name =
                        IndicatorCode(rawValue: value.code).map { " (\($0.definition.vietnameseName))" } ?? ""
                    return "| `\(cell(value.code))`\(cell(name)) | \(cell(labels)) |"
                }
                let key = column.header + "\n" + rows.joined(separator: "\n")
                if let index = seen[key] {
                    blocks[index].files.append(template.entity.fileName)
                } else {
                    seen[key] = blocks.count
                    blocks.append(([template.entity.fileName], column.header, rows))
                }
            }
        }
        for block in blocks {
            let files = block.files.map { "`\($0)`" }.joined(separator: ", ")
            lines.append("**\(block.header)** (\(files))")
            lines.append("")
            lines.append("| Mã | Cách ghi được nhận (không phân biệt hoa thường, có dấu hay không dấu) |")
            lines.append("|---|---|")
            lines.append(contentsOf: block.rows)
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private static func severityName(_ severity: Severity) -> String {
        switch severity {
        case .error: "lỗi: dòng bị loại"
        case .warning: "cảnh báo: dòng vẫn được nhận"
        case .notice: "thông báo về cả tệp"
        }
    }

    private static func problemsMarkdown(stopping: Bool) -> String {
        var lines: [String] = []
        if stopping {
            lines.append("| Mã | Ý nghĩa | Cách sửa |")
            lines.append("|---|---|---|")
        } else {
            lines.append("| Mã | Mức độ | Ý nghĩa | Cách sửa |")
            lines.append("|---|---|---|---|")
        }
        for code in ProblemCode.allCases where code.stopsStage == stopping {
            if stopping {
                lines.append("| `\(code.rawValue)` | \(cell(code.meaning)) | \(cell(code.fix)) |")
            } else {
                lines.append(
                    "| `\(code.rawValue)` | \(severityName(code.severity)) | \(cell(code.meaning)) | \(cell(code.fix)) |"
                )
            }
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }
}
