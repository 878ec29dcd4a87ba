import ChiboCore

/// The empty export staff fill in for one input file (mẫu tệp xuất dữ liệu): a header
/// row of Vietnamese names, a row of format hints, and the choices of each enumerated
/// column — all read from the ingest schema, so a filled template ingests without
/// rejects and the template cannot drift from what ingest accepts.
public struct ExportTemplate: Sendable {
    /// The input file this template is for.
    public let entity: Entity
    /// The columns in canonical order.
    public let columns: [ExportTemplateColumn]

    /// The template of `entity`.
    public init(entity: Entity) {
        self.entity = entity
        self.columns = entity.schema.map(ExportTemplateColumn.init(schema:))
    }

    /// The ten templates, in the order of SPEC's input files.
    public static var all: [ExportTemplate] { Entity.allCases.map(ExportTemplate.init(entity:)) }

    /// The header row.
    public var headers: [String] { columns.map(\.header) }

    /// The row of format hints below the header.
    public var hints: [String] { columns.map(\.hint) }
}

/// One column of an export template.
public struct ExportTemplateColumn: Sendable {
    /// The canonical (English) name, also accepted as a header.
    public let canonicalName: String
    /// The Vietnamese header the template writes.
    public let header: String
    /// Every header ingest accepts for the column: the Vietnamese ones, then the canonical name.
    public let acceptedHeaders: [String]
    /// Whether the header must have this column (SPEC's **R**).
    public let isColumnRequired: Bool
    /// Whether an empty value rejects the row.
    public let isValueRequired: Bool
    /// The format hint written under the header: whether a value is required, then `format`.
    public let hint: String
    /// How a value is written (`dd/mm/yyyy`, `có/không`, `một trong: …`).
    public let format: String
    /// The values a drop-down list offers (one Vietnamese label per canonical code), empty
    /// for a free column.
    public let choices: [String]
    /// Every spelling ingest accepts for an enumerated column, by canonical code; empty
    /// for other columns.
    public let acceptedValues: [(code: String, labels: [String])]

    init(schema: ColumnSchema) {
        canonicalName = schema.name
        header = schema.aliases.first ?? schema.name
        acceptedHeaders = schema.aliases + [schema.name]
        isColumnRequired = schema.isColumnRequired
        isValueRequired = schema.isValueRequired
        acceptedValues = ExportTemplateColumn.acceptedValues(of: schema.type)
        choices = ExportTemplateColumn.choices(of: schema.type, accepted: acceptedValues)
        let format = ExportTemplateColumn.format(of: schema.type, choices: choices)
        self.format = format
        if schema.isValueRequired {
            hint = "bắt buộc; " + format
        } else if schema.isColumnRequired {
            // parent_id: the column must be there, and only the root leaves it empty.
            hint = "trống ở tổ chức gốc; " + format
        } else {
            hint = format
        }
    }

    /// One label per code: the first Vietnamese label listed for it, else the code.
    private static func choices(
        of type: ColumnType, accepted: [(code: String, labels: [String])]
    ) -> [String] {
        switch type {
        case .boolean: ["Có", "Không"]
        case .enumeration: accepted.map { $0.labels.first ?? $0.code }
        default: []
        }
    }

    private static func acceptedValues(of type: ColumnType) -> [(code: String, labels: [String])] {
        let domain: EnumDomain
        switch type {
        case .enumeration(let enumeration): domain = enumeration
        case .roles: domain = .partyRole
        default: return []
        }
        let labels = EnumNormalizer.labels(domain)
        return EnumNormalizer.canonicalCodes(domain).map { code in
            (code, labels.filter { $0.1 == code }.map(\.0))
        }
    }

    private static func format(of type: ColumnType, choices: [String]) -> String {
        switch type {
        case .id: "mã, giữ nguyên số 0 ở đầu"
        case .text, .name: "chữ"
        case .date: "dd/mm/yyyy"
        case .boolean: "có/không"
        case .enumeration(.indicator): "một mã chỉ tiêu, ví dụ " + (choices.first ?? "")
        case .enumeration: "một trong: " + choices.joined(separator: ", ")
        case .roles:
            "một hay nhiều, cách nhau bởi dấu chấm phẩy: "
                + EnumNormalizer.canonicalCodes(.partyRole).compactMap { code in
                    EnumNormalizer.labels(.partyRole).first { $0.1 == code }?.0
                }.joined(separator: "; ")
        case .year: "năm, 4 chữ số"
        case .number: "số, dấu chấm thập phân"
        }
    }

    /// Whether `value` is this column's hint as a spreadsheet may give it back: compared
    /// folded (case, spacing, punctuation, diacritics).
    func isHint(_ value: String) -> Bool {
        TextFolding.fold(value) == TextFolding.fold(hint)
    }
}
