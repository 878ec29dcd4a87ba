import ChiboCore

/// The indicator catalog of SPEC: for each code, whether it is a count or a ratio and
/// which periods it has rows for.
public enum Catalog {
    /// Whether an indicator's value is a count or a percentage.
    public enum Kind: Sendable {
        /// `value` is the numerator; no denominator.
        case count
        /// `value` is 100 × numerator / denominator.
        case ratio
    }

    /// Which periods an indicator has rows for.
    public enum PeriodKind: Sendable {
        /// One row per clipped year of the window.
        case perYear
        /// One row at AS_OF.
        case asOf
        /// One row for the whole window.
        case term
        /// One row per clipped year, then one for the whole window.
        case perYearAndTerm
    }

    /// The kind of `code`.
    public static func kind(of code: IndicatorCode) -> Kind {
        code.isRatio ? .ratio : .count
    }

    /// The period kind of `code`.
    public static func periodKind(of code: IndicatorCode) -> PeriodKind {
        switch code {
        case .admissions:
            .perYearAndTerm
        case .membersTotal, .membersProbationary, .probationOverdue, .taskAssignedRatio,
            .privateEnterpriseMembers, .villageHeadMemberRatio, .whiteVillages, .villagesWithoutCell,
            .villagesAtRisk, .mergedMeetingCells, .cellsWithRegulations, .admissionPlanRatio,
            .communeKeyCadreQualified:
            .asOf
        case .committeeTrainedRatio, .cellsInspectedTerm:
            .term
        default:
            .perYear
        }
    }

    /// Whether a per-year row of `code` exists only for years whose 31 December is on or
    /// before AS_OF (the rating indicators).
    public static func isRating(_ code: IndicatorCode) -> Bool {
        switch code {
        case .memberRatingGoodOrBetter, .grassrootsRatingGoodOrBetter, .cellRatingGoodOrBetter,
            .weakOrganizations:
            true
        default:
            false
        }
    }

    /// Every code in catalog order.
    public static var codes: [IndicatorCode] { IndicatorCode.allCases }
}
