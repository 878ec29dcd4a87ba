import CSV
import ChiboCore

/// The fields of meetings.csv the indicators read, row by row in the file's order, with
/// each date's place in the review window worked out: read while members.csv is, when
/// attendance comes from its binary companion (whose runs name meetings by row number),
/// so that only the companion is left to read once the members are known.
///
/// About 12 bytes a meeting; the rows themselves are not kept.
struct MeetingTable {
    /// Day numbers.
    private(set) var dates: [Int32] = []
    /// The chi bộ's organization index, -1 when unknown.
    private(set) var organizations: [Int32] = []
    /// The kind's index (bits 0–1), a resolution (bit 2), a superior attending (bit 3),
    /// the quality's index + 1, or 0 when none (bits 4–6).
    private var flags: [UInt8] = []
    /// The clipped year's index in the window, -1 for a date outside it.
    private(set) var years: [Int8] = []
    /// The month (1–12) and the day of the month (1–31), `month << 5 | day`.
    private var monthDays: [UInt16] = []

    /// The number of meetings.
    var count: Int { dates.count }

    /// Reads `file` to its end; nil when a row does not read or the meetings are not in
    /// strictly increasing meeting_id order (the CSV is then read as a whole, so that the
    /// outcome and its messages are those of the CSV).
    static func read(
        _ file: NormalizedFile, organizationIDs: IdentifierTable, window: ReviewWindow
    ) -> MeetingTable? {
        var table = MeetingTable()
        var previousMeeting: [UInt8] = []
        var organizations = NearbyLookUp(trying: 0...1)
        let firstYear = window.start.year
        do throws(IndicatorsError) {
            while let row = try file.nextRow() {
                let identifier = try file.identifier(row, 0)
                // The date's parts as read, not worked out again from its day number.
                let (number, year, month, dayOfMonth) = try file.dayAndParts(row, 2)
                let facts = try Dataset.meetingFacts(row, file: file, date: number)
                let isAfterPrevious =
                    previousMeeting.isEmpty
                    || previousMeeting.withUnsafeBufferPointer { identifier.compareBytewise($0) > 0 }
                guard isAfterPrevious else {
                    file.finishProgress()
                    return nil
                }
                previousMeeting.replaceSubrange(previousMeeting.indices, with: identifier)
                let yearIndex = window.contains(Day(number: number)) ? year - firstYear : -1
                guard yearIndex < Int(Int8.max) else {
                    file.finishProgress()
                    return nil
                }
                table.dates.append(facts.date)
                table.organizations.append(organizations.index(of: row[1], in: organizationIDs) ?? -1)
                table.flags.append(Self.flags(of: facts))
                table.years.append(Int8(yearIndex))
                table.monthDays.append(UInt16(month << 5 | dayOfMonth))
            }
        } catch {
            file.finishProgress()
            return nil
        }
        return table
    }

    private static func flags(of facts: MeetingFacts) -> UInt8 {
        let kind: UInt8 =
            switch facts.kind {
            case .periodic: 0
            case .thematic: 1
            case .extraordinary: 2
            }
        let quality: UInt8 =
            switch facts.quality {
            case nil: 0
            case .good: 1
            case .fair: 2
            case .average: 3
            case .poor: 4
            }
        return kind | (facts.hasResolution ? 4 : 0) | (facts.isSuperiorAttended ? 8 : 0) | quality << 4
    }

    /// The facts of meeting `index`.
    @inline(__always)
    func facts(_ index: Int) -> MeetingFacts {
        let flags = flags[index]
        let kind: MeetingKind =
            switch flags & 3 {
            case 0: .periodic
            case 1: .thematic
            default: .extraordinary
            }
        let quality: MeetingQuality? =
            switch flags >> 4 {
            case 1: .good
            case 2: .fair
            case 3: .average
            case 4: .poor
            default: nil
            }
        return MeetingFacts(
            date: dates[index], kind: kind, hasResolution: flags & 4 != 0, quality: quality,
            isSuperiorAttended: flags & 8 != 0)
    }

    /// The month and day of the month of meeting `index`.
    @inline(__always)
    func monthAndDay(_ index: Int) -> (month: Int, day: Int) {
        let packed = Int(monthDays[index])
        return (packed >> 5, packed & 31)
    }
}
