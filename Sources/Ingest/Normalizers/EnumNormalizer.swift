import ChiboCore

/// Reads enumerated values: canonical codes, Vietnamese labels and common
/// abbreviations, matched after folding (case, spacing, diacritics). Results are
/// cached per distinct raw text, so big files fold each label once.
struct EnumNormalizer {
    private var cache: [EnumDomain: [ByteKey: String?]] = [:]

    /// The canonical code of `raw` in `domain`, nil when empty; throws `enum.unknown`.
    mutating func code(for raw: String, in domain: EnumDomain) throws(ProblemCode) -> String? {
        let key = ByteKey(raw)
        if let cached = cache[domain]?[key] {
            guard let code = cached else { throw .enumUnknown }
            return code.isEmpty ? nil : code
        }
        let code = EnumNormalizer.lookUp(raw, in: domain)
        cache[domain, default: [:]][key] = .some(code)
        guard let code else { throw .enumUnknown }
        return code.isEmpty ? nil : code
    }

    /// The canonical roles of a `;`/`,` separated list, in `PartyRole` order without
    /// duplicates, joined by `;`; throws `enum.unknown` for an unknown role.
    mutating func roles(from raw: String) throws(ProblemCode) -> String {
        let (roles, unknown) = knownRoles(from: raw)
        if !unknown.isEmpty { throw .enumUnknown }
        return roles
    }

    /// The canonical roles of a list, and the parts that name no party role.
    mutating func knownRoles(from raw: String) -> (roles: String, unknown: [String]) {
        var found = Set<String>()
        var unknown: [String] = []
        for part in raw.split(whereSeparator: { $0 == ";" || $0 == "," }) {
            do throws(ProblemCode) {
                if let code = try code(for: String(part), in: .partyRole) { found.insert(code) }
            } catch {
                unknown.append(TextNormalizer.trimmed(String(part)))
            }
        }
        let roles = PartyRole.allCases.map(\.rawValue).filter(found.contains).joined(separator: ";")
        return (roles, unknown)
    }

    /// The code for `raw` ("" when it is empty), or nil when it is unknown.
    static func lookUp(_ raw: String, in domain: EnumDomain) -> String? {
        if domain == .comparator {
            let text = TextNormalizer.trimmed(raw)
            if text.isEmpty { return "" }
            return comparators[text]
        }
        let folded = TextFolding.fold(raw)
        if folded.isEmpty { return "" }
        return foldedLabels[domain]?[folded]
    }

    private static let comparators: [String: String] = [
        ">=": ">=", "≥": ">=", "=>": ">=", ">": ">", "<=": "<=", "≤": "<=", "=<": "<=", "<": "<",
        "=": "=", "==": "=",
    ]

    /// Every label and code of each domain, folded.
    private static let foldedLabels: [EnumDomain: [String: String]] = {
        var tables: [EnumDomain: [String: String]] = [:]
        for domain in EnumDomain.allCases {
            var table: [String: String] = [:]
            for code in canonicalCodes(domain) { table[TextFolding.fold(code)] = code }
            for (label, code) in labels(domain) { table[TextFolding.fold(label)] = code }
            tables[domain] = table
        }
        return tables
    }()

    /// The canonical codes of `domain`, in their declared order.
    static func canonicalCodes(_ domain: EnumDomain) -> [String] {
        switch domain {
        case .organizationLevel: OrganizationLevel.allCases.map(\.rawValue)
        case .organizationKind: OrganizationKind.allCases.map(\.rawValue)
        case .gender: ["male", "female"]
        case .leftReason: LeftReason.allCases.map(\.rawValue)
        case .partyRole: PartyRole.allCases.map(\.rawValue)
        case .education: Education.allCases.map(\.rawValue)
        case .politicalTheory: PoliticalTheory.allCases.map(\.rawValue)
        case .meetingKind: MeetingKind.allCases.map(\.rawValue)
        case .meetingQuality: MeetingQuality.allCases.map(\.rawValue)
        case .attendanceStatus: AttendanceStatus.allCases.map(\.rawValue)
        case .rating: Rating.allCases.map(\.rawValue)
        case .targetScope: TargetScope.allCases.map(\.rawValue)
        case .comparator: Comparator.allCases.map(\.rawValue)
        case .indicator: IndicatorCode.allCases.map(\.rawValue)
        }
    }
}
