import CSV
import ChiboCore

/// The columns of members.csv the indicators use, for a run of consecutive rows.
struct MemberRows {
    /// The ids back to back, when the rows are read by parts (the ids are interned
    /// once all are read).
    var identifiers: [UInt8] = []
    /// Where each id of `identifiers` ends.
    var identifierEnds: [Int] = []
    var organizations: [Int32] = []
    var villages: [Int32] = []
    var admitted: [Int32] = []
    var official: [Int32] = []
    var left: [Int32] = []
    var isExempt: [Bool] = []
    var isTaskAssigned: [Bool] = []
    var roles: [RoleSet] = []
    var education: [Education?] = []
    var politicalTheory: [PoliticalTheory?] = []
    /// The text offset of each row, so that the few names needed later are read from there.
    var recordOffsets: [Int] = []

    // Members of a chi bộ and a village come one after another, the next ones most often
    // in a chi bộ or village a little further on.
    private var organizationLookUp = NearbyLookUp(trying: 0...1, searchingAhead: 64)
    private var villageLookUp = NearbyLookUp(trying: 0...1, searchingAhead: 64)

    /// The number of rows.
    var count: Int { organizations.count }

    /// Makes room for `count` rows in all (their ids too when `hasIdentifiers`), so that
    /// the columns are not copied into bigger arrays again and again while a big file is
    /// read: each copy touched fresh pages the kernel had to clear (a tenth of the
    /// members' reading on the national year).
    mutating func reserveCapacity(_ count: Int, hasIdentifiers: Bool) {
        if hasIdentifiers {
            let bytesPerIdentifier = identifiers.count / max(1, identifierEnds.count) + 1
            identifiers.reserveCapacity(count * bytesPerIdentifier)
            identifierEnds.reserveCapacity(count)
        }
        organizations.reserveCapacity(count)
        villages.reserveCapacity(count)
        admitted.reserveCapacity(count)
        official.reserveCapacity(count)
        left.reserveCapacity(count)
        isExempt.reserveCapacity(count)
        isTaskAssigned.reserveCapacity(count)
        roles.reserveCapacity(count)
        education.reserveCapacity(count)
        politicalTheory.reserveCapacity(count)
        recordOffsets.reserveCapacity(count)
    }

    /// The number of rows a reader will have read, about, when it has read `count` rows
    /// over `bytesRead` of the `bytesToRead` bytes it reads: a little more than the rows
    /// so far extrapolated, so that a file of even rows needs no second reservation.
    static func estimatedCount(rows count: Int, bytesRead: Int, bytesToRead: Int) -> Int {
        guard bytesRead > 0, bytesToRead > bytesRead else { return count }
        return Int(Double(bytesToRead) / Double(bytesRead) * Double(count) * 1.05)
    }

    /// Appends a row's id to `identifiers`.
    @inline(__always)
    mutating func appendIdentifier(_ identifier: UnsafeBufferPointer<UInt8>) {
        identifiers.append(contentsOf: identifier)
        identifierEnds.append(identifiers.count)
    }

    /// Appends the fields of `row` (but its id), checked.
    @inline(__always)
    mutating func append(
        _ row: CSVRow, of file: NormalizedFile, organizationIDs: IdentifierTable, villageIDs: IdentifierTable
    ) throws(IndicatorsError) {
        organizations.append(organizationLookUp.index(of: row[5], in: organizationIDs) ?? -1)
        villages.append(row[6].isEmpty ? -1 : villageLookUp.index(of: row[6], in: villageIDs) ?? -1)
        admitted.append(try file.day(row, 7))
        official.append(try file.day(row, 8, empty: Int32.max))
        left.append(try file.day(row, 9, empty: Int32.max))
        isExempt.append(try file.bool(row, 11))
        isTaskAssigned.append(try file.bool(row, 12))
        guard let roleSet = RoleSet.parse(row[13]) else {
            throw file.malformed(row, 13, expected: "mã chức vụ đảng cách nhau bởi ';'")
        }
        roles.append(roleSet)
        education.append(try file.code(row, 14, as: Education.self, isOptional: true))
        politicalTheory.append(try file.code(row, 15, as: PoliticalTheory.self, isOptional: true))
        recordOffsets.append(row.byteOffset)
    }

    /// Appends the rows of `later`.
    mutating func append(_ later: MemberRows) {
        let base = identifiers.count
        identifiers += later.identifiers
        identifierEnds += later.identifierEnds.lazy.map { $0 + base }
        organizations += later.organizations
        villages += later.villages
        admitted += later.admitted
        official += later.official
        left += later.left
        isExempt += later.isExempt
        isTaskAssigned += later.isTaskAssigned
        roles += later.roles
        education += later.education
        politicalTheory += later.politicalTheory
        recordOffsets += later.recordOffsets
    }
}
