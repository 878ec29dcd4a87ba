import ChiboCore

/// The Vietnamese meaning of a rejects.csv problem code, from the problem-code table.
public enum ProblemCodeText {
    /// The meaning of `code`, nil for a code outside the table.
    public static func meaning(of code: String) -> String? {
        nil
    }
}
