import CSV
import ChiboCore

extension Dataset {
    /// The full names of `members`, read again from members.csv so that names are held
    /// only for the few members of the restricted lists: from each member's record where
    /// the first reading noted it started, else (a file not UTF-8) in a second pass.
    func memberNames(of members: Set<Int32>) throws(IndicatorsError) -> [Int32: String] {
        guard !members.isEmpty, let file = try NormalizedFile.open(.members, in: directory) else {
            return [:]
        }
        if let names = namesFromRecords(of: members, in: file) { return names }
        var names: [Int32: String] = [:]
        while let row = try file.nextRow() {
            if let member = memberIDs.index(of: row[0]), members.contains(member) {
                names[member] = row.string(at: 1)
            }
        }
        return names
    }

    /// The names read from each member's record alone; nil when a record does not read
    /// as the one noted (the file changed), so that the whole file is read instead.
    private func namesFromRecords(of members: Set<Int32>, in file: NormalizedFile) -> [Int32: String]? {
        guard let markLength = file.markLength, memberRecordOffsets.count == memberIDs.count,
            let bytes = FileBytes(path: file.path)
        else { return nil }
        let size = bytes.size
        let columnCount = Entity.members.columns.count
        var names: [Int32: String] = [:]
        for member in members.sorted() {
            let index = Int(member)
            let start = memberRecordOffsets[index] + markLength
            let end =
                index + 1 < memberRecordOffsets.count ? memberRecordOffsets[index + 1] + markLength : size
            guard start < end, end - start <= 1 << 24,
                let record = bytes.read(from: start, count: end - start),
                !record.starts(with: [0xEF, 0xBB, 0xBF])
            else { return nil }
            do throws(CSVError) {
                let reader = try CSVReader(bytes: record, fileName: file.path, delimiter: UInt8(ascii: ","))
                guard let row = try reader.nextRow(), row.count == columnCount,
                    memberIDs.index(of: row[0]) == member
                else { return nil }
                names[member] = row.string(at: 1)
            } catch {
                return nil
            }
        }
        return names
    }
}
