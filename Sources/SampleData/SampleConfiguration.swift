/// What to generate: the seed, the size and the years of activity of the sample.
public struct SampleConfiguration: Sendable, Equatable {
    /// The seed of the generator; one seed always gives byte-identical files.
    public var seed: UInt64
    /// The size: 1 is a small province of five district units and about 3,000 members;
    /// the number of district units (and so of communes, members, meetings) is
    /// `5 × scale`, rounded, at least 1.
    public var scale: Double
    /// The first year with meetings, attendance, ratings, trainings and inspections.
    public var firstYear: Int
    /// The last such year; the export is dated 31 December of it.
    public var lastYear: Int
    /// Whether the deliberately bad rows (and the rows that only draw warnings) are
    /// written; `--clean` turns them off.
    public var includesDeliberateProblems: Bool

    /// The configuration of the sample shipped in `input/`.
    public init(
        seed: UInt64 = 1, scale: Double = 1, firstYear: Int = 2016, lastYear: Int = 2020,
        includesDeliberateProblems: Bool = true
    ) {
        self.seed = seed
        self.scale = scale
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.includesDeliberateProblems = includesDeliberateProblems
    }

    /// The number of district units (children of the root).
    public var districtCount: Int { max(1, Int((5 * scale).rounded())) }
}
