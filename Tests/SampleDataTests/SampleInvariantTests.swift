import ChiboCore
import Testing

@testable import SampleData

/// Structural invariants of a scale-1 sample, apart from the deliberately bad rows:
/// what ingest needs to accept every other row, and what the indicators need to have
/// something to count.
@Suite struct SampleInvariantTests {
    private let sample = GeneratedSample.standard
    private let chiBoLevels: Set = ["Chi bộ trực thuộc", "Chi bộ", "Chi bộ cơ sở"]

    private func deliberateLines(_ entity: Entity, severity: Severity = .error) -> Set<Int> {
        Set(
            sample.summary.problems.filter { $0.file == entity.fileName && $0.severity == severity }.map(
                \.line))
    }

    @Test func theTreeHasOneRootAndFiveDistrictUnits() throws {
        let organizations = try sample.table(.organizations)
        let ids = organizations.values("Mã tổ chức")
        let parents = organizations.values("Mã tổ chức cấp trên")
        #expect(Set(ids).count == ids.count)
        #expect(parents.filter(\.isEmpty).count == 1)
        #expect(parents.filter { $0 == "SH" }.count == 5)
        // Parents come before their children, so every parent is known when it is used.
        var seen = Set<String>()
        for (id, parent) in zip(ids, parents) {
            #expect(parent.isEmpty || seen.contains(parent), "\(id)")
            seen.insert(id)
        }
        let levels = Set(organizations.values("Cấp"))
        for level in [
            "Đảng bộ tỉnh", "Thành ủy", "Huyện ủy", "Đảng ủy trực thuộc", "Đảng bộ cơ sở", "Chi bộ cơ sở",
            "Đảng bộ bộ phận", "Chi bộ trực thuộc",
        ] {
            #expect(levels.contains(level), "\(level)")
        }
        let kinds = Set(organizations.values("Loại hình"))
        for kind in [
            "Thôn", "Bản", "Tổ dân phố", "Xã", "Phường", "Thị trấn", "Cơ quan hành chính", "Đơn vị sự nghiệp",
            "Doanh nghiệp nhà nước", "Doanh nghiệp ngoài khu vực nhà nước", "Quân đội", "Công an",
        ] {
            #expect(kinds.contains(kind), "\(kind)")
        }
    }

    @Test func oneChiBoIsFoundedAndOneDissolvedDuringTheYears() throws {
        let organizations = try sample.table(.organizations)
        let years = 2018...2020
        let founded = organizations.values("Ngày thành lập").compactMap(parseDate).filter {
            years.contains($0.year)
        }
        let dissolved = organizations.values("Ngày giải thể").compactMap(parseDate).filter {
            years.contains($0.year)
        }
        #expect(founded.count == 1)
        #expect(dissolved.count == 1)
    }

    @Test func membersOfTheMergedChiBoAttendItUntilTheMergerAndTheirNewOneAfter() throws {
        let organizations = try sample.table(.organizations)
        let dissolvedColumn = organizations.column("Ngày giải thể")
        let foundedColumn = organizations.column("Ngày thành lập")
        let merged = try #require(organizations.rows.first { !$0.fields[dissolvedColumn].isEmpty })
        let mergedOn = try #require(parseDate(merged.fields[dissolvedColumn]))
        let founded = try #require(
            organizations.rows.first { parseDate($0.fields[foundedColumn])?.year == 2020 })
        let foundedOn = try #require(parseDate(founded.fields[foundedColumn]))
        let meetings = try sample.table(.meetings)
        var meetingPlaces: [String: (org: String, date: Day)] = [:]
        for row in meetings.rows {
            guard let date = parseDate(row.fields[2]) else { continue }
            meetingPlaces[row.fields[0]] = (row.fields[1], date)
            if row.fields[1] == merged.fields[0] { #expect(date < mergedOn) }
            if row.fields[1] == founded.fields[0] { #expect(date >= foundedOn) }
        }
        let members = try sample.table(.members)
        var currentOrgs: [String: String] = [:]
        for row in members.rows where currentOrgs[row.fields[1]] == nil {
            currentOrgs[row.fields[1]] = row.fields[members.column("Mã chi bộ")]
        }
        let attendance = try sample.table(.attendance)
        let bad = deliberateLines(.attendance)
        var movedRows = 0
        for row in attendance.rows where !bad.contains(row.line) {
            let place = try #require(meetingPlaces[row.fields[0]])
            guard place.org != currentOrgs[row.fields[1]] else { continue }
            // Only the merger moves members: rows elsewhere are in the old chi bộ, before.
            #expect(place.org == merged.fields[0] && place.date < mergedOn, "line \(row.line)")
            movedRows += 1
        }
        #expect(movedRows > 0)
    }

    @Test func everyMemberBelongsToAChiBoAndHasValidDates() throws {
        let organizations = try sample.table(.organizations)
        let levelColumn = organizations.column("Cấp")
        var chiBo = Set<String>()
        for row in organizations.rows where chiBoLevels.contains(row.fields[levelColumn]) {
            chiBo.insert(row.fields[0])
        }
        let members = try sample.table(.members)
        let bad = deliberateLines(.members)
        let id = members.column("Số thẻ đảng viên")
        let org = members.column("Mã chi bộ")
        let birth = members.column("Ngày sinh")
        let admitted = members.column("Ngày vào Đảng")
        let official = members.column("Ngày chính thức")
        let left = members.column("Ngày ra khỏi danh sách")
        let reason = members.column("Lý do ra khỏi danh sách")
        var ids = Set<String>()
        for row in members.rows where !bad.contains(row.line) {
            let fields = row.fields
            #expect(ids.insert(fields[id]).inserted, "line \(row.line)")
            #expect(chiBo.contains(fields[org]), "line \(row.line)")
            let birthDate = try #require(parseDate(fields[birth]), "line \(row.line)")
            let admittedOn = try #require(parseDate(fields[admitted]), "line \(row.line)")
            #expect(birthDate.adding(years: 18) <= admittedOn, "line \(row.line)")
            if !fields[official].isEmpty {
                #expect(try #require(parseDate(fields[official])) > admittedOn, "line \(row.line)")
            }
            if !fields[left].isEmpty {
                #expect(try #require(parseDate(fields[left])) > admittedOn, "line \(row.line)")
                #expect(!fields[reason].isEmpty, "line \(row.line)")
            }
        }
        let reasons = Set(members.values("Lý do ra khỏi danh sách"))
        for label in ["Chuyển sinh hoạt đi", "Từ trần", "Xóa tên", "Khai trừ", "Xin ra khỏi Đảng"] {
            #expect(reasons.contains(label), "\(label)")
        }
        // Exempt members, short d/m/yyyy dates and comma-separated roles (a quoted field) occur.
        #expect(members.values("Miễn sinh hoạt").contains("x"))
        #expect(members.values("Ngày vào Đảng").contains { $0.split(separator: "/").first?.count == 1 })
        #expect(members.values("Chức vụ đảng").contains { $0.contains(", ") })
        #expect(members.values("Chức vụ đảng").contains { $0.contains("Cán bộ chủ chốt cấp xã") })
    }

    @Test func someProbationaryMembersAreOverdue() throws {
        let members = try sample.table(.members)
        let asOf = Day(year: 2020, month: 12, day: 31)!
        let admitted = members.column("Ngày vào Đảng")
        let official = members.column("Ngày chính thức")
        let left = members.column("Ngày ra khỏi danh sách")
        let overdue = members.rows.filter { row in
            guard let admittedOn = parseDate(row.fields[admitted]), row.fields[official].isEmpty,
                row.fields[left].isEmpty
            else { return false }
            // SPEC: overdue when admitted_on + 12 months + 30 days is strictly before AS_OF.
            return admittedOn.adding(months: 12).adding(days: 30) < asOf
        }
        #expect(!overdue.isEmpty)
    }

    @Test func villagesReferToCommunesAndSomeLackCellsOrMembers() throws {
        let organizations = try sample.table(.organizations)
        let kind = organizations.column("Loại hình")
        let communes = Set(
            organizations.rows.filter { ["Xã", "Phường", "Thị trấn"].contains($0.fields[kind]) }.map {
                $0.fields[0]
            })
        let villages = try sample.table(.villages)
        #expect(villages.values("Mã đảng bộ xã").allSatisfy { communes.contains($0) })
        let villageIDs = Set(villages.values("Mã thôn"))
        let cellVillages = organizations.values("Mã thôn").filter { !$0.isEmpty }
        #expect(cellVillages.allSatisfy { villageIDs.contains($0) })
        #expect(villageIDs.subtracting(cellVillages).count >= 3)
        let members = try sample.table(.members)
        let left = members.column("Ngày ra khỏi danh sách")
        let residence = members.column("Thôn nơi cư trú")
        var residents: [String: Int] = [:]
        for row in members.rows where row.fields[left].isEmpty && !row.fields[residence].isEmpty {
            residents[row.fields[residence], default: 0] += 1
        }
        #expect(villageIDs.contains { residents[$0] == nil })
        #expect(villageIDs.contains { (1...2).contains(residents[$0] ?? 0) })
        let heads = villages.values("Số thẻ đảng viên của trưởng thôn").filter { !$0.isEmpty }
        let memberIDs = Set(members.values("Số thẻ đảng viên"))
        #expect(!heads.isEmpty && heads.allSatisfy { memberIDs.contains($0) })
        #expect(villages.values("Trưởng thôn là đảng viên").contains { $0 == "Có" || $0 == "x" })
    }

    @Test func attendanceRowsAreForKnownMeetingsAndActiveMembers() throws {
        let meetings = try sample.table(.meetings)
        let badMeetings = deliberateLines(.meetings)
        var dates: [String: Day] = [:]
        for row in meetings.rows where !badMeetings.contains(row.line) {
            #expect(dates[row.fields[0]] == nil)
            let date = try #require(parseDate(row.fields[2]))
            dates[row.fields[0]] = date
        }
        let members = try sample.table(.members)
        let badMembers = deliberateLines(.members).union(deliberateLines(.members, severity: .warning))
        var spans: [String: (Day, Day?)] = [:]
        let admitted = members.column("Ngày vào Đảng")
        let left = members.column("Ngày ra khỏi danh sách")
        for row in members.rows where !badMembers.contains(row.line) {
            spans[row.fields[1]] = (parseDate(row.fields[admitted])!, parseDate(row.fields[left]))
        }
        let attendance = try sample.table(.attendance)
        let badRows = deliberateLines(.attendance)
        var pairs = Set<String>()
        var statuses: [String: Int] = [:]
        for row in attendance.rows where !badRows.contains(row.line) {
            let date = try #require(dates[row.fields[0]], "line \(row.line)")
            let (admittedOn, leftOn) = try #require(spans[row.fields[1]], "line \(row.line)")
            #expect(admittedOn <= date && (leftOn.map { $0 > date } ?? true), "line \(row.line)")
            #expect(pairs.insert(row.fields[0] + "|" + row.fields[1]).inserted, "line \(row.line)")
            statuses[row.fields[2], default: 0] += 1
        }
        #expect(Set(statuses.keys) == ["Có mặt", "Vắng có lý do", "Vắng không lý do"])
        #expect(statuses["Có mặt", default: 0] > 9 * statuses["Vắng không lý do", default: 0])
    }

    @Test func meetingsAreMostlyOnTimeButNotAlways() throws {
        let meetings = try sample.table(.meetings)
        let periodic = meetings.rows.filter { $0.fields[3] == "Định kỳ" }.compactMap {
            parseDate($0.fields[2])
        }
        let late = periodic.filter { $0.dayOfMonth > 10 }
        #expect(late.count > 0 && late.count * 5 < periodic.count)
        let kinds = Set(meetings.values("Hình thức"))
        #expect(kinds == ["Định kỳ", "Chuyên đề", "Bất thường"])
    }

    @Test func ratingsSpanEveryLevelAndYear() throws {
        let memberRatings = try sample.table(.memberRatings)
        let organizationRatings = try sample.table(.organizationRatings)
        #expect(Set(memberRatings.values("Năm")) == ["2018", "2019", "2020"])
        let labels = Set(memberRatings.values("Mức xếp loại")).union(
            organizationRatings.values("Kết quả xếp loại"))
        for label in [
            "Hoàn thành xuất sắc nhiệm vụ", "HTTNV", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ",
            "KHTNV",
        ] {
            #expect(labels.contains(label), "\(label)")
        }
    }

    @Test func trainingsAndInspectionsExist() throws {
        let trainings = try sample.table(.trainings)
        #expect(trainings.values("Nội dung").contains { $0.contains("\n") })
        #expect(trainings.values("Nội dung").contains { $0.contains(",") })
        let inspections = try sample.table(.inspections)
        #expect(inspections.values("Ngày kiểm tra").allSatisfy { parseDate($0) != nil })
        #expect(inspections.rows.count > 100)
    }

    @Test func targetsFollowTheCatalog() throws {
        let targets = try sample.table(.targets)
        let rows = targets.rows.map(\.fields)
        #expect(rows.count == 21)
        #expect(rows.contains(["admissions", ">=", "2300", "2016", "2020", "Tỉnh"]))
        #expect(rows.contains(["member_rating_good_or_better", ">", "84", "2016", "2020", ""]))
        #expect(rows.filter { $0[5].isEmpty }.count == 20)
    }
}
