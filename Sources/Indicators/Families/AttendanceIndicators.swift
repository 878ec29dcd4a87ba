import ChiboCore

/// Indicators on attendance (điểm danh), from the per-meeting counters and the
/// per-member month masks the attendance stream was reduced to.
enum AttendanceIndicators {
    /// Computes meeting_attendance_criterion, attendance_rate and absence_removal_candidates.
    static func compute(_ context: ComputationContext, into results: inout IndicatorResults) {
        let dataset = context.dataset
        let window = context.window
        let activity = dataset.meetingActivity
        let yearCount = window.years.count
        var candidates = context.emptyYearTallies()
        for member in 0..<dataset.memberIDs.count {
            for year in 0..<yearCount {
                let months = dataset.unexcusedMonths[member * yearCount + year]
                guard months.nonzeroBitCount >= 3 else { continue }
                candidates[year].add(unit: dataset.unit(ofMember: member))
                results.absenceCandidates.append(
                    AbsenceCandidate(member: Int32(member), year: window.years[year], months: months))
            }
        }
        for (index, year) in window.years.enumerated() {
            let period = year.period
            results.record(
                .meetingAttendanceCriterion, period, numerator: activity.meetingCriterion[index],
                denominator: activity.withAttendanceRows[index])
            results.record(
                .attendanceRate, period, numerator: activity.presentRows[index],
                denominator: activity.recordedRows[index])
            results.record(.absenceRemovalCandidates, period, numerator: candidates[index])
        }
    }
}
