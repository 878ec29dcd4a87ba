import ChiboCore

/// The settings of one ingest run, from the command line.
public struct IngestOptions: StageOptions, Equatable {
    /// The folder of raw exports.
    public var inputDirectory: String
    /// The folder normalized/, rejects.csv and ingest_summary.csv are written to.
    public var outputDirectory: String
    /// Whether any rejected row makes the run fail (`STRICT=1`), after writing the outputs.
    public var isStrict: Bool

    /// The usage text.
    public static let usage = """
        cách dùng: chibo-ingest --input THƯ_MỤC --output THƯ_MỤC [--strict]
          đọc các tệp xuất CSV trong --input, ghi normalized/, rejects.csv và ingest_summary.csv vào --output;
          --strict: kết thúc với mã 1 khi có dòng bị loại (các tệp kết quả vẫn được ghi)
        """

    /// Ingest's usage errors have always been one line.
    public static var printsUsageAfterUsageError: Bool { false }

    /// Creates options.
    public init(inputDirectory: String, outputDirectory: String, isStrict: Bool = false) {
        self.inputDirectory = inputDirectory
        self.outputDirectory = outputDirectory
        self.isStrict = isStrict
    }

    /// Parses the arguments (without the program name).
    public init(arguments: [String]) throws(IngestError) {
        var input: String?
        var output: String?
        var isStrict = false
        var arguments = arguments[...]
        while let argument = arguments.popFirst() {
            switch argument {
            case "--input": input = arguments.popFirst()
            case "--output": output = arguments.popFirst()
            case "--strict": isStrict = true
            default:
                throw .usage(
                    "cần --input THƯ_MỤC --output THƯ_MỤC [--strict], nhận được '\(argument)'"
                        + " (đường dẫn có dấu cách phải đặt trong ngoặc kép)")
            }
        }
        guard let input, let output else {
            throw .usage("cần --input THƯ_MỤC --output THƯ_MỤC [--strict], thiếu --input hoặc --output")
        }
        self.init(inputDirectory: input, outputDirectory: output, isStrict: isStrict)
    }
}
