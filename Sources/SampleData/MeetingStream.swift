import ChiboCore

/// Draws the meetings of a district's chi bộ month by month and writes each meeting
/// with its attendance rows straight away: this is the hot path at national scale
/// (tens of millions of attendance rows a year), so nothing is kept once written and
/// every field is formatted by hand.
struct MeetingStream {
    /// The random source, handed back when the district is done.
    var random: RandomSource
    /// The next meeting number.
    var nextMeetingNumber: Int
    /// Whether to remember rows the deliberate attendance problems are made from.
    let recordsBadRows: Bool
    /// The first meeting written and its first attendance row (meeting id, card number).
    private(set) var firstAttendance: (meeting: [UInt8], member: Int)?
    /// A meeting and a member of its chi bộ admitted only after it.
    private(set) var notYetAdmitted: (meeting: [UInt8], member: Int)?

    private let meetingsFile: ExportFile
    private let attendanceFile: ExportFile
    private let members: [SampleMember]
    private let firstDay: Day
    private let lastDay: Day
    private var meetingID: [UInt8] = []

    /// Prepares the stream for one district.
    init(
        random: RandomSource, nextMeetingNumber: Int, recordsBadRows: Bool, meetingsFile: ExportFile,
        attendanceFile: ExportFile, members: [SampleMember], firstDay: Day, lastDay: Day
    ) {
        self.random = random
        self.nextMeetingNumber = nextMeetingNumber
        self.recordsBadRows = recordsBadRows
        self.meetingsFile = meetingsFile
        self.attendanceFile = attendanceFile
        self.members = members
        self.firstDay = firstDay
        self.lastDay = lastDay
        meetingID.reserveCapacity(24)
    }

    /// Writes every meeting of chi bộ `cell` in the years of the sample: a periodic
    /// meeting a month (mostly by the 10th, some late, some months missed), a thematic
    /// one a quarter (some missing), now and then an extraordinary one.
    mutating func writeMeetings(of organization: SampleOrganization, cell: Int) throws(FileError) {
        let start = max(firstDay, organization.establishedOn ?? firstDay)
        let end = min(lastDay, organization.dissolvedOn?.adding(days: -1) ?? lastDay)
        guard start <= end else { return }
        let organizationID = Array(organization.id.utf8)
        for year in start.year...end.year {
            for month in 1...12 {
                let monthFirst = Day(year: year, month: month, day: 1)!
                let monthLast = monthFirst.adding(days: Day.daysInMonth(year: year, month: month) - 1)
                if monthLast < start || monthFirst > end { continue }
                let low = max(monthFirst, start)
                let high = min(monthLast, end)
                if !random.chance(perMille: organization.missedMonthPerMille) {
                    let offset =
                        random.chance(perMille: organization.latePerMille)
                        ? random.inRange(10...24) : random.below(10)
                    let day = min(max(monthFirst.adding(days: offset), low), high)
                    try write(.periodic, on: day, organization: organization, id: organizationID, cell: cell)
                }
                if month % 3 == 0 {
                    let quarterFirst = max(Day(year: year, month: month - 2, day: 1)!, start)
                    if quarterFirst <= high && !random.chance(perMille: organization.missedThematicPerMille) {
                        let day = random.day(from: quarterFirst, through: high)
                        try write(
                            .thematic, on: day, organization: organization, id: organizationID, cell: cell)
                    }
                }
                if random.chance(perMille: 15) {
                    let day = random.day(from: low, through: high)
                    try write(
                        .extraordinary, on: day, organization: organization, id: organizationID, cell: cell)
                }
            }
        }
    }

    private mutating func write(
        _ kind: MeetingKind, on day: Day, organization: SampleOrganization, id organizationID: [UInt8],
        cell: Int
    ) throws(FileError) {
        meetingID.removeAll(keepingCapacity: true)
        meetingID.append(UInt8(ascii: "B"))
        meetingID.append(UInt8(ascii: "B"))
        MeetingStream.appendDecimal(nextMeetingNumber, width: 7, to: &meetingID)
        nextMeetingNumber += 1

        let file = meetingsFile
        file.raw(meetingID)
        file.separator()
        file.text(organizationID)
        file.separator()
        file.date(day)
        file.separator()
        switch kind {
        case .periodic: file.raw(ExportLabels.meetingKinds[0])
        case .thematic: file.raw(ExportLabels.meetingKinds[1])
        case .extraordinary: file.raw(ExportLabels.meetingKinds[2])
        }
        file.separator()
        let resolutionPerMille = kind == .periodic ? 960 : kind == .thematic ? 900 : 800
        if random.chance(perMille: resolutionPerMille) {
            file.raw(ExportLabels.yes)
        } else if random.chance(perMille: 700) {
            file.raw(ExportLabels.no)
        }
        file.separator()
        let isStruggling = organization.missedMonthPerMille >= 120
        let quality = random.weighted(isStruggling ? [200, 400, 300, 90, 10] : [450, 400, 110, 30, 10])
        if quality < 4 && kind != .extraordinary { file.raw(ExportLabels.meetingQualities[quality]) }
        file.separator()
        if random.chance(perMille: 120) { file.raw(ExportLabels.mark) }
        try file.endRecord()

        // A few minutes are lost: the meeting is on file but nobody was ticked.
        if random.chance(perMille: 6) { return }
        try writeAttendance(on: day, attendees: organization.attendees, cell: Int32(cell))
    }

    private mutating func writeAttendance(on day: Day, attendees: [Int32], cell: Int32) throws(FileError) {
        let file = attendanceFile
        let year = Int16(day.year)
        let comma = file.delimiter
        // Raw buffers over the labels and the id keep reference counting out of the loop.
        let ranges = ExportLabels.attendanceRanges
        let id = meetingID
        try ExportLabels.attendanceJoined.withUnsafeBufferPointer { (labels) throws(FileError) in
            try id.withUnsafeBufferPointer { (id) throws(FileError) in
                try members.withUnsafeBufferPointer { (members) throws(FileError) in
                    for index in attendees {
                        let member = members[Int(index)]
                        guard member.admittedOn <= day else {
                            if recordsBadRows && notYetAdmitted == nil && member.cell == cell
                                && member.leftOn == nil
                            {
                                notYetAdmitted = (Array(id), member.number)
                            }
                            continue
                        }
                        if let leftOn = member.leftOn, leftOn <= day { continue }
                        if member.previousCell >= 0 {
                            // Before the move the member sat in the old chi bộ, after it in the new one.
                            let isBeforeMove = day < member.movedOn
                            if isBeforeMove != (member.previousCell == cell) { continue }
                        }
                        let draw = random.below(1000)
                        let status: Int
                        if member.isExempt {
                            status = draw < 300 ? 0 : 1
                        } else {
                            let unexcusedPerMille =
                                member.truantYear == year ? 400 : Int(member.unexcusedPerMille)
                            if draw < unexcusedPerMille {
                                status = 2
                            } else if draw < unexcusedPerMille + Int(member.excusedPerMille) {
                                status = 1
                            } else {
                                status = 0
                            }
                        }
                        if recordsBadRows && firstAttendance == nil {
                            firstAttendance = (Array(id), member.number)
                        }
                        file.raw(id)
                        file.append(comma)
                        file.decimal(member.number, width: 8)
                        file.append(comma)
                        file.raw(UnsafeBufferPointer(rebasing: labels[ranges[status]]))
                        try file.endRecord()
                    }
                }
            }
        }
    }

    /// Appends `value` in decimal, zero-padded to `width` digits.
    static func appendDecimal(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        let start = bytes.count
        var remaining = value
        repeat {
            bytes.append(UInt8(truncatingIfNeeded: remaining % 10) &+ 0x30)
            remaining /= 10
        } while remaining > 0
        while bytes.count - start < width { bytes.append(0x30) }
        bytes[start...].reverse()
    }
}
