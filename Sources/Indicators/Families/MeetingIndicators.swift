import ChiboCore

/// Indicators on chi bộ meetings (sinh hoạt chi bộ), attributed to the meeting's chi bộ
/// and placed in time by the meeting's date.
enum MeetingIndicators {
    /// Computes periodic_meeting_regularity, periodic_meeting_on_time,
    /// thematic_meeting_quarterly, meeting_resolution_ratio, meeting_quality_good_ratio and
    /// superior_attendance_ratio.
    static func compute(_ context: ComputationContext, into results: inout IndicatorResults) {
        let window = context.window
        let activity = context.dataset.meetingActivity
        let periodicMonths = activity.periodicMonths
        let thematicMonths = activity.thematicMonths
        let withResolution = activity.withResolution
        let goodOrFair = activity.goodOrFair
        let rated = activity.rated
        let withSuperior = activity.withSuperior
        let unitCount = context.unitCount
        let periodic = window.years.indices.map {
            activity.periodic(year: $0, throughDay: 31, unitCount: unitCount)
        }
        let onTime = window.years.indices.map {
            activity.periodic(year: $0, throughDay: context.meetingDeadlineDay, unitCount: unitCount)
        }
        for (index, year) in window.years.enumerated() {
            let period = year.period
            let monthly = Regularity.count(
                context, year: index, months: periodicMonths, spans: year.wholeMonths.map { 1 << ($0 - 1) })
            results.record(
                .periodicMeetingRegularity, period, numerator: monthly.numerator,
                denominator: monthly.denominator)
            results.record(
                .periodicMeetingOnTime, period, numerator: onTime[index], denominator: periodic[index])
            let quarterly = Regularity.count(
                context, year: index, months: thematicMonths, spans: year.wholeQuarterMasks)
            results.record(
                .thematicMeetingQuarterly, period, numerator: quarterly.numerator,
                denominator: quarterly.denominator)
            results.record(
                .meetingResolutionRatio, period, numerator: withResolution[index],
                denominator: periodic[index])
            results.record(
                .meetingQualityGoodRatio, period, numerator: goodOrFair[index], denominator: rated[index])
            results.record(
                .superiorAttendanceRatio, period, numerator: withSuperior[index], denominator: periodic[index]
            )
        }
    }
}
