import ChiboCore

/// Indicators on the annual ratings (đánh giá, xếp loại) of members and organizations,
/// whatever the subject's state today. A year has rows only when its 31 December is on
/// or before AS_OF.
enum RatingIndicators {
    /// Computes member_rating_good_or_better, grassroots_rating_good_or_better,
    /// cell_rating_good_or_better and weak_organizations.
    static func compute(_ context: ComputationContext, into results: inout IndicatorResults) {
        let dataset = context.dataset
        let window = context.window
        let firstYear = window.start.year
        let ratedYears = window.ratedYears
        func yearIndex(_ year: Int32) -> Int? {
            let index = Int(year) - firstYear
            return index >= 0 && index < ratedYears.count ? index : nil
        }
        var goodMembers = context.emptyYearTallies()
        var ratedMembers = context.emptyYearTallies()
        for year in ratedYears.indices {
            for (index, rating) in Rating.allCases.enumerated() {
                let counts = dataset.memberRatingCounts[year * Rating.allCases.count + index].counts
                for unit in counts.indices {
                    ratedMembers[year].counts[unit] += counts[unit]
                    if rating.isGoodOrBetter { goodMembers[year].counts[unit] += counts[unit] }
                }
            }
        }
        var goodGrassroots = context.emptyYearTallies()
        var ratedGrassroots = context.emptyYearTallies()
        var goodCells = context.emptyYearTallies()
        var ratedCells = context.emptyYearTallies()
        var weak = context.emptyYearTallies()
        for rating in 0..<dataset.organizationRatings.count {
            guard let year = yearIndex(dataset.organizationRatingYears[rating]) else { continue }
            let organization = dataset.organizationRatingOrganizations[rating]
            let unit = dataset.unit(ofOrganization: organization)
            let level = dataset.levels[Int(organization)]
            let isGood = dataset.organizationRatings[rating].isGoodOrBetter
            if level.isGrassroots {
                ratedGrassroots[year].add(unit: unit)
                if isGood { goodGrassroots[year].add(unit: unit) }
            }
            if level.isPartyCell {
                ratedCells[year].add(unit: unit)
                if isGood { goodCells[year].add(unit: unit) }
            }
            if dataset.organizationRatings[rating] == .notComplete { weak[year].add(unit: unit) }
        }
        for (index, year) in ratedYears.enumerated() {
            let period = year.period
            results.record(
                .memberRatingGoodOrBetter, period, numerator: goodMembers[index],
                denominator: ratedMembers[index])
            results.record(
                .grassrootsRatingGoodOrBetter, period, numerator: goodGrassroots[index],
                denominator: ratedGrassroots[index])
            results.record(
                .cellRatingGoodOrBetter, period, numerator: goodCells[index], denominator: ratedCells[index])
            results.record(.weakOrganizations, period, numerator: weak[index])
        }
        for code in [
            IndicatorCode.memberRatingGoodOrBetter, .grassrootsRatingGoodOrBetter, .cellRatingGoodOrBetter,
            .weakOrganizations,
        ] where results.tallies[code] == nil {
            results.tallies[code] = []
        }
    }
}
