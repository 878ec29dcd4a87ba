/// One canonical column of an input file: its type, whether it is required, and the
/// Vietnamese headers it may appear under.
struct ColumnSchema: Sendable {
    /// The canonical (English) column name, as written in normalized files.
    let name: String
    /// How values are read.
    let type: ColumnType
    /// Whether the header must have this column (SPEC's **R**).
    let isColumnRequired: Bool
    /// Whether an empty value rejects the row.
    let isValueRequired: Bool
    /// Vietnamese header names besides the canonical one.
    let aliases: [String]

    init(
        _ name: String, _ type: ColumnType, required: Bool = false, valueRequired: Bool? = nil,
        aliases: [String] = []
    ) {
        self.name = name
        self.type = type
        self.isColumnRequired = required
        self.isValueRequired = valueRequired ?? required
        self.aliases = aliases
    }
}
