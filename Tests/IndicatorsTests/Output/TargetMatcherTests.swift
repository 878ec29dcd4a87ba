import ChiboCore
import Testing

@testable import Indicators

@Suite struct TargetMatcherTests {
    let window = try! ReviewWindow(quarter: "2018-Q2", termStart: Day(iso: "2016-01-01")!)

    @Test func fromAndToYearsBoundPerYearRows() {
        let matcher = TargetMatcher(targets: [
            TargetRule(code: .admissions, target: Target(">=10")!, fromYear: 2017, toYear: 2017)
        ])
        let years = window.years.map {
            matcher.target(for: .admissions, period: $0.period, isProvince: true, window: window)
        }
        #expect(years.map { $0?.target.value.plain } == [nil, "10", nil])
    }

    @Test func asOfRowsAndTermRowsOfTermOnlyIndicatorsUseTheYearOfAsOf() {
        let matcher = TargetMatcher(targets: [
            TargetRule(code: .membersTotal, target: Target(">=1")!, toYear: 2017),
            TargetRule(code: .membersTotal, target: Target(">=2")!, fromYear: 2018),
            TargetRule(code: .committeeTrainedRatio, target: Target(">=90")!, toYear: 2017),
            TargetRule(code: .committeeTrainedRatio, target: Target(">=95")!, fromYear: 2018),
        ])
        #expect(
            matcher.target(for: .membersTotal, period: .asOf, isProvince: true, window: window)?.target.value
                .plain == "2")
        #expect(
            matcher.target(for: .committeeTrainedRatio, period: .term, isProvince: false, window: window)?
                .target.value.plain == "95")
    }

    @Test func theTermRowOfAdmissionsHasNoTarget() {
        let matcher = TargetMatcher(targets: [TargetRule(code: .admissions, target: Target(">=2300")!)])
        #expect(matcher.target(for: .admissions, period: .term, isProvince: true, window: window) == nil)
        #expect(
            matcher.target(for: .admissions, period: .year(2017), isProvince: true, window: window)?.target
                .value.plain == "2300")
    }

    @Test func scopeLimitsTheRows() {
        let matcher = TargetMatcher(targets: [
            TargetRule(code: .admissions, target: Target(">=2300")!, scope: .province),
            TargetRule(code: .admissions, target: Target(">=100")!, scope: .district),
        ])
        #expect(
            matcher.target(for: .admissions, period: .year(2017), isProvince: true, window: window)?.target
                .value.plain == "2300")
        #expect(
            matcher.target(for: .admissions, period: .year(2017), isProvince: false, window: window)?.target
                .value.plain == "100")
    }

    @Test func firstMatchInFileOrderWins() {
        let matcher = TargetMatcher(targets: [
            TargetRule(code: .taskAssignedRatio, target: Target(">=100")!, fromYear: 2019),
            TargetRule(code: .taskAssignedRatio, target: Target(">=90")!),
            TargetRule(code: .taskAssignedRatio, target: Target(">=50")!),
        ])
        #expect(
            matcher.target(for: .taskAssignedRatio, period: .asOf, isProvince: true, window: window)?.target
                .value.plain
                == "90")
        #expect(matcher.target(for: .admissions, period: .asOf, isProvince: true, window: window) == nil)
    }
}
