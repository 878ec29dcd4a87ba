extension Entity {
    /// The input files in the order of SPEC's "Input files" (organizations, members,
    /// villages, …, targets): the order their bytes are hashed in for `input_sha256`.
    /// Not `allCases`, which is the order references resolve in.
    public static let inputOrder: [Entity] = [
        .organizations, .members, .villages, .meetings, .attendance, .memberRatings,
        .organizationRatings, .trainings, .inspections, .targets,
    ]
}
