import ChiboCore

/// Writes the ten raw exports, one district unit at a time, in the dialects real exports
/// come in: a BOM and CRLF here, a semicolon there, Vietnamese headers and labels.
final class SampleWriter {
    let configuration: SampleConfiguration
    var random: RandomSource
    let organizationsFile: ExportFile
    let villagesFile: ExportFile
    let membersFile: ExportFile
    let meetingsFile: ExportFile
    let attendanceFile: ExportFile
    let memberRatingsFile: ExportFile
    let organizationRatingsFile: ExportFile
    let trainingsFile: ExportFile
    let inspectionsFile: ExportFile
    let targetsFile: ExportFile
    /// The deliberately bad rows written so far.
    var problems: [DeliberateProblem] = []
    var nextMemberNumber = 30_000_001
    var nextVillageNumber = 1
    var nextMeetingNumber = 1
    var hasWrappedCourse = false
    let firstDay: Day
    let exportDay: Day

    /// The root's code.
    static let rootID = "SH"

    /// Opens every file in `directory` and writes the headers.
    init(configuration: SampleConfiguration, directory: String) throws(FileError) {
        self.configuration = configuration
        random = RandomSource(seed: configuration.seed)
        firstDay = Day.firstOfYear(configuration.firstYear)
        exportDay = Day.lastOfYear(configuration.lastYear)
        func open(_ entity: Entity, _ dialect: ExportFile.Dialect, _ header: [String]) throws(FileError)
            -> ExportFile
        {
            try ExportFile(directory: directory, fileName: entity.fileName, dialect: dialect, header: header)
        }
        let semicolon = UInt8(ascii: ";")
        organizationsFile = try open(
            .organizations, .init(usesCRLF: true, hasByteOrderMark: true),
            [
                "Mã tổ chức", "Tên tổ chức", "Mã tổ chức cấp trên", "Cấp", "Loại hình", "Mã thôn",
                "Ngày thành lập", "Ngày giải thể", "Có quy chế làm việc", "Sinh hoạt ghép",
                "Có nguồn quần chúng", "Có kế hoạch kết nạp",
            ])
        villagesFile = try open(
            .villages, .init(delimiter: semicolon, usesCRLF: true),
            [
                "Mã thôn", "Tên thôn, bản, tổ dân phố", "Mã đảng bộ xã", "Trưởng thôn",
                "Số thẻ đảng viên của trưởng thôn", "Trưởng thôn là đảng viên", "Ngày sáp nhập/giải thể",
            ])
        // The member database adds a row number (STT), which ingest ignores with a notice.
        membersFile = try open(
            .members, .init(usesCRLF: true, hasByteOrderMark: true),
            [
                "STT", "Số thẻ đảng viên", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Mã chi bộ",
                "Thôn nơi cư trú", "Ngày vào Đảng", "Ngày chính thức", "Ngày ra khỏi danh sách",
                "Lý do ra khỏi danh sách", "Miễn sinh hoạt", "Được phân công nhiệm vụ", "Chức vụ đảng",
                "Trình độ chuyên môn", "Lý luận chính trị",
            ])
        meetingsFile = try open(
            .meetings, .init(),
            [
                "Mã buổi sinh hoạt", "Mã chi bộ", "Ngày sinh hoạt", "Hình thức", "Có nghị quyết/kết luận",
                "Xếp loại buổi sinh hoạt", "Cấp ủy cấp trên dự",
            ])
        attendanceFile = try open(
            .attendance, .init(), ["Mã buổi sinh hoạt", "Số thẻ đảng viên", "Tình trạng"])
        memberRatingsFile = try open(
            .memberRatings, .init(usesCRLF: true), ["Năm", "Số thẻ đảng viên", "Mức xếp loại"])
        organizationRatingsFile = try open(
            .organizationRatings, .init(usesCRLF: true), ["Năm", "Mã tổ chức", "Kết quả xếp loại"])
        trainingsFile = try open(
            .trainings, .init(usesCRLF: true), ["Số thẻ đảng viên", "Ngày tập huấn", "Nội dung"])
        inspectionsFile = try open(.inspections, .init(), ["Mã chi bộ", "Ngày kiểm tra", "Đơn vị kiểm tra"])
        targetsFile = try open(
            .targets, .init(usesCRLF: true, hasByteOrderMark: true),
            ["Chỉ tiêu", "So sánh", "Giá trị", "Từ năm", "Đến năm", "Phạm vi"])
    }

    /// The files in `Entity` order.
    var files: [ExportFile] {
        [
            organizationsFile, villagesFile, membersFile, meetingsFile, attendanceFile, memberRatingsFile,
            organizationRatingsFile, trainingsFile, inspectionsFile, targetsFile,
        ]
    }

    /// Writes the whole sample and renames every file into place.
    func run() throws(FileError) -> SampleSummary {
        try writeRoot()
        let count = configuration.districtCount
        for index in 0..<count {
            var builder = DistrictBuilder(
                index: index, count: count, rootID: SampleWriter.rootID, firstYear: configuration.firstYear,
                lastYear: configuration.lastYear, random: random, nextMemberNumber: nextMemberNumber,
                nextVillageNumber: nextVillageNumber)
            let plan = builder.build()
            random = builder.random
            nextMemberNumber = builder.nextMemberNumber
            nextVillageNumber = builder.nextVillageNumber
            try write(plan, isFirst: index == 0)
        }
        try writeTargets()
        for file in files { try file.commit() }
        return SampleSummary(
            files: files.map { .init(fileName: $0.fileName, records: $0.recordCount, bytes: $0.byteCount) },
            problems: problems)
    }

    private func write(_ plan: DistrictPlan, isFirst: Bool) throws(FileError) {
        let isSeeded = isFirst && configuration.includesDeliberateProblems
        try writeOrganizations(plan)
        try writeVillages(plan)
        try writeMembers(plan)
        if isSeeded { try writeBadMembers(plan) }
        try writeMeetings(plan, recordsBadRows: isSeeded)
        try writeMemberRatings(plan, recordsBadRows: isSeeded)
        try writeOrganizationRatings(plan)
        try writeTrainings(plan)
        try writeInspections(plan)
    }

    /// Notes a deliberate problem at the line `file` is about to write.
    func expect(_ file: ExportFile, _ severity: Severity, _ summary: String) {
        problems.append(
            DeliberateProblem(file: file.fileName, line: file.nextLine, severity: severity, summary: summary))
    }

    // MARK: - Shared field writers

    /// A member's card number, zero-padded to eight digits.
    @inline(__always)
    static func writeMemberNumber(_ number: Int, to file: ExportFile) {
        file.decimal(number, width: 8)
    }

    func writeBoolean(_ value: Bool, to file: ExportFile, style: BooleanStyle) {
        switch style {
        case .mark: if value { file.raw(ExportLabels.mark) }
        case .word: file.raw(value ? ExportLabels.yes : ExportLabels.no)
        }
    }

    /// How a file spells booleans.
    enum BooleanStyle {
        /// `x` or empty.
        case mark
        /// `Có` or `Không`.
        case word
    }
}
