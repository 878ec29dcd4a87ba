import Testing

@testable import ChiboCore

@Suite struct IndicatorRowTests {
    @Test(arguments: [
        "admissions,province,TU,\"Tỉnh, ủy\",term,5,,5,,",
        "admission_rate,district,H1,Huyện 1,2018-01-01..2018-06-30,3,120,2.5,>=3,",
        "task_assigned_ratio,province,TU,Tỉnh,as_of,0,0,,>=100,",
        "weak_organizations,district,H2,Huyện 2,2017,1,,1,=0,not_met",
        "member_rating_good_or_better,province,TU,Tỉnh,2017,85,100,85,>84,met",
        "some_future_code,province,TU,Tỉnh,as_of,1,,1,>=75.1234567,not_met",
    ])
    func fieldsReadBackToTheSameFields(line: String) throws {
        let fields = Self.split(line)
        let row = try #require(IndicatorRow(fields: fields))
        #expect(row.fields == fields)
    }

    @Test func readsTypedValues() throws {
        let row = try #require(
            IndicatorRow(fields: Self.split("weak_organizations,district,H2,Huyện 2,2017,1,,1,=0,not_met")))
        #expect(row.code == .weakOrganizations && row.scope == .district && row.period == .year(2017))
        #expect(row.numerator == 1 && row.denominator == nil && row.value == DecimalNumber(1))
        #expect(row.target == Target(comparator: .equal, value: DecimalNumber(0)) && row.status == .notMet)
    }

    @Test(arguments: [
        ("members_total,county,TU,T,as_of,1,,1,,", 1), ("members_total,province,TU,T,2018-Q2,1,,1,,", 4),
        ("members_total,province,TU,T,as_of,x,,1,,", 5), ("members_total,province,TU,T,as_of,1,-1,1,,", 6),
        ("members_total,province,TU,T,as_of,1,,1.,,", 7), ("members_total,province,TU,T,as_of,1,,1,=>1,", 8),
        ("members_total,province,TU,T,as_of,1,,1,,ok", 9), (",province,TU,T,as_of,1,,1,,", 0),
        ("members_total,province,,T,as_of,1,,1,,", 2),
    ])
    func namesTheFirstBadField(line: String, position: Int) {
        let fields = Self.split(line)
        #expect(IndicatorRow(fields: fields) == nil)
        guard case .failure(let error) = IndicatorRow.parse(fields: fields) else {
            Issue.record("parsed \(line)")
            return
        }
        #expect(error.position == position)
    }

    @Test func codesOutsideTheCatalogSortLastByCode() {
        func row(_ code: String, _ scope: TargetScope) -> IndicatorRow {
            IndicatorRow(indicator: code, scope: scope, unitID: "U", unitName: "U", period: .asOf)
        }
        let rows = [
            row("zz_extra", .province), row("aa_extra", .district), row("aa_extra", .province),
            row("members_total", .district),
        ]
        let sorted = rows.sorted(by: IndicatorRow.precedes).map { "\($0.indicator) \($0.scope.rawValue)" }
        #expect(
            sorted == [
                "members_total district", "aa_extra province", "aa_extra district", "zz_extra province",
            ])
    }

    /// Splits a test line on commas outside double quotes.
    private static func split(_ line: String) -> [String] {
        var fields = [""]
        var isQuoted = false
        for character in line {
            if character == "\"" {
                isQuoted.toggle()
            } else if character == ",", !isQuoted {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields
    }
}
