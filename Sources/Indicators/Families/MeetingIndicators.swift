import ChiboCore

/// Indicators on chi bộ meetings (sinh hoạt chi bộ), attributed to the meeting's chi bộ
/// and placed in time by the meeting's date.
enum MeetingIndicators {
    /// Computes periodic_meeting_regularity, periodic_meeting_on_time,
    /// thematic_meeting_quarterly, meeting_resolution_ratio, meeting_quality_good_ratio and
    /// superior_attendance_ratio.
    static func compute(_ context: ComputationContext, into results: inout IndicatorResults) {
        let dataset = context.dataset
        let window = context.window
        let yearCount = window.years.count
        let organizationCount = dataset.organizationIDs.count
        // Months (bit m − 1) with a meeting, per organization and clipped year.
        var periodicMonths = [UInt16](repeating: 0, count: organizationCount * yearCount)
        var thematicMonths = [UInt16](repeating: 0, count: organizationCount * yearCount)
        var periodic = context.emptyYearTallies()
        var onTime = context.emptyYearTallies()
        var withResolution = context.emptyYearTallies()
        var rated = context.emptyYearTallies()
        var goodOrFair = context.emptyYearTallies()
        var withSuperior = context.emptyYearTallies()
        for meeting in 0..<dataset.meetingIDs.count {
            let date = Day(number: dataset.meetingDates[meeting])
            guard let year = window.yearIndex(of: date) else { continue }
            let organization = dataset.meetingOrganizations[meeting]
            let kind = dataset.meetingKinds[meeting]
            let (_, month, dayOfMonth) = date.components
            if organization >= 0 {
                let slot = Int(organization) * yearCount + year
                switch kind {
                case .periodic: periodicMonths[slot] |= 1 << (month - 1)
                case .thematic: thematicMonths[slot] |= 1 << (month - 1)
                case .extraordinary: break
                }
            }
            guard kind == .periodic else { continue }
            let unit = dataset.unit(ofOrganization: organization)
            periodic[year].add(unit: unit)
            if dayOfMonth <= context.meetingDeadlineDay { onTime[year].add(unit: unit) }
            if dataset.meetingHasResolution[meeting] { withResolution[year].add(unit: unit) }
            if dataset.meetingSuperiorAttended[meeting] { withSuperior[year].add(unit: unit) }
            if let quality = dataset.meetingQualities[meeting] {
                rated[year].add(unit: unit)
                if quality == .good || quality == .fair { goodOrFair[year].add(unit: unit) }
            }
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
