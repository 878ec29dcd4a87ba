import CSV

extension CSVError {
    /// What was expected and what was found, in Vietnamese, with what to do (the CSV
    /// library's own messages are English and domain-free).
    public var vietnameseMessage: String {
        switch self {
        case .unreadable(_, let reason):
            "không đọc được tệp (\(reason)); hãy kiểm tra tệp có tồn tại và đọc được"
        case .undecodable(_, _, _, let encoding, let hexBytes):
            "cần văn bản mã \(encoding), gặp các byte \(hexBytes); hãy xuất lại tệp dưới dạng CSV UTF-8"
        case .unterminatedQuote:
            "cần dấu ngoặc kép '\"' đóng ô trước khi hết tệp, nhưng tệp đã hết; hãy kiểm tra ô bắt đầu ở đây"
                + " (dấu ngoặc kép thiếu hoặc thừa) rồi xuất lại tệp"
        case .fieldTooLong(_, _, _, let limit):
            "cần một ô dài tối đa \(limit) byte, gặp ô dài hơn (thường do thiếu dấu ngoặc kép đóng);"
                + " hãy kiểm tra ô đó"
        }
    }

    /// The problem as a fatal diagnostic in Vietnamese.
    public var diagnostic: Diagnostic {
        Diagnostic(
            severity: .error, file: file, line: line, column: column,
            code: ProblemCode.fileUnreadable.rawValue,
            message: vietnameseMessage)
    }
}
