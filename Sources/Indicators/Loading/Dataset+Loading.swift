import CSV
import ChiboCore

extension Dataset {
    /// Reads every normalized file of `directory`; meetings, attendance, member ratings and
    /// trainings are reduced against `window` while they are streamed.
    static func load(
        from directory: String, window: ReviewWindow, split: SplitOffsets = .halves
    ) throws(IndicatorsError) -> Dataset {
        var dataset = Dataset()
        dataset.directory = directory
        // Attendance's companion is opened first: its stamps are checked on a thread of
        // their own while the tables are read (the thread stops when the stage fails).
        let companionFile = AttendanceCompanionFile(directory: directory)
        try dataset.loadOrganizations(try NormalizedFile.open(.organizations, in: directory)!)
        try dataset.loadVillages(try NormalizedFile.open(.villages, in: directory)!)
        let members = try NormalizedFile.open(.members, in: directory)!
        var split = split
        if companionFile != nil && split.members == nil {
            // The stamps' reader takes little: halves end together.
            split.members = members.size / 2
        }
        // With attendance's companion, meetings.csv is read on another thread from the
        // moment the members' rows are read (while their ids are indexed and the ratings
        // read), not beside the members' two readers: where threads are not time-sliced
        // (as under `chrt -f`), a third reader there leaves one of them to read its part
        // alone once the others are done.
        var companion: CompanionReading? = nil
        let organizationIDs = dataset.organizationIDs
        do throws(IndicatorsError) {
            try dataset.loadMembers(members, split: split) {
                companion = companionFile.map { companionFile in
                    startCompanionReading(
                        companionFile, in: directory, organizationIDs: organizationIDs, window: window)
                }
            }
            try dataset.resolveVillageReferences()
        } catch {
            companion?.meetings.finish()
            throw error
        }
        // Ratings, trainings, inspections and targets on the other core while meetings and
        // attendance are read here (with the companion, beside meetings.csv's reader: the
        // two take about as long); a problem in meetings or attendance is reported first,
        // then one in the other files in the order they are read, as when the files are
        // read one after the other.
        let snapshot = dataset
        let others = BackgroundWork {
            Result { () throws(IndicatorsError) -> Dataset in
                var others = snapshot
                others.memberRatingCounts = try snapshot.memberRatingCounts(
                    try NormalizedFile.open(.memberRatings, in: directory)!, window: window)
                try others.loadOrganizationRatings(
                    try NormalizedFile.open(.organizationRatings, in: directory)!)
                try others.loadTrainings(try NormalizedFile.open(.trainings, in: directory)!, window: window)
                try others.loadInspections(try NormalizedFile.open(.inspections, in: directory)!)
                if let targets = try NormalizedFile.open(.targets, in: directory) {
                    try others.loadTargets(targets)
                }
                return others
            }
        }
        do throws(IndicatorsError) {
            try dataset.loadMeetingActivity(in: directory, window: window, split: split, companion: companion)
        } catch {
            others.finish()
            throw error
        }
        let read = try others.takeValue().get()
        dataset.memberRatingCounts = read.memberRatingCounts
        dataset.organizationRatingYears = read.organizationRatingYears
        dataset.organizationRatingOrganizations = read.organizationRatingOrganizations
        dataset.organizationRatings = read.organizationRatings
        dataset.isTrainedInWindow = read.isTrainedInWindow
        dataset.inspectionOrganizations = read.inspectionOrganizations
        dataset.inspectionDates = read.inspectionDates
        dataset.targets = read.targets
        return dataset
    }

    private mutating func loadOrganizations(_ file: NormalizedFile) throws(IndicatorsError) {
        var parentIDs: [String?] = []
        var lines: [Int] = []
        var villageIDsOfOrganizations: [String?] = []
        while let row = try file.nextRow() {
            let (_, isNew) = organizationIDs.insert(try file.identifier(row, 0))
            guard isNew else { throw file.malformed(row, 0, expected: "org_id không trùng") }
            organizationNames.append(row.string(at: 1))
            parentIDs.append(row.isEmpty(at: 2) ? nil : row.string(at: 2))
            levels.append(try file.code(row, 3, as: OrganizationLevel.self)!)
            kinds.append(try file.code(row, 4, as: OrganizationKind.self, isOptional: true))
            villageIDsOfOrganizations.append(row.isEmpty(at: 5) ? nil : row.string(at: 5))
            established.append(try file.day(row, 6, empty: Int32.min))
            organizationDissolved.append(try file.day(row, 7, empty: Int32.max))
            hasRegulations.append(try file.bool(row, 8))
            hasMergedMeetings.append(try file.bool(row, 9))
            hasCandidatePool.append(try file.bool(row, 10))
            hasAdmissionPlan.append(try file.bool(row, 11))
            lines.append(row.line)
        }
        pendingOrganizationVillages = villageIDsOfOrganizations
        parents = parentIDs.map { id in id.flatMap { organizationIDs.index(of: $0) } ?? -1 }
        for (organization, parent) in parents.enumerated() where parent < 0 {
            if parentIDs[organization] != nil { continue }  // an unknown parent is not a second root
            if root >= 0 {
                throw .malformed(
                    file: file.path, line: lines[organization], column: 1,
                    expected: "đúng một tổ chức không có parent_id",
                    found: organizationIDs.string(at: Int32(organization)))
            }
            root = Int32(organization)
        }
        guard root >= 0 else {
            throw .malformed(
                file: file.path, line: 1, column: 3, expected: "một tổ chức cấp trên cùng", found: "")
        }
        try assignUnits(file: file, lines: lines)
    }

    /// Finds each organization's district unit: the ancestor (or itself) whose parent is the root.
    private mutating func assignUnits(file: NormalizedFile, lines: [Int]) throws(IndicatorsError) {
        let count = parents.count
        var districtOrganization = [Int32](repeating: -2, count: count)  // -2 = not yet known
        districtOrganization[Int(root)] = -1
        for start in 0..<count where districtOrganization[start] == -2 {
            var path: [Int] = []
            var current = start
            var found: Int32 = -1
            while true {
                if districtOrganization[current] != -2 {
                    found = districtOrganization[current]
                    break
                }
                let parent = Int(parents[current])
                if parent < 0 {
                    found = -1  // detached from the root: province row only
                    path.append(current)
                    break
                }
                if parent == Int(root) {
                    found = Int32(current)
                    path.append(current)
                    break
                }
                path.append(current)
                if path.count > count {
                    throw .malformed(
                        file: file.path, line: lines[start], column: 3, expected: "cây tổ chức không có vòng",
                        found: organizationIDs.string(at: Int32(start)))
                }
                current = parent
            }
            for organization in path { districtOrganization[organization] = found }
        }
        let districts = (0..<count).filter { parents[$0] == root }.map(Int32.init)
            .sorted { organizationIDs.precedes($0, $1) }
        units = [root] + districts
        var unitIndex = [Int32](repeating: 0, count: count)
        for (index, district) in districts.enumerated() { unitIndex[Int(district)] = Int32(index + 1) }
        unitOfOrganization = districtOrganization.map { $0 < 0 ? 0 : unitIndex[Int($0)] }
    }

    private mutating func loadVillages(_ file: NormalizedFile) throws(IndicatorsError) {
        var communes: [Int32] = []
        while let row = try file.nextRow() {
            let (_, isNew) = villageIDs.insert(try file.identifier(row, 0))
            guard isNew else { throw file.malformed(row, 0, expected: "village_id không trùng") }
            communes.append(organizationIDs.index(of: row[2]) ?? -1)
            pendingHeadMembers.append(row.isEmpty(at: 4) ? nil : row.string(at: 4))
            villageHeadIsMember.append(try file.bool(row, 5))
            villageDissolved.append(try file.day(row, 6, empty: Int32.max))
        }
        villageCommunes = communes
    }

    /// Resolves the references that point forward in the load order.
    private mutating func resolveVillageReferences() throws(IndicatorsError) {
        // Both lists follow their tables' order, mostly: looked up near the last found.
        var villages = NearbyLookUp(trying: 0...1, searchingAhead: 64)
        organizationVillages = pendingOrganizationVillages.map { id in
            guard var id else { return -1 }
            return id.withUTF8 { villages.index(of: $0, in: villageIDs) } ?? -1
        }
        var members = NearbyLookUp(trying: 1...4, searchingAhead: 256)
        villageHeadMembers = pendingHeadMembers.map { id in
            guard var id else { return -1 }
            return id.withUTF8 { members.index(of: $0, in: memberIDs) } ?? -2
        }
        pendingOrganizationVillages = []
        pendingHeadMembers = []
    }

    /// Member ratings of each rated year and rating, counted per unit (`memberRatingCounts`).
    private func memberRatingCounts(_ file: NormalizedFile, window: ReviewWindow)
        throws(IndicatorsError) -> [UnitTally]
    {
        let ratings = Rating.allCases.count
        let ratedYears = window.ratedYears.count
        var memberRatingCounts = Array(
            repeating: UnitTally(unitCount: units.count), count: ratedYears * ratings)
        var members = NearbyLookUp(trying: 1...4)
        let firstYear = window.start.year
        while let row = try file.nextRow() {
            let year = try file.year(row, 0)! - firstYear
            let rating = try file.code(row, 2, as: Rating.self)!
            guard let member = members.index(of: try file.identifier(row, 1), in: memberIDs) else { continue }
            guard year >= 0 && year < ratedYears else { continue }
            let index = year * ratings + Rating.allCases.firstIndex(of: rating)!
            memberRatingCounts[index].add(unit: unit(ofMember: Int(member)))
        }
        return memberRatingCounts
    }

    private mutating func loadOrganizationRatings(_ file: NormalizedFile) throws(IndicatorsError) {
        // A year's ratings come in the organizations' order, but for the unrated ones.
        var organizations = NearbyLookUp(trying: 1...2, searchingAhead: 64)
        while let row = try file.nextRow() {
            let year = try file.year(row, 0)!
            let rating = try file.code(row, 2, as: Rating.self)!
            guard let organization = organizations.index(of: try file.identifier(row, 1), in: organizationIDs)
            else { continue }
            organizationRatingYears.append(Int32(year))
            organizationRatingOrganizations.append(organization)
            organizationRatings.append(rating)
        }
    }

    private mutating func loadTrainings(_ file: NormalizedFile, window: ReviewWindow) throws(IndicatorsError)
    {
        var members = NearbyLookUp(trying: 0...4, searchingAhead: 64)
        while let row = try file.nextRow() {
            let day = try file.day(row, 1)
            guard let member = members.index(of: try file.identifier(row, 0), in: memberIDs) else { continue }
            if window.contains(Day(number: day)) { isTrainedInWindow[Int(member)] = true }
        }
    }

    private mutating func loadInspections(_ file: NormalizedFile) throws(IndicatorsError) {
        var organizations = NearbyLookUp(trying: 0...1, searchingAhead: 64)
        while let row = try file.nextRow() {
            let day = try file.day(row, 1)
            guard let organization = organizations.index(of: try file.identifier(row, 0), in: organizationIDs)
            else { continue }
            inspectionOrganizations.append(organization)
            inspectionDates.append(day)
        }
    }

    private mutating func loadTargets(_ file: NormalizedFile) throws(IndicatorsError) {
        while let row = try file.nextRow() {
            // Ingest rejects unknown codes; one that slips through cannot match any row.
            guard let code = IndicatorCode(rawValue: row.string(at: 0)) else { continue }
            let comparator = try file.code(row, 1, as: Comparator.self)!
            guard let value = DecimalNumber(row.string(at: 2)) else {
                throw file.malformed(row, 2, expected: "một số thập phân")
            }
            let fromYear = try file.year(row, 3, isOptional: true)
            let toYear = try file.year(row, 4, isOptional: true)
            let scope = try file.code(row, 5, as: TargetScope.self, isOptional: true)
            targets.append(
                TargetRule(
                    code: code, target: Target(comparator: comparator, value: value), fromYear: fromYear,
                    toYear: toYear, scope: scope))
        }
    }
}
