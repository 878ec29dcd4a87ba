import ChiboCore

/// The settings of one `chibo-templates` run, from the command line.
public struct TemplatesOptions: StageOptions, Equatable {
    /// The folder the ten templates are written to (`$(OUTPUT)/templates`).
    public var outputDirectory: String

    /// The usage text.
    public static let usage = """
        cách dùng: chibo-templates --output DIR
        Ghi vào DIR mười tệp mẫu xuất dữ liệu (.xlsx và .csv), mỗi tệp đầu vào một mẫu.
        """

    /// Creates options.
    public init(outputDirectory: String) {
        self.outputDirectory = outputDirectory
    }

    /// Parses the arguments (without the program name).
    public init(arguments: [String]) throws(TemplatesError) {
        var output: String?
        var arguments = arguments[...]
        while let argument = arguments.popFirst() {
            switch argument {
            case "--output": output = arguments.popFirst()
            default: throw .usage("cần --output DIR, nhận được '\(argument)'")
            }
        }
        guard let output, !output.isEmpty else { throw .usage("cần --output DIR, chưa có thư mục") }
        self.init(outputDirectory: output)
    }
}
