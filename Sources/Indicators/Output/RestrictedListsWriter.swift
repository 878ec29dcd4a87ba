import CSV
import ChiboCore

/// Writes the member lists under `restricted/`, a directory readable by the owner alone
/// (0700) holding files readable by the owner alone (0600).
enum RestrictedListsWriter {
    /// The directory name inside the quarter's directory.
    static let directoryName = "restricted"
    /// The file of probation overdue members.
    static let probationOverdueFileName = "probation_overdue.csv"
    /// The file of absence removal candidates.
    static let absenceRemovalCandidatesFileName = "absence_removal_candidates.csv"

    /// Narrows to their owner a `restricted/` folder and its files found readable by
    /// others (left by a copy or a `chmod`).
    static func tighten(quarterDirectory: String) throws(IndicatorsError) -> [PermissionTightening] {
        do {
            return try PermissionTightening.tightenFolder(quarterDirectory + "/" + directoryName)
        } catch {
            throw .output(error)
        }
    }

    /// Adds both lists, as `quarterDirectory/restricted/<list>.csv` owner-only, to `files`
    /// (creating the owner-only folder): nothing is in place before the set is committed.
    static func add(_ lists: RestrictedLists, quarterDirectory: String, to files: AtomicFileSet)
        throws(FileError)
    {
        let directory = quarterDirectory + "/" + directoryName
        try Directory.create(directory, confidentiality: .ownerOnly)
        try files.add(
            text(RestrictedLists.probationOverdueColumns, lists.probationOverdue),
            at: directory + "/" + probationOverdueFileName, confidentiality: .ownerOnly)
        try files.add(
            text(RestrictedLists.absenceRemovalCandidateColumns, lists.absenceRemovalCandidates),
            at: directory + "/" + absenceRemovalCandidatesFileName, confidentiality: .ownerOnly)
    }

    private static func text(_ header: [String], _ records: [[String]]) -> [UInt8] {
        let writer = CSVWriter()
        var output: [UInt8] = []
        writer.appendRecord(header, to: &output)
        for record in records { writer.appendRecord(record, to: &output) }
        return output
    }
}
