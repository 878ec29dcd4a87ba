import ChiboCore

/// Builds one district unit: its organization tree, villages and members, with the
/// irregularities the indicators are meant to find (late and missed meetings are drawn
/// later, from the habits stored on each chi bộ).
struct DistrictBuilder {
    /// The generator's random source, handed back when the district is built.
    var random: RandomSource
    /// The next member card number to hand out.
    var nextMemberNumber: Int
    /// The next village number to hand out.
    var nextVillageNumber: Int

    let districtIndex: Int
    let districtCount: Int
    let template: DistrictTemplate
    let rootID: String
    let firstYear: Int
    let lastYear: Int
    let exportDay: Day
    var organizations: [SampleOrganization] = []
    var childCounts: [Int] = []
    // The name of the committee that leads each organization ("Đảng ủy xã An Bình"),
    // used to name who inspects the chi bộ below it.
    var committeeNames: [String] = []
    var villages: [SampleVillage] = []
    var members: [SampleMember] = []
    var placeNames: [String] = []
    // The cells of the commune offices, whose leaders are the commune's key cadres.
    var communeOffices: [Int] = []

    /// How the members of a chi bộ are drawn.
    enum MemberStyle {
        case rural
        case highland
        case urban
        case agency
        case enterprise
        case armedForces
    }

    /// Where the members of a chi bộ live.
    enum Residence {
        /// In the cell's own village, a few in other villages of the commune.
        case village(Int)
        /// Anywhere in the commune (the commune's office, school, police).
        case commune(Int)
        /// Anywhere in the district, or outside it.
        case district
        /// Outside the district's villages (provincial agencies).
        case elsewhere
    }

    /// Prepares the builder of district unit `index` (0-based) of `count`.
    init(
        index: Int, count: Int, rootID: String, firstYear: Int, lastYear: Int, random: RandomSource,
        nextMemberNumber: Int, nextVillageNumber: Int
    ) {
        self.districtIndex = index
        self.districtCount = count
        self.template = DistrictTemplate.at(index)
        self.rootID = rootID
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.exportDay = Day.lastOfYear(lastYear)
        self.random = random
        self.nextMemberNumber = nextMemberNumber
        self.nextVillageNumber = nextVillageNumber
    }

    /// Builds the district.
    mutating func build() -> DistrictPlan {
        drawPlaceNames()
        switch template {
        case .city: buildCity()
        case .lowland: buildLowland()
        case .highland: buildHighland()
        case .bloc: buildBloc()
        }
        for cell in organizations.indices where organizations[cell].isPartyCell {
            assignRoles(cell: cell, isCommuneOffice: communeOffices.contains(cell))
        }
        finishVillages()
        for index in members.indices {
            let member = members[index]
            organizations[Int(member.cell)].attendees.append(Int32(index))
            if member.previousCell >= 0 {
                organizations[Int(member.previousCell)].attendees.append(Int32(index))
            }
        }
        return DistrictPlan(
            template: template, organizations: organizations, villages: villages, members: members)
    }

    // MARK: - The four shapes

    private var unitNumber: Int { districtIndex / 5 }

    private func suffixed(_ name: String) -> String {
        unitNumber == 0 ? name : name + " " + String(unitNumber + 1)
    }

    private mutating func drawPlaceNames() {
        var names = VietnameseNames.placeNames
        for index in stride(from: names.count - 1, to: 0, by: -1) {
            names.swapAt(index, random.below(index + 1))
        }
        placeNames = names
    }

    private mutating func nextPlaceName() -> String {
        placeNames.isEmpty ? "Mới" : placeNames.removeLast()
    }

    private mutating func buildCity() {
        let city = suffixed(["Hà Sơn", "Sơn Thành", "Bình Giang"][unitNumber % 3])
        let district = addDistrict(name: "Đảng bộ thành phố " + city, levelLabel: "Thành ủy")
        committeeNames[district] = "Thành ủy " + city
        for _ in 0..<6 {
            addCommune(
                parent: district, kindLabel: "Phường", villageCount: 4...6,
                villageKind: (.residential, "Tổ dân phố"), style: .urban)
        }
        addAgency(district, "Chi bộ Văn phòng Thành ủy", .administrative, "Cơ quan hành chính", 8...14)
        addAgency(
            district, "Chi bộ Phòng Tài chính - Kế hoạch", .administrative, "Cơ quan hành chính", 6...10)
        addAgency(district, "Chi bộ Trường THPT chuyên " + city, .publicService, "Đơn vị sự nghiệp", 10...18)
        addAgency(district, "Chi bộ Trung tâm Y tế thành phố", .publicService, "Đơn vị sự nghiệp", 12...20)
        addAgency(
            district, "Chi bộ Ban Chỉ huy Quân sự thành phố", .armedForces, "Quân đội", 8...14,
            style: .armedForces)
        addAgency(
            district, "Chi bộ Công ty TNHH Xây dựng, Thương mại \"Hưng Thịnh\"", .privateEnterprise,
            "Doanh nghiệp ngoài khu vực nhà nước", 4...8, style: .enterprise)
        addAgency(
            district, "Chi bộ Công ty cổ phần May " + city, .privateEnterprise, "Doanh nghiệp tư nhân",
            6...12, style: .enterprise)
        // Founded in the middle of the term: not active all of its first year.
        let newCell = addAgency(
            district, "Chi bộ Công ty cổ phần Công nghệ số " + city, .privateEnterprise,
            "Doanh nghiệp ngoài khu vực nhà nước", 3...6, style: .enterprise)
        organizations[newCell].establishedOn = Day(year: min(firstYear + 2, lastYear), month: 5, day: 15)
        let company = addOrganization(
            parent: district, name: "Đảng bộ Công ty TNHH MTV Môi trường đô thị " + city,
            level: .grassrootsCommittee, levelLabel: "Đảng bộ cơ sở", kind: .stateEnterprise,
            kindLabel: "Doanh nghiệp nhà nước")
        committeeNames[company] = "Đảng ủy Công ty TNHH MTV Môi trường đô thị " + city
        for unit in ["Đội Vệ sinh số 1", "Đội Vệ sinh số 2", "Khối Văn phòng"] {
            addCell(
                parent: company, name: "Chi bộ " + unit, level: .cell, kind: .stateEnterprise,
                kindLabel: "Doanh nghiệp nhà nước", size: 5...12, style: .enterprise, residence: .district)
        }
    }

    private mutating func buildLowland() {
        let name = suffixed(nextPlaceName())
        let district = addDistrict(name: "Đảng bộ huyện " + name, levelLabel: "Huyện ủy")
        committeeNames[district] = "Huyện ủy " + name
        addCommune(
            parent: district, kindLabel: "Thị trấn", villageCount: 4...5,
            villageKind: (.residential, "Tổ dân phố"), style: .urban, placeName: name)
        for _ in 0..<5 {
            addCommune(
                parent: district, kindLabel: "Xã", villageCount: 4...6, villageKind: (.village, "Thôn"),
                style: .rural)
        }
        addAgency(district, "Chi bộ Văn phòng Huyện ủy", .administrative, "Cơ quan hành chính", 7...12)
        addAgency(
            district, "Chi bộ Phòng Giáo dục và Đào tạo", .publicService, "Đơn vị sự nghiệp", 6...10)
        addAgency(
            district, "Chi bộ Ban Chỉ huy Quân sự huyện", .armedForces, "Quân đội", 7...12,
            style: .armedForces)
        let police = addOrganization(
            parent: district, name: "Đảng bộ Công an huyện " + name, level: .grassrootsCommittee,
            levelLabel: "Đảng bộ cơ sở", kind: .armedForces, kindLabel: "Công an")
        committeeNames[police] = "Đảng ủy Công an huyện " + name
        for unit in ["Đội Cảnh sát giao thông", "Đội Điều tra tổng hợp", "Đội Tham mưu"] {
            addCell(
                parent: police, name: "Chi bộ " + unit, level: .cell, kind: .armedForces,
                kindLabel: "Lực lượng vũ trang", size: 5...10, style: .armedForces, residence: .district)
        }
        addAgency(
            district, "Chi bộ Công ty TNHH Gạch ngói " + name, .privateEnterprise,
            "Doanh nghiệp ngoài nhà nước", 3...7, style: .enterprise)
    }

    private mutating func buildHighland() {
        let name = suffixed(["Mường Khoa", "Pác Nặm", "Xín Chải"][unitNumber % 3])
        let district = addDistrict(name: "Đảng bộ huyện " + name, levelLabel: "Huyện ủy")
        committeeNames[district] = "Huyện ủy " + name
        for _ in 0..<6 {
            addCommune(
                parent: district, kindLabel: "Xã", villageCount: 4...6, villageKind: (.village, "Bản"),
                style: .highland)
        }
        addAgency(district, "Chi bộ Văn phòng Huyện ủy", .administrative, "Cơ quan hành chính", 6...10)
        addAgency(district, "Chi bộ Trung tâm Y tế huyện", .publicService, "Đơn vị sự nghiệp", 6...12)
        addAgency(
            district, "Chi bộ Đồn Biên phòng " + name, .armedForces, "Lực lượng vũ trang", 8...14,
            style: .armedForces)
        let forestry = addOrganization(
            parent: district, name: "Đảng bộ Công ty Lâm nghiệp " + name, level: .grassrootsCommittee,
            levelLabel: "Đảng bộ cơ sở", kind: .stateEnterprise, kindLabel: "Doanh nghiệp nhà nước")
        committeeNames[forestry] = "Đảng ủy Công ty Lâm nghiệp " + name
        for unit in ["Đội Sản xuất số 1", "Đội Sản xuất số 2"] {
            addCell(
                parent: forestry, name: "Chi bộ " + unit, level: .cell, kind: .stateEnterprise,
                kindLabel: "Doanh nghiệp nhà nước", size: 4...9, style: .enterprise, residence: .district)
        }
    }

    private mutating func buildBloc() {
        let district = addDistrict(
            name: suffixed("Đảng bộ Khối các cơ quan tỉnh"), levelLabel: "Đảng ủy trực thuộc")
        committeeNames[district] = suffixed("Đảng ủy Khối các cơ quan tỉnh")
        for agency in ["Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Văn phòng UBND tỉnh"] {
            addAgency(
                district, "Chi bộ " + agency, .administrative, "Cơ quan hành chính", 10...22,
                residence: .elsewhere)
        }
        for agency in ["Đài Phát thanh - Truyền hình tỉnh", "Trường Chính trị tỉnh"] {
            addAgency(
                district, "Chi bộ " + agency, .publicService, "Đơn vị sự nghiệp", 12...24,
                residence: .elsewhere)
        }
        let health = addOrganization(
            parent: district, name: "Đảng bộ Sở Y tế", level: .grassrootsCommittee,
            levelLabel: "Đảng bộ cơ sở", kind: .administrative, kindLabel: "Cơ quan hành chính")
        committeeNames[health] = "Đảng ủy Sở Y tế"
        addCell(
            parent: health, name: "Chi bộ Văn phòng Sở", level: .cell, kind: .administrative,
            kindLabel: "Cơ quan hành chính", size: 8...14, style: .agency, residence: .elsewhere)
        addCell(
            parent: health, name: "Chi bộ Trung tâm Kiểm soát bệnh tật", level: .cell,
            kind: .publicService, kindLabel: "Đơn vị sự nghiệp", size: 8...14, style: .agency,
            residence: .elsewhere)
        let hospital = addOrganization(
            parent: health, name: "Đảng bộ bộ phận Bệnh viện Đa khoa tỉnh", level: .subCommittee,
            levelLabel: "Đảng bộ bộ phận", kind: .publicService, kindLabel: "Đơn vị sự nghiệp")
        committeeNames[hospital] = "Đảng ủy bộ phận Bệnh viện Đa khoa tỉnh"
        for ward in ["Khoa Nội", "Khoa Ngoại", "Khoa Nhi", "Khoa Hồi sức cấp cứu"] {
            addCell(
                parent: hospital, name: "Chi bộ " + ward, level: .cell, kind: .publicService,
                kindLabel: "Đơn vị sự nghiệp", size: 7...15, style: .agency, residence: .elsewhere)
        }
        let water = addOrganization(
            parent: district, name: "Đảng bộ Công ty cổ phần Cấp nước Sơn Hà", level: .grassrootsCommittee,
            levelLabel: "Đảng bộ cơ sở", kind: .stateEnterprise, kindLabel: "Doanh nghiệp nhà nước")
        committeeNames[water] = "Đảng ủy Công ty cổ phần Cấp nước Sơn Hà"
        for unit in ["Nhà máy nước số 1", "Phòng Kinh doanh", "Xí nghiệp Xây lắp"] {
            addCell(
                parent: water, name: "Chi bộ " + unit, level: .cell, kind: .stateEnterprise,
                kindLabel: "Doanh nghiệp nhà nước", size: 6...14, style: .enterprise, residence: .elsewhere)
        }
        addAgency(
            district, "Chi bộ Công ty cổ phần Dược phẩm Sơn Hà", .privateEnterprise,
            "Doanh nghiệp ngoài khu vực nhà nước", 5...9, style: .enterprise, residence: .elsewhere)
    }

    // MARK: - Organizations

    private mutating func addDistrict(name: String, levelLabel: String) -> Int {
        let width = max(2, String(districtCount).count)
        var organization = SampleOrganization(
            id: rootID + "." + DistrictBuilder.padded(districtIndex + 1, width), name: name,
            parentID: rootID, level: .district, levelLabel: levelLabel, kindLabel: "", kind: nil)
        if random.chance(perMille: 500) {
            organization.establishedOn = Day(
                year: random.inRange(1946...1976), month: random.inRange(1...12), day: random.inRange(1...28))
        }
        organization.hasCandidatePool = true
        organization.hasAdmissionPlan = true
        organizations.append(organization)
        childCounts.append(0)
        committeeNames.append(name)
        return organizations.count - 1
    }

    @discardableResult
    private mutating func addOrganization(
        parent: Int, name: String, level: OrganizationLevel, levelLabel: String, kind: OrganizationKind?,
        kindLabel: String
    ) -> Int {
        childCounts[parent] += 1
        let id = organizations[parent].id + "." + DistrictBuilder.padded(childCounts[parent], 2)
        var organization = SampleOrganization(
            id: id, name: name, parentID: organizations[parent].id, level: level, levelLabel: levelLabel,
            kindLabel: kindLabel, kind: kind)
        organization.inspectorNames = [
            "Ban Thường vụ " + committeeNames[parent], "Ủy ban Kiểm tra " + committeeNames[parent],
        ]
        if random.chance(perMille: kind == .privateEnterprise ? 900 : 450) {
            let years = kind == .privateEnterprise ? 2003...(firstYear - 2) : 1960...(firstYear - 4)
            organization.establishedOn = Day(
                year: random.inRange(years), month: random.inRange(1...12), day: random.inRange(1...28))
        }
        if level.isPartyCell {
            organization.hasRegulations = random.chance(perMille: 960)
            organization.missedMonthPerMille = [0, 30, 120][random.weighted([70, 20, 10])]
            organization.latePerMille = [20, 100, 350][random.weighted([60, 30, 10])]
            organization.missedThematicPerMille = [0, 120, 400][random.weighted([60, 30, 10])]
            organization.inspectionPerMille = [950, 750, 400, 0][random.weighted([60, 30, 7, 3])]
        } else {
            organization.hasRegulations = random.chance(perMille: 990)
        }
        let poolPerMille = kind == .village || kind == .residential ? 850 : level.isPartyCell ? 550 : 900
        organization.hasCandidatePool = random.chance(perMille: poolPerMille)
        organization.hasAdmissionPlan = random.chance(perMille: organization.hasCandidatePool ? 900 : 50)
        organizations.append(organization)
        childCounts.append(0)
        committeeNames.append(name)
        return organizations.count - 1
    }

    @discardableResult
    private mutating func addCell(
        parent: Int, name: String, level: OrganizationLevel, kind: OrganizationKind, kindLabel: String,
        size: ClosedRange<Int>, style: MemberStyle, residence: Residence
    ) -> Int {
        let cell = addOrganization(
            parent: parent, name: name, level: level,
            levelLabel: level == .grassrootsCell
                ? "Chi bộ cơ sở" : (random.chance(perMille: 800) ? "Chi bộ trực thuộc" : "Chi bộ"),
            kind: kind, kindLabel: kindLabel)
        populate(cell: cell, count: random.inRange(size), style: style, residence: residence)
        return cell
    }

    @discardableResult
    private mutating func addAgency(
        _ district: Int, _ name: String, _ kind: OrganizationKind, _ kindLabel: String,
        _ size: ClosedRange<Int>,
        style: MemberStyle = .agency, residence: Residence = .district
    ) -> Int {
        let cell = addCell(
            parent: district, name: name, level: .grassrootsCell, kind: kind, kindLabel: kindLabel,
            size: size,
            style: style, residence: residence)
        committeeNames[cell] = "Chi ủy " + name.dropFirst("Chi bộ ".count)
        return cell
    }

    private mutating func addCommune(
        parent: Int, kindLabel: String, villageCount: ClosedRange<Int>,
        villageKind: (kind: OrganizationKind, label: String), style: MemberStyle, placeName: String? = nil
    ) {
        let place = placeName ?? nextPlaceName()
        let lowerKind = kindLabel == "Thị trấn" ? "thị trấn" : kindLabel.lowercased()
        let commune = addOrganization(
            parent: parent, name: "Đảng bộ " + lowerKind + " " + place, level: .grassrootsCommittee,
            levelLabel: "Đảng bộ cơ sở", kind: .commune, kindLabel: kindLabel)
        committeeNames[commune] = "Đảng ủy " + lowerKind + " " + place
        let isHighland = style == .highland
        var names =
            villageKind.label == "Tổ dân phố"
            ? [] : (isHighland ? VietnameseNames.highlandVillageNames : VietnameseNames.villageNames)
        for index in stride(from: names.count - 1, to: 0, by: -1) {
            names.swapAt(index, random.below(index + 1))
        }
        let firstVillage = villages.count
        let count = random.inRange(villageCount)
        for number in 1...count {
            let situation: SampleVillage.Situation
            if number == 1 {
                situation = .withCell
            } else {
                let weights = isHighland ? [780, 60, 90, 70] : [900, 40, 40, 20]
                situation = [.withCell, .withoutCell, .atRisk, .white][random.weighted(weights)]
            }
            let name =
                names.isEmpty
                ? villageKind.label + " " + String(number) : villageKind.label + " " + names[number - 1]
            villages.append(
                SampleVillage(
                    id: "TH" + DistrictBuilder.padded(nextVillageNumber, 6), name: name,
                    communeIndex: commune, situation: situation))
            nextVillageNumber += 1
        }
        let communeVillages = firstVillage..<villages.count
        var villageCells: [Int] = []
        // In the second district unit, the first commune's second village cell is a small
        // one that is merged into the first in the middle of the term.
        let isMerging =
            districtIndex % 5 == 1 && !organizations.contains { $0.dissolvedOn != nil }
            && communeVillages.count { villages[$0].situation == .withCell } >= 2
        for village in communeVillages where villages[village].situation == .withCell {
            let isMerged = isMerging && villageCells.count == 1
            let cell = addCell(
                parent: commune, name: "Chi bộ " + villages[village].name.lowercasedFirstWord, level: .cell,
                kind: villageKind.kind, kindLabel: villageKind.label,
                size: isMerged ? 5...8 : isHighland ? 10...24 : 11...31, style: style,
                residence: .village(village))
            organizations[cell].villageIndex = village
            villageCells.append(cell)
        }
        let office = addCell(
            parent: commune, name: "Chi bộ Cơ quan Đảng ủy - HĐND - UBND " + lowerKind + " " + place,
            level: .cell, kind: .administrative, kindLabel: "Cơ quan hành chính", size: 13...22,
            style: .agency, residence: .commune(commune))
        if random.chance(perMille: 600) {
            addCell(
                parent: commune, name: "Chi bộ Trường Tiểu học " + place, level: .cell, kind: .publicService,
                kindLabel: "Đơn vị sự nghiệp", size: 5...10, style: .agency, residence: .commune(commune))
        }
        if random.chance(perMille: 400) {
            addCell(
                parent: commune, name: "Chi bộ Quân sự " + lowerKind, level: .cell, kind: .armedForces,
                kindLabel: "Quân đội", size: 3...6, style: .armedForces, residence: .commune(commune))
        }
        if isMerging {
            mergeVillageCell(villageCells[1], into: villageCells[0])
        }
        communeOffices.append(office)
        settleVillagesWithoutCell(communeVillages, office: office, villageCells: villageCells)
    }

    /// The village merger of the term: the cell and its village are dissolved in the
    /// middle of the term and their members move to the neighbouring cell.
    private mutating func mergeVillageCell(_ dissolved: Int, into survivor: Int) {
        let day = Day(year: min(firstYear + 2, lastYear), month: 7, day: 1)!
        organizations[dissolved].dissolvedOn = day
        if let village = organizations[dissolved].villageIndex {
            villages[village].dissolvedOn = day
        }
        let survivorVillage = Int32(organizations[survivor].villageIndex ?? -1)
        for index in members.indices where members[index].cell == dissolved {
            if members[index].admittedOn >= day {
                // Admitted after the merger: straight into the merged cell.
                members[index].cell = Int32(survivor)
                members[index].village = survivorVillage
            } else if members[index].isActive(on: day) {
                members[index].previousCell = Int32(dissolved)
                members[index].cell = Int32(survivor)
                members[index].movedOn = day
                members[index].village = survivorVillage
            }
        }
    }

    private mutating func settleVillagesWithoutCell(
        _ communeVillages: Range<Int>, office: Int, villageCells: [Int]
    ) {
        for village in communeVillages {
            switch villages[village].situation {
            case .withCell, .white:
                continue
            case .withoutCell:
                // The residents belong to a neighbouring village's cell, which meets for both.
                let neighbour = villageCells[random.below(villageCells.count)]
                organizations[neighbour].hasMergedMeetings = true
                var moved = 0
                let wanted = random.inRange(3...6)
                for index in members.indices
                where moved < wanted && members[index].cell == neighbour && members[index].leftOn == nil {
                    members[index].village = Int32(village)
                    moved += 1
                }
            case .atRisk:
                var moved = 0
                let wanted = random.inRange(1...2)
                for index in members.indices.reversed()
                where moved < wanted && members[index].cell == office && members[index].leftOn == nil {
                    members[index].village = Int32(village)
                    moved += 1
                }
            }
        }
    }

    // MARK: - Villages

    private mutating func finishVillages() {
        var residents = [[Int]](repeating: [], count: villages.count)
        for index in members.indices where members[index].village >= 0 && members[index].leftOn == nil {
            residents[Int(members[index].village)].append(index)
        }
        var hasStaleHead = false
        for village in villages.indices {
            let candidates = residents[village].filter { !members[$0].isExempt }
            let memberPerMille: Int
            switch villages[village].situation {
            case .withCell: memberPerMille = 820
            case .withoutCell: memberPerMille = 500
            case .atRisk: memberPerMille = 300
            case .white: memberPerMille = 0
            }
            if !candidates.isEmpty && random.chance(perMille: memberPerMille) {
                let head = members[candidates[random.below(candidates.count)]]
                villages[village].headName = head.fullName
                if random.chance(perMille: 650) {
                    villages[village].headMemberNumber = head.number
                    villages[village].headIsMemberLabel = random.chance(perMille: 500) ? "Có" : ""
                } else {
                    villages[village].headIsMemberLabel = random.chance(perMille: 500) ? "Có" : "x"
                }
            } else if !hasStaleHead && districtIndex == 0 && villages[village].situation == .withCell,
                let gone = members.indices.first(where: {
                    members[$0].village == village && members[$0].leftReason == .transferred
                })
            {
                // The head moved away but the village list still names them by card number.
                hasStaleHead = true
                villages[village].headName = members[gone].fullName
                villages[village].headMemberNumber = members[gone].number
            } else {
                let isFemale = random.chance(perMille: 250)
                villages[village].headName = personName(isFemale: isFemale, isHighland: template == .highland)
                villages[village].headIsMemberLabel = random.chance(perMille: 600) ? "Không" : ""
            }
        }
    }

    // MARK: - Helpers

    /// `value` in decimal, zero-padded to `width` digits.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private mutating func personName(isFemale: Bool, isHighland: Bool) -> [UInt8] {
        var member = SampleMember(
            number: 0, cell: 0, birthDate: exportDay, admittedOn: exportDay, isFemale: isFemale,
            familyName: 0,
            middleName: 0, givenName: 0)
        drawName(&member, isHighland: isHighland)
        return member.fullName
    }

    /// Draws family, middle and given names.
    mutating func drawName(_ member: inout SampleMember, isHighland: Bool) {
        if isHighland && random.chance(perMille: 600) {
            member.hasHighlandFamilyName = true
            member.familyName = UInt16(random.below(VietnameseNames.highlandFamilyNames.count))
        } else {
            member.familyName = UInt16(random.weighted(VietnameseNames.familyNameWeights))
        }
        let middles = member.isFemale ? VietnameseNames.femaleMiddleNames : VietnameseNames.maleMiddleNames
        let givens = member.isFemale ? VietnameseNames.femaleGivenNames : VietnameseNames.maleGivenNames
        member.middleName = UInt8(random.below(middles.count))
        member.givenName = UInt8(random.below(givens.count))
    }
}

extension String {
    /// "Thôn Đoài" → "thôn Đoài", as the name reads after "Chi bộ".
    fileprivate var lowercasedFirstWord: String {
        guard let space = firstIndex(of: " ") else { return self }
        return self[..<space].lowercased() + self[space...]
    }
}
