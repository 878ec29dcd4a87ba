#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension FileError {
    /// What went wrong and what to do, in Vietnamese, for the stages' messages: the
    /// common causes (no permission, a full disk, a read-only disk, a missing folder) in
    /// words, any other with the system's text.
    public var vietnameseExplanation: String {
        let action =
            switch operation {
            case "open", "read", "stat", "open directory": "không đọc được"
            case "create directory": "không tạo được thư mục"
            case "chmod": "không đổi được quyền truy cập"
            default: "không ghi được"
            }
        let cause: String
        switch code {
        case EACCES, EPERM: cause = "không có quyền ghi; hãy cấp quyền ghi thư mục đó hoặc chọn OUTPUT khác"
        case ENOSPC, EDQUOT, EFBIG:
            cause = "đĩa đã đầy hoặc vượt giới hạn dung lượng; hãy giải phóng chỗ trống rồi chạy lại"
        case EROFS: cause = "ổ đĩa chỉ cho đọc; hãy chọn OUTPUT ở một ổ ghi được"
        case ENOENT: cause = "thư mục không tồn tại; hãy kiểm tra đường dẫn"
        case ENOTDIR, EEXIST, EISDIR:
            cause = "một tệp hoặc thư mục khác đang nằm ở đường dẫn đó; hãy đổi tên hoặc xóa nó rồi chạy lại"
        default:
            cause = "lỗi hệ thống '\(String(cString: strerror(code)))'; hãy kiểm tra thư mục rồi chạy lại"
        }
        return "\(action): \(cause)"
    }
}
