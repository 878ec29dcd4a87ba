import ChiboCore

/// The party roles (chức vụ đảng) a member holds, one bit per `PartyRole`.
struct RoleSet: OptionSet, Sendable {
    let rawValue: UInt8

    /// Bí thư.
    static let secretary = RoleSet(rawValue: 1)
    /// Phó bí thư.
    static let deputySecretary = RoleSet(rawValue: 2)
    /// Cấp ủy viên.
    static let committeeMember = RoleSet(rawValue: 4)
    /// Cán bộ chủ chốt cấp xã.
    static let communeKeyCadre = RoleSet(rawValue: 8)

    /// The roles whose holders are committee members for `committee_trained_ratio`.
    static let committee: RoleSet = [.secretary, .deputySecretary, .committeeMember]

    /// The set holding one role.
    init(_ role: PartyRole) {
        switch role {
        case .secretary: self = .secretary
        case .deputySecretary: self = .deputySecretary
        case .committeeMember: self = .committeeMember
        case .communeKeyCadre: self = .communeKeyCadre
        }
    }

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The role whose code is `part`; nil when none is.
    @inline(__always)
    private static func role(_ part: UnsafeBufferPointer<UInt8>) -> PartyRole? {
        for role in PartyRole.allCases {
            var code = role.rawValue
            guard code.utf8.count == part.count else { continue }
            if code.withUTF8({ part.equals($0) }) { return role }
        }
        return nil
    }

    /// Parses a list of role codes separated by `;` or `,`; nil when a code is unknown.
    static func parse(_ field: UnsafeBufferPointer<UInt8>) -> RoleSet? {
        var result: RoleSet = []
        var start = 0
        var position = 0
        while position <= field.count {
            if position == field.count || field[position] == UInt8(ascii: ";")
                || field[position] == UInt8(ascii: ",")
            {
                let part = UnsafeBufferPointer(rebasing: field[start..<position])
                if !part.isEmpty {
                    guard let role = Self.role(part) else { return nil }
                    result.insert(RoleSet(role))
                }
                start = position + 1
            }
            position += 1
        }
        return result
    }
}
