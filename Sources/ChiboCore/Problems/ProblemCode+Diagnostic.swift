extension ProblemCode {
    /// A diagnostic of this problem about `file` at `line`, with this code's severity and
    /// (unless `message` is given) its message.
    public func diagnostic(
        file: String, line: Int, column: Int = 0, columnName: String = "", value: String = "",
        message: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            severity: severity, file: file, line: line, column: column, columnName: columnName, value: value,
            code: rawValue, message: message ?? self.message)
    }
}
