import ChiboCore

/// Maps a header line to canonical columns by name: canonical English names and
/// Vietnamese aliases, compared folded (case, spacing, punctuation, diacritics).
struct HeaderMatcher: Sendable {
    /// The file the header belongs to.
    let entity: Entity
    private let columnsByFoldedName: [String: Int]

    init(entity: Entity) {
        self.entity = entity
        var names: [String: Int] = [:]
        for (index, column) in entity.schema.enumerated() {
            names[TextFolding.fold(column.name)] = index
            for alias in column.aliases { names[TextFolding.fold(alias)] = index }
        }
        columnsByFoldedName = names
    }

    /// The canonical column a header cell names, or nil.
    func column(named header: String) -> Int? {
        if let column = columnsByFoldedName[TextFolding.fold(header)] { return column }
        // A header typed in a legacy font ("M· th«n" for "Mã thôn").
        guard !TextNormalizer.isASCII(header) else { return nil }
        let repaired = TextNormalizer.repairLegacyEncoding(header).map { [$0] } ?? []
        for reading in repaired + TextNormalizer.legacyReadings(header) {
            if let column = columnsByFoldedName[TextFolding.fold(reading.text)] { return column }
        }
        return nil
    }

    /// Maps `header`; throws when required columns are missing (naming all of them) or a
    /// column appears twice.
    func match(_ header: [String], fileName: String) throws(IngestError) -> HeaderMapping {
        let schema = entity.schema
        var indices = [Int?](repeating: nil, count: schema.count)
        var ignored: [(fieldNumber: Int, header: String)] = []
        for (fieldIndex, cell) in header.enumerated() {
            guard let column = column(named: cell) else {
                ignored.append((fieldIndex + 1, cell))
                continue
            }
            if indices[column] != nil {
                throw .duplicateColumn(
                    file: fileName, fieldNumber: fieldIndex + 1, column: schema[column].name, header: cell)
            }
            indices[column] = fieldIndex
        }
        let missing = schema.indices.filter { schema[$0].isColumnRequired && indices[$0] == nil }.map {
            (name: schema[$0].name, vietnamese: schema[$0].aliases.first ?? schema[$0].name)
        }
        if !missing.isEmpty { throw .missingColumns(file: fileName, columns: missing) }
        return HeaderMapping(fieldIndices: indices, ignored: ignored)
    }
}
