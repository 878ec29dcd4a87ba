import ChiboCore

extension Dataset {
    /// The full names of `members`, read in a second pass over members.csv so that names
    /// are held only for the few members of the restricted lists.
    func memberNames(of members: Set<Int32>) throws(IndicatorsError) -> [Int32: String] {
        guard !members.isEmpty, let file = try NormalizedFile.open(.members, in: directory) else {
            return [:]
        }
        var names: [Int32: String] = [:]
        while let row = try file.nextRow() {
            if let member = memberIDs.index(of: row[0]), members.contains(member) {
                names[member] = row.string(at: 1)
            }
        }
        return names
    }
}
