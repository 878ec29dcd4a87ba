import ChiboCore

/// Indicators on attendance (điểm danh), from the per-meeting counters and the
/// per-member month masks the attendance stream was reduced to.
enum AttendanceIndicators {
    /// Computes meeting_attendance_criterion, attendance_rate and absence_removal_candidates.
    static func compute(_ context: ComputationContext, into results: inout IndicatorResults) {
        let dataset = context.dataset
        let window = context.window
        var recorded = context.emptyYearTallies()
        var present = context.emptyYearTallies()
        var withRows = context.emptyYearTallies()
        var meetingCriterion = context.emptyYearTallies()
        for meeting in 0..<dataset.meetingIDs.count where dataset.meetingKinds[meeting] == .periodic {
            guard let year = window.yearIndex(of: Day(number: dataset.meetingDates[meeting])) else {
                continue
            }
            let unit = dataset.unit(ofOrganization: dataset.meetingOrganizations[meeting])
            let rows = Int(dataset.nonExemptRows[meeting])
            let presentRows = Int(dataset.nonExemptPresent[meeting])
            recorded[year].add(unit: unit, rows)
            present[year].add(unit: unit, presentRows)
            guard dataset.attendanceRows[meeting] > 0 else { continue }
            withRows[year].add(unit: unit)
            if rows > 0 && presentRows * 100 > 85 * rows && !dataset.hasUnexcusedRow[meeting] {
                meetingCriterion[year].add(unit: unit)
            }
        }
        var candidates = context.emptyYearTallies()
        for (key, months) in dataset.unexcusedMonths where months.nonzeroBitCount >= 3 {
            let member = Int32(truncatingIfNeeded: key >> 16)
            let year = Int(key & 0xFFFF)
            candidates[year].add(unit: dataset.unit(ofMember: Int(member)))
            results.absenceCandidates.append(
                AbsenceCandidate(member: member, year: window.years[year], months: months))
        }
        for (index, year) in window.years.enumerated() {
            let period = year.period
            results.record(
                .meetingAttendanceCriterion, period, numerator: meetingCriterion[index],
                denominator: withRows[index])
            results.record(.attendanceRate, period, numerator: present[index], denominator: recorded[index])
            results.record(.absenceRemovalCandidates, period, numerator: candidates[index])
        }
    }
}
