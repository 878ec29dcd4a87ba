import CSV
import ChiboCore

extension Dataset {
    /// Reads members.csv; a big file by two readers at once, the second from a record at
    /// about 9/20 of it (the first also interns the ids of both once all are read).
    ///
    /// The second reader's rows are taken only if the first meets a record at exactly
    /// the offset the second started from, so a split can never cut a quoted field;
    /// when the second reader fails, the first goes on alone (and meets the same problem
    /// at its line). An id of the second part repeating one of the first reads the file
    /// again with one reader, so that the outcome is always the one of one reader.
    /// Calls `whenRead` once, as soon as every row is read (before the ids of two readers
    /// are indexed), for other work to start then. Returns whether the rows of a second
    /// reader were taken.
    @discardableResult
    mutating func loadMembers(
        _ file: NormalizedFile, split: SplitOffsets, whenRead: () -> Void = {}
    ) throws(IndicatorsError) -> Bool {
        let size = file.size
        guard size > 0, size >= split.minimumSize,
            let later = try? file.reader(near: split.members ?? size / 20 * 9),
            let first = try? later.nextRow()
        else {
            _ = try loadMembers(file, size: size, laterStart: nil, later: nil, whenRead: whenRead)
            return false
        }
        let laterStart = first.byteOffset
        later.putBack(first)
        let reader = Handover(value: later)
        let (organizationIDs, villageIDs) = (self.organizationIDs, self.villageIDs)
        // Started at once, not queued behind other background work (meetings.csv's
        // reader, with attendance's companion), which would leave it to read its half alone.
        let secondPart = BackgroundWork.startingNow {
            Result { () throws(IndicatorsError) -> MemberRows in
                let file = reader.value
                var rows = MemberRows()
                while let row = try file.nextRow() {
                    if rows.count == Dataset.rowsBeforeEstimate {
                        rows.reserveCapacity(
                            MemberRows.estimatedCount(
                                rows: rows.count, bytesRead: row.byteOffset - laterStart,
                                bytesToRead: size - laterStart),
                            hasIdentifiers: true)
                    }
                    rows.appendIdentifier(try file.identifier(row, 0))
                    try rows.append(row, of: file, organizationIDs: organizationIDs, villageIDs: villageIDs)
                }
                return rows
            }
        }
        if let isSplit = try loadMembers(
            file, size: size, laterStart: laterStart, later: secondPart, whenRead: whenRead)
        {
            return isSplit
        }
        memberIDs = IdentifierTable()
        _ = try loadMembers(
            try NormalizedFile.open(.members, in: directory)!, size: size, laterStart: nil, later: nil,
            whenRead: {})
        return false
    }

    /// Reads the rows of `file` (`size` bytes), up to the row starting at text offset
    /// `laterStart` when `later` (the reader of the rest) did read the rest from there;
    /// whether it did. With a `later`, the ids are interned once all are read: nil, with
    /// nothing kept, when one repeats (found without its line).
    private mutating func loadMembers(
        _ file: NormalizedFile, size: Int, laterStart: Int?,
        later: BackgroundWork<Result<MemberRows, IndicatorsError>>?, whenRead: () -> Void
    ) throws(IndicatorsError) -> Bool? {
        var rows = MemberRows()
        var isSplit = false
        var pending = later
        do throws(IndicatorsError) {
            while let row = try file.nextRow() {
                if let laterStart, let work = pending, row.byteOffset >= laterStart {
                    pending = nil
                    if row.byteOffset == laterStart, case .success(let part) = work.takeValue() {
                        file.finishProgress()
                        rows.append(part)
                        isSplit = true
                        break
                    }
                    // The second reader did not start at a record, or failed: read on alone.
                }
                if rows.count == Dataset.rowsBeforeEstimate {
                    // Room for the whole file's rows, the later reader's appended too.
                    rows.reserveCapacity(
                        MemberRows.estimatedCount(
                            rows: rows.count, bytesRead: row.byteOffset, bytesToRead: size),
                        hasIdentifiers: later != nil)
                }
                if later == nil {
                    let (_, isNew) = memberIDs.insert(try file.identifier(row, 0))
                    guard isNew else { throw file.malformed(row, 0, expected: "member_id không trùng") }
                    if memberIDs.count == Dataset.rowsBeforeEstimate, row.byteOffset > 0 {
                        // The rows so far tell how many the file holds, about.
                        let estimate = Int(
                            Double(file.size) / Double(row.byteOffset) * Double(memberIDs.count) * 1.05)
                        memberIDs.reserveCapacity(estimate)
                    }
                } else {
                    rows.appendIdentifier(try file.identifier(row, 0))
                }
                try rows.append(row, of: file, organizationIDs: organizationIDs, villageIDs: villageIDs)
            }
        } catch {
            // No thread goes on reading after the stage has failed.
            pending?.finish()
            throw error
        }
        pending?.finish()
        whenRead()
        if later != nil {
            guard let table = IdentifierTable.build(identifiers: rows.identifiers, ends: rows.identifierEnds)
            else { return nil }
            memberIDs = table
        }
        memberOrganizations = rows.organizations
        memberVillages = rows.villages
        admitted = rows.admitted
        official = rows.official
        left = rows.left
        isExempt = rows.isExempt
        isTaskAssigned = rows.isTaskAssigned
        roles = rows.roles
        education = rows.education
        politicalTheory = rows.politicalTheory
        memberRecordOffsets = rows.recordOffsets
        isTrainedInWindow = Array(repeating: false, count: memberIDs.count)
        return isSplit
    }

    /// Members read before their number in the file is estimated.
    private static let rowsBeforeEstimate = 1 << 14
}
