import ChiboCore
import Testing

@testable import Indicators

@Suite struct TargetMatcherTests {
    let window = try! ReviewWindow(quarter: "2018-Q2", termStart: Day(iso: "2016-01-01")!)

    @Test func fromAndToYearsBoundPerYearRows() {
        let matcher = TargetMatcher(targets: [
            Target(code: .admissions, comparator: .atLeast, value: "10", fromYear: 2017, toYear: 2017)
        ])
        let years = window.years.map {
            matcher.target(for: .admissions, period: .year($0), isProvince: true, window: window)
        }
        #expect(years.map { $0?.value } == [nil, "10", nil])
    }

    @Test func asOfAndTermRowsUseTheYearOfAsOf() {
        let matcher = TargetMatcher(targets: [
            Target(code: .membersTotal, comparator: .atLeast, value: "1", toYear: 2017),
            Target(code: .membersTotal, comparator: .atLeast, value: "2", fromYear: 2018),
        ])
        #expect(
            matcher.target(for: .membersTotal, period: .asOf, isProvince: true, window: window)?.value == "2")
        #expect(
            matcher.target(for: .membersTotal, period: .term, isProvince: false, window: window)?.value == "2"
        )
    }

    @Test func scopeLimitsTheRows() {
        let matcher = TargetMatcher(targets: [
            Target(code: .admissions, comparator: .atLeast, value: "2300", scope: .province),
            Target(code: .admissions, comparator: .atLeast, value: "100", scope: .district),
        ])
        #expect(
            matcher.target(for: .admissions, period: .term, isProvince: true, window: window)?.value == "2300"
        )
        #expect(
            matcher.target(for: .admissions, period: .term, isProvince: false, window: window)?.value == "100"
        )
    }

    @Test func firstMatchInFileOrderWins() {
        let matcher = TargetMatcher(targets: [
            Target(code: .taskAssignedRatio, comparator: .atLeast, value: "100", fromYear: 2019),
            Target(code: .taskAssignedRatio, comparator: .atLeast, value: "90"),
            Target(code: .taskAssignedRatio, comparator: .atLeast, value: "50"),
        ])
        #expect(
            matcher.target(for: .taskAssignedRatio, period: .asOf, isProvince: true, window: window)?.value
                == "90")
        #expect(matcher.target(for: .admissions, period: .asOf, isProvince: true, window: window) == nil)
    }
}
