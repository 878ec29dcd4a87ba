import ChiboCore

/// A rejects.csv problem code in Vietnamese for section I: its meaning and what to change
/// in the export, from the problem-code table (`ProblemCode` in ChiboCore).
public enum ProblemCodeText {
    /// `Ngày không hợp lệ. Cách sửa: …`; nil for a code outside the table.
    public static func meaning(of code: String) -> String? {
        guard let problem = ProblemCode(rawValue: code) else { return nil }
        let meaning = problem.meaning
        let sentence = (meaning.first.map { $0.uppercased() + meaning.dropFirst() } ?? "") + "."
        return sentence + " Cách sửa: " + problem.fix
    }
}
