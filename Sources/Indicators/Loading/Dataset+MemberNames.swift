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
    ///
    /// The records are read one after the other into one text, read by one CSV reader
    /// (a reader per record cost more than the reading, tens of thousands of them on the
    /// national year): each must be exactly one row, starting where its record was put.
    private func namesFromRecords(of members: Set<Int32>, in file: NormalizedFile) -> [Int32: String]? {
        guard let markLength = file.markLength, memberRecordOffsets.count == memberIDs.count,
            let bytes = FileBytes(path: file.path)
        else { return nil }
        let size = bytes.size
        let columnCount = Entity.members.columns.count
        let sorted = members.sorted()
        var text: [UInt8] = []
        var starts: [Int] = []
        starts.reserveCapacity(sorted.count)
        for member in sorted {
            let index = Int(member)
            let start = memberRecordOffsets[index] + markLength
            let end =
                index + 1 < memberRecordOffsets.count ? memberRecordOffsets[index + 1] + markLength : size
            guard start < end, end - start <= 1 << 24,
                let record = bytes.read(from: start, count: end - start),
                !record.starts(with: [0xEF, 0xBB, 0xBF])
            else { return nil }
            starts.append(text.count)
            text += record
            // The file's last record may end without a line end.
            if record.last != 0x0A && record.last != 0x0D { text.append(0x0A) }
        }
        var names: [Int32: String] = [:]
        do throws(CSVError) {
            let reader = try CSVReader(bytes: text, fileName: file.path, delimiter: UInt8(ascii: ","))
            for (position, member) in sorted.enumerated() {
                guard let row = try reader.nextRow(), row.byteOffset == starts[position],
                    row.count == columnCount, memberIDs.index(of: row[0]) == member
                else { return nil }
                names[member] = row.string(at: 1)
            }
            guard try reader.nextRow() == nil else { return nil }
        } catch {
            return nil
        }
        return names
    }
}
