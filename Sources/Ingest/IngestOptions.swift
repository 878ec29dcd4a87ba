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
    public static let usage = "usage: chibo-ingest --input DIR --output DIR [--strict]"

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
            default: throw .usage("expected --input DIR --output DIR [--strict], found '\(argument)'")
            }
        }
        guard let input, let output else {
            throw .usage("expected --input DIR --output DIR [--strict], found missing arguments")
        }
        self.init(inputDirectory: input, outputDirectory: output, isStrict: isStrict)
    }
}
