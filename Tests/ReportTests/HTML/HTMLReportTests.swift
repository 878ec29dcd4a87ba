import ChiboCore
import Foundation
import Testing

@testable import Report

@Suite struct HTMLReportTests {
    static let hostileNames = [
        "<script>alert(1)</script>", "=1+1", "Huyện A & B \"quoted\"", "Huyện Đông Sơn",
    ]

    /// Every catalog indicator for the province and `districts`, with a full year (2019), a
    /// clipped year (2020 to 30 June) and `as_of` for ratios or `term` for counts. Ratios
    /// have the target ≥ 90 and a status on the full year and `as_of`.
    static func rows(districts: [String], codes: [IndicatorCode] = IndicatorCode.allCases) -> [IndicatorRow] {
        let clipped = Period.clippedYear(first: Day(iso: "2020-01-01")!, last: Day(iso: "2020-06-30")!)
        var rows: [IndicatorRow] = []
        let units =
            [("P", "Đảng bộ tỉnh Thử", TargetScope.province)]
            + districts.enumerated().map { (String(format: "D%03d", $0.offset + 1), $0.element, .district) }
        for (codeIndex, code) in codes.enumerated() {
            for (unitIndex, (id, name, scope)) in units.enumerated() {
                for period in [Period.year(2019), clipped, code.definition.isRatio ? .asOf : .term] {
                    var row = IndicatorRow(
                        indicator: code.rawValue, scope: scope, unitID: id, unitName: name, period: period)
                    let numerator = 70 + (codeIndex * 7 + unitIndex * 3) % 31
                    row.numerator = numerator
                    if code.definition.isRatio {
                        row.denominator = 100
                        row.value = DecimalNumber(numerator)
                        row.target = Target(">=90")
                        if period != clipped { row.status = numerator >= 90 ? .met : .notMet }
                    } else {
                        row.value = DecimalNumber(numerator)
                    }
                    rows.append(row)
                }
            }
        }
        return rows.sorted(by: IndicatorRow.precedes)
    }

    static func page(districts: [String], codes: [IndicatorCode] = IndicatorCode.allCases) -> String {
        HTMLReport(
            quarter: Quarter(year: 2020, number: 2), review: .midTerm,
            indicators: rows(districts: districts, codes: codes), comparison: nil
        ).rendered()
    }

    @Test func isWellFormedWithEveryUnitAndIndicator() throws {
        let page = Self.page(districts: Self.hostileNames)
        let check = PageCheck(page)
        #expect(check.isWellFormed, "\(check.error ?? "")")
        #expect(check.values(of: "lang", on: "html") == ["vi"])
        for name in Self.hostileNames {
            #expect(check.characters.contains(name), "\(name)")
        }
        let sectionIDs = check.values(of: "id", on: "section")
        #expect(sectionIDs.filter { $0.hasPrefix("unit-") } == ["unit-1", "unit-2", "unit-3", "unit-4"])
        #expect(sectionIDs.filter { $0.hasPrefix("indicator-") }.count == IndicatorCode.allCases.count)
        // Each indicator by its catalog name, with its definition and source clause.
        for code in IndicatorCode.allCases {
            #expect(check.characters.contains(code.definition.vietnameseName), "\(code)")
            #expect(check.characters.contains(code.definition.vietnameseDefinition), "\(code)")
            #expect(check.characters.contains("Nguồn: " + code.definition.source), "\(code)")
        }
        // Every link inside the page points at an element of the page.
        let ids = Set(check.attributes.compactMap { $0["id"] })
        for link in check.values(of: "href", on: "a") {
            #expect(link.hasPrefix("#") && ids.contains(String(link.dropFirst())), "\(link)")
        }
        // Each chart is named for assistive technology.
        let charts = check.values(of: "aria-labelledby", on: "svg")
        #expect(!charts.isEmpty)
        #expect(charts.count == check.values(of: "role", on: "svg").filter { $0 == "img" }.count)
        #expect(check.elements.filter { $0 == "desc" }.count == charts.count)
    }

    @Test func escapesEveryName() {
        let page = Self.page(districts: Self.hostileNames)
        #expect(!page.contains("<script"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("Huyện A &amp; B"))
    }

    @Test func referencesNothingOutsideThePage() {
        let page = Self.page(districts: Self.hostileNames)
        for forbidden in ["http:", "https:", "src=", "<link", "@import", "<script", "<img", "<iframe", "//"] {
            #expect(!page.contains(forbidden), "\(forbidden)")
        }
        // Patterns are only ever looked up inside the page.
        var rest = page[...]
        while let range = rest.range(of: "url(") {
            #expect(rest[range.upperBound...].hasPrefix("#"))
            rest = rest[range.upperBound...]
        }
    }

    @Test func isByteIdenticalOnRerun() {
        #expect(Self.page(districts: Self.hostileNames) == Self.page(districts: Self.hostileNames))
    }

    @Test func countsTheProvinceVerdictsInTheHeader() {
        // Two ratios judged at their main period (as_of): the province has 70 + 7 = 77 and
        // 70 + 14 = 84, both below 90; members_total is a count without a target.
        let page = Self.page(
            districts: ["Huyện A"], codes: [.membersTotal, .taskAssignedRatio, .cellsWithRegulations])
        #expect(page.contains("đạt 0/2 chỉ tiêu"))
        // The district unit has 3 more: 80 and 87.
        for value in ["77,00%", "84,00%", "80,00%", "87,00%"] {
            #expect(page.contains(value), "\(value)")
        }
    }

    @Test func marksThePartialYear() {
        let page = Self.page(districts: ["Huyện A"], codes: [.periodicMeetingRegularity])
        let check = PageCheck(page)
        #expect(check.values(of: "class", on: "g").contains("bar partial"))
        #expect(check.characters.contains("chưa trọn năm"))
        #expect(check.characters.contains("01/01-30/06/2020 (chưa trọn năm)"))
    }

    @Test func drawsTheProvinceAsReferenceForRatiosOnly() {
        let ratio = PageCheck(Self.page(districts: ["Huyện A"], codes: [.taskAssignedRatio]))
        #expect(ratio.values(of: "class", on: "g").contains("bar reference"))
        let count = PageCheck(Self.page(districts: ["Huyện A"], codes: [.membersTotal]))
        #expect(!count.values(of: "class", on: "g").contains("bar reference"))
    }

    @Test func staysReadableWithManyDistrictUnits() throws {
        let names = (1...65).map { "Huyện số \($0)" }
        let page = Self.page(districts: names, codes: [.membersTotal, .taskAssignedRatio])
        let check = PageCheck(page)
        #expect(check.isWellFormed)
        // The grid in pages of 30 units: 3 tables, each with the province on top.
        #expect(
            check.values(of: "class", on: "table").filter { $0 == "status-grid" }.count == 3 + names.count)
        #expect(check.characters.contains("trang 3/3"))
        // No chart holds more than 30 district bars (plus the province).
        for bars in check.barsPerChart {
            #expect(bars <= 31)
        }
        // Every unit keeps its own section.
        #expect(check.values(of: "id", on: "section").filter { $0.hasPrefix("unit-") }.count == 65)
        for name in names {
            #expect(check.characters.contains(name))
        }
    }

    @Test func ranksDistrictUnitsByTargetsMet() throws {
        // Two ratio indicators judged as_of; A meets none, B both, C one.
        var rows: [IndicatorRow] = []
        let units =
            [("P", "Tỉnh", TargetScope.province, 95, 80), ("D1", "Huyện A", .district, 80, 80)]
            + [("D2", "Huyện B", .district, 95, 95), ("D3", "Huyện C", .district, 80, 95)]
        for (id, name, scope, first, second) in units {
            for (code, value) in [(IndicatorCode.taskAssignedRatio, first), (.cellsWithRegulations, second)] {
                rows.append(
                    IndicatorRow(
                        indicator: code.rawValue, scope: scope, unitID: id, unitName: name, period: .asOf,
                        numerator: value, denominator: 100, value: DecimalNumber(value),
                        target: Target(">=90"),
                        status: value >= 90 ? .met : .notMet))
            }
        }
        let page = HTMLReport(
            quarter: Quarter(year: 2020, number: 4), review: .final,
            indicators: rows.sorted(by: IndicatorRow.precedes), comparison: nil
        ).rendered()
        let ranking = try #require(page.range(of: "xếp theo số chỉ tiêu đạt</h3>"))
        // The first mention of each unit after the heading is its bar, in ranking order.
        let table = page[ranking.upperBound...]
        let order = ["Huyện B", "Huyện C", "Huyện A"].map { table.range(of: ">" + $0 + "<")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        #expect(table.contains(">2/2<") && table.contains(">1/2<") && table.contains(">0/2<"))
        // The province meets one of two.
        #expect(page.contains("đạt 1/2 chỉ tiêu"))
    }

    @Test(arguments: [
        ("2020-03-15", true), ("2020-06-30", true), ("2020-07-01", false), ("2020-09-30", false),
    ])
    func warnsWhenTheDataEndsBeforeTheReviewQuarter(_ dataUntil: String, _ warns: Bool) {
        // The review is at 2020-Q3: data ending before 1 July leaves the quarter incomplete.
        let page = HTMLReport(
            quarter: Quarter(year: 2020, number: 3), review: .quarterly,
            indicators: Self.rows(districts: ["Huyện A"], codes: [.membersTotal]), comparison: nil,
            record: Self.record("quy/2020-Q3", windowStart: "2020-01-01", dataUntil: dataUntil)
        ).rendered()
        let coverage = DataCoverage(
            record: Self.record("quy/2020-Q3", windowStart: "2020-01-01", dataUntil: dataUntil))
        #expect(page.contains(coverage.statement))
        #expect((coverage.warning.map { page.contains($0) } ?? false) == warns)
        #expect(page.contains("class=\"warning\"") == warns)
        if warns {
            // Before any figure.
            #expect(
                page.range(of: "class=\"warning\"")!.lowerBound
                    < page.range(of: "<table class=\"status-grid\"")!.lowerBound)
        }
    }

    static func record(_ review: String, windowStart: String, dataUntil: String?) -> ReviewRecord {
        ReviewRecord(
            review: ReviewName(review)!, windowStart: Day(iso: windowStart)!, meetingDeadlineDay: 10,
            previous: nil, inputSHA256: String(repeating: "0", count: 64),
            dataUntil: dataUntil.flatMap(Day.init(iso:)))
    }

    @Test func saysWhenNoMeetingWasAccepted() {
        let page = HTMLReport(
            quarter: Quarter(year: 2020, number: 3), review: .quarterly,
            indicators: Self.rows(districts: ["Huyện A"], codes: [.membersTotal]), comparison: nil,
            record: Self.record("quy/2020-Q3", windowStart: "2020-01-01", dataUntil: nil)
        ).rendered()
        #expect(page.contains("LƯU Ý: không có dữ liệu sinh hoạt chi bộ"))
    }

    struct WindowCase: CustomTestStringConvertible, Sendable {
        var current: (review: String, start: String)
        var previous: (review: String, start: String)
        var differs: Bool
        var testDescription: String {
            "\(current.review) from \(current.start) against \(previous.review) from \(previous.start)"
        }
    }

    @Test(arguments: [
        // The same year to date a year before: alike, though 2020 is a leap year.
        WindowCase(
            current: ("quy/2020-Q3", "2020-01-01"), previous: ("quy/2019-Q3", "2019-01-01"), differs: false),
        // A tổng kết against the sơ kết of the same term: 60 months against 30.
        WindowCase(
            current: ("tong-ket/2020-Q4", "2016-01-01"), previous: ("so-ket/2018-Q2", "2016-01-01"),
            differs: true),
        // The same length from another start (another TERM_START).
        WindowCase(
            current: ("tong-ket/2020-Q4", "2016-01-01"), previous: ("so-ket/2020-Q4", "2016-03-01"),
            differs: true),
    ])
    func saysWhenTheComparedWindowDiffers(_ testCase: WindowCase) {
        let rows = Self.rows(districts: ["Huyện A"], codes: [.membersTotal])
        let current = Self.record(
            testCase.current.review, windowStart: testCase.current.start, dataUntil: nil)
        let earlier = Self.record(
            testCase.previous.review, windowStart: testCase.previous.start, dataUntil: nil)
        let comparison = IndicatorComparison(
            old: rows, oldReview: earlier.review, new: rows, newReview: current.review)
        let page = HTMLReport(
            quarter: current.review.quarter, review: current.review.kind, indicators: rows,
            comparison: comparison,
            record: current, previousRecord: earlier
        ).rendered()
        let difference = WindowText.difference(current: current, previous: earlier)
        #expect((difference != nil) == testCase.differs)
        if let difference {
            // Said in the comparison part and marked beside each indicator's change.
            #expect(page.contains(difference))
            #expect(page.contains("thời gian khác kỳ này"))
        }
    }

    @Test func writesNumbersTheVietnameseWay() {
        #expect(HTMLReport.valueText(DecimalNumber("84.5"), isRatio: true) == "84,50%")
        #expect(HTMLReport.valueText(DecimalNumber("91.27"), isRatio: true) == "91,27%")
        #expect(HTMLReport.valueText(DecimalNumber("100"), isRatio: true) == "100,00%")
        #expect(HTMLReport.valueText(DecimalNumber("2300"), isRatio: false) == "2.300")
        #expect(HTMLReport.valueText(nil, isRatio: true) == "–")
        #expect(HTMLReport.deltaText(DecimalNumber("1.5")!, isRatio: true) == "+1,50 điểm %")
        #expect(HTMLReport.deltaText(DecimalNumber("-0.04")!, isRatio: true) == "-0,04 điểm %")
        #expect(HTMLReport.deltaText(DecimalNumber("-16")!, isRatio: false) == "-16")
        #expect(HTMLReport.deltaText(DecimalNumber("0")!, isRatio: false) == "0")
        #expect(HTMLReport.targetText(Target(">=2300"), isRatio: false) == "≥ 2.300")
        #expect(HTMLReport.targetText(Target(">84"), isRatio: true) == "> 84%")
        #expect(HTMLReport.targetText(Target("=0"), isRatio: false) == "= 0")
        #expect(HTMLReport.chartValue(DecimalNumber("84.5")) == 84.5)
    }

    @Test func handlesAProvinceWithoutDistrictUnits() {
        let check = PageCheck(Self.page(districts: []))
        #expect(check.isWellFormed)
        #expect(!check.values(of: "id", on: "section").contains("units"))
    }
}
