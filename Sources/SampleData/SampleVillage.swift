import ChiboCore

/// A village or residential group (thôn, bản, tổ dân phố) of the sample.
struct SampleVillage {
    /// How the village is placed with respect to the party, which the indicators count.
    enum Situation {
        /// Has its own chi bộ and resident members.
        case withCell
        /// No chi bộ of its own; three or more residents meet in a neighbour's chi bộ.
        case withoutCell
        /// No chi bộ and only one or two resident members (below the three a chi bộ needs).
        case atRisk
        /// No resident member at all (thôn trắng đảng viên).
        case white
    }

    /// The village code (mã thôn).
    var id: String
    /// The name, for example "Thôn Đoài" or "Tổ dân phố 3".
    var name: String
    /// Index of its commune's grassroots committee in the district's organizations.
    var communeIndex: Int
    /// Its situation.
    var situation: Situation
    /// Merger or dissolution day, when merged away.
    var dissolvedOn: Day?
    /// The head's name (trưởng thôn).
    var headName: [UInt8] = []
    /// The head's member number, when the export links the head to a member.
    var headMemberNumber: Int?
    /// The "head is a member" flag as the export spells it.
    var headIsMemberLabel: String = ""
}
