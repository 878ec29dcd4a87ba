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

    /// Writes both lists into `quarterDirectory/restricted/`.
    static func write(_ lists: RestrictedLists, quarterDirectory: String) throws(IndicatorsError) {
        let directory = quarterDirectory + "/" + directoryName
        do {
            try Directory.create(directory, confidentiality: .ownerOnly)
            try write(
                RestrictedLists.probationOverdueColumns, lists.probationOverdue,
                to: directory + "/" + probationOverdueFileName)
            try write(
                RestrictedLists.absenceRemovalCandidateColumns, lists.absenceRemovalCandidates,
                to: directory + "/" + absenceRemovalCandidatesFileName)
        } catch {
            throw .output(error)
        }
    }

    private static func write(_ header: [String], _ records: [[String]], to path: String) throws(FileError) {
        let writer = CSVWriter()
        var output: [UInt8] = []
        writer.appendRecord(header, to: &output)
        for record in records { writer.appendRecord(record, to: &output) }
        let file = try AtomicFileWriter(path: path, confidentiality: .ownerOnly)
        try file.write(output)
        try file.commit()
    }
}
