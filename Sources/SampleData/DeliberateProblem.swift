import ChiboCore

/// A row the generator writes wrong on purpose, so that the ingest stage's rules are
/// exercised by the shipped sample. Reviewers compare these with `output/rejects.csv`.
///
/// Rejected rows (severity `error`; ingest must reject each and keep the rest):
/// - `members.csv`: a duplicate `member_id` (the later row), `official_on` before
///   `admitted_on`, admission at age 17, a two-digit year `03/02/17`, an impossible
///   date `31/02/2018`, an `org_id` that is a đảng bộ cơ sở rather than a chi bộ,
///   `left_on` before `admitted_on`, `left_on` without `left_reason`, an empty `member_id`.
/// - `meetings.csv`: a meeting of a chi bộ that does not exist.
/// - `attendance.csv`: an unknown member, a member admitted after the meeting, a second
///   row for the same meeting and member.
/// - `member_ratings.csv`: a second rating of the same member for the same year.
///
/// Kept rows that draw a warning (severity `warning`): the same person (same name once
/// spaces are normalized, same birth date) under a second card number; a name typed
/// with the TCVN3 font (`NguyÔn V¨n An`); `official_on` less than 12 months after
/// `admitted_on` (older charters). Besides these, the attendance rows of the members
/// of the chi bộ merged away mid-term draw the "member's current chi bộ differs"
/// warning, as SPEC says members transfer.
public struct DeliberateProblem: Sendable, Equatable, CustomStringConvertible {
    /// The file name, for example `members.csv`.
    public var file: String
    /// The physical line the row starts on (the header is line 1).
    public var line: Int
    /// `error` when ingest must reject the row, `warning` when it keeps it.
    public var severity: Severity
    /// What is wrong, in English.
    public var summary: String

    /// Creates a record of a deliberate problem.
    public init(file: String, line: Int, severity: Severity, summary: String) {
        self.file = file
        self.line = line
        self.severity = severity
        self.summary = summary
    }

    /// `file:line: severity: summary`.
    public var description: String { "\(file):\(line): \(severity.rawValue): \(summary)" }
}
