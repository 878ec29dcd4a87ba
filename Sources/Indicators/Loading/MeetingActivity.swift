import ChiboCore

/// What the meeting and attendance indicators need of the meetings dated in the window,
/// tallied while meetings.csv and attendance.csv are streamed, so that no meeting is kept
/// row by row (memory follows organizations and units, not meetings or attendance rows).
///
/// Tallies are per clipped year (index into `ReviewWindow.years`) and unit; a meeting of
/// an unknown chi bộ counts in the province row only.
struct MeetingActivity: Equatable {
    /// Months (bit `m - 1`) with a periodic meeting, per organization and clipped year
    /// (`organization * yearCount + year`).
    var periodicMonths: [UInt16]
    /// Months with a thematic meeting, laid out as `periodicMonths`.
    var thematicMonths: [UInt16]
    /// Periodic meetings per clipped year and day of the month (`year * 31 + day - 1`),
    /// so that the on-time deadline is applied by the indicator, not the loader.
    var periodicByDayOfMonth: [UnitTally]
    /// Periodic meetings with a resolution.
    var withResolution: [UnitTally]
    /// Periodic meetings a superior attended.
    var withSuperior: [UnitTally]
    /// Periodic meetings with a quality rating.
    var rated: [UnitTally]
    /// Periodic meetings rated good or fair.
    var goodOrFair: [UnitTally]
    /// Attendance rows of members not exempt at periodic meetings.
    var recordedRows: [UnitTally]
    /// `present` rows of members not exempt at periodic meetings.
    var presentRows: [UnitTally]
    /// Periodic meetings with at least one attendance row.
    var withAttendanceRows: [UnitTally]
    /// Periodic meetings with attendance rows where more than 85 % of the non-exempt rows
    /// are `present` and none is `unexcused`.
    var meetingCriterion: [UnitTally]

    private let yearCount: Int

    /// Empty tallies for `organizationCount` organizations, `unitCount` units and
    /// `yearCount` clipped years.
    init(organizationCount: Int, unitCount: Int, yearCount: Int) {
        self.yearCount = yearCount
        periodicMonths = Array(repeating: 0, count: organizationCount * yearCount)
        thematicMonths = periodicMonths
        let years = Array(repeating: UnitTally(unitCount: unitCount), count: yearCount)
        periodicByDayOfMonth = Array(repeating: UnitTally(unitCount: unitCount), count: yearCount * 31)
        withResolution = years
        withSuperior = years
        rated = years
        goodOrFair = years
        recordedRows = years
        presentRows = years
        withAttendanceRows = years
        meetingCriterion = years
    }

    /// Adds one meeting dated in clipped year `year`, month `month`, day `dayOfMonth` (its
    /// date's, given by the caller who has them) of organization `organization` (-1 when
    /// unknown) in unit `unit`, with its attendance counted in `attendance`.
    mutating func add(
        _ meeting: MeetingFacts, year: Int, month: Int, dayOfMonth: Int, organization: Int32, unit: Int32,
        attendance: MeetingAttendance
    ) {
        if organization >= 0 {
            let slot = Int(organization) * yearCount + year
            switch meeting.kind {
            case .periodic: periodicMonths[slot] |= 1 << (month - 1)
            case .thematic: thematicMonths[slot] |= 1 << (month - 1)
            case .extraordinary: break
            }
        }
        guard meeting.kind == .periodic else { return }
        periodicByDayOfMonth[year * 31 + dayOfMonth - 1].add(unit: unit)
        if meeting.hasResolution { withResolution[year].add(unit: unit) }
        if meeting.isSuperiorAttended { withSuperior[year].add(unit: unit) }
        if let quality = meeting.quality {
            rated[year].add(unit: unit)
            if quality == .good || quality == .fair { goodOrFair[year].add(unit: unit) }
        }
        let rows = Int(attendance.nonExemptRows)
        let present = Int(attendance.nonExemptPresent)
        recordedRows[year].add(unit: unit, rows)
        presentRows[year].add(unit: unit, present)
        guard attendance.rows > 0 else { return }
        withAttendanceRows[year].add(unit: unit)
        if rows > 0 && present * 100 > 85 * rows && !attendance.hasUnexcusedRow {
            meetingCriterion[year].add(unit: unit)
        }
    }

    /// Adds the tallies of `other`, taken over other meetings of the same window.
    mutating func add(_ other: MeetingActivity) {
        for index in periodicMonths.indices {
            periodicMonths[index] |= other.periodicMonths[index]
            thematicMonths[index] |= other.thematicMonths[index]
        }
        func add(_ tallies: inout [UnitTally], _ others: [UnitTally]) {
            for index in tallies.indices { tallies[index].add(others[index]) }
        }
        add(&periodicByDayOfMonth, other.periodicByDayOfMonth)
        add(&withResolution, other.withResolution)
        add(&withSuperior, other.withSuperior)
        add(&rated, other.rated)
        add(&goodOrFair, other.goodOrFair)
        add(&recordedRows, other.recordedRows)
        add(&presentRows, other.presentRows)
        add(&withAttendanceRows, other.withAttendanceRows)
        add(&meetingCriterion, other.meetingCriterion)
    }

    /// Periodic meetings of clipped year `year` held on or before day `deadline` of their month.
    func periodic(year: Int, throughDay deadline: Int, unitCount: Int) -> UnitTally {
        var total = UnitTally(unitCount: unitCount)
        for day in 0..<min(max(deadline, 0), 31) {
            total.add(periodicByDayOfMonth[year * 31 + day])
        }
        return total
    }
}
