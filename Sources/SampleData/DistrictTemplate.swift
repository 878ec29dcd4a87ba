/// The four shapes of district unit the sample cycles through.
enum DistrictTemplate: CaseIterable {
    /// A city party committee (thành ủy): wards with residential groups, agencies, enterprises.
    case city
    /// A lowland rural district (huyện ủy): communes with villages and a township.
    case lowland
    /// A mountain district (huyện ủy): communes with bản, many ethnic-minority members,
    /// more villages without a chi bộ or without members.
    case highland
    /// The province's bloc of agencies (đảng ủy khối, a directly subordinate committee).
    case bloc

    /// The template of the district unit at `index`: city, lowland, lowland, highland,
    /// bloc, then again.
    static func at(_ index: Int) -> DistrictTemplate {
        [.city, .lowland, .lowland, .highland, .bloc][index % 5]
    }
}
