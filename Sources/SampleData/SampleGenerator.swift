import ChiboCore

/// Generates the deterministic sample of raw exports (the files of SPEC's "Input
/// files") for a fictional province, Đảng bộ tỉnh Sơn Hà.
///
/// The same configuration always gives byte-identical files: the generator draws from
/// its own seeded xoshiro256** source and never iterates a dictionary or set. Files are
/// streamed district by district through `AtomicFileWriter`, so memory stays bounded
/// by one district whatever the scale.
public struct SampleGenerator: Sendable {
    /// What to generate.
    public let configuration: SampleConfiguration

    /// Creates a generator for `configuration`.
    public init(configuration: SampleConfiguration) {
        self.configuration = configuration
    }

    /// Writes the ten exports into `directory` (created if needed) and tells what was written.
    public func write(to directory: String) throws(SampleError) -> SampleSummary {
        let years = "\(configuration.firstYear)-\(configuration.lastYear)"
        guard configuration.firstYear <= configuration.lastYear else {
            throw .invalidConfiguration("expected --years FIRST-LAST with FIRST <= LAST, found \(years)")
        }
        guard configuration.firstYear >= 1990, configuration.lastYear <= 2100 else {
            throw .invalidConfiguration("expected years within 1990-2100, found \(years)")
        }
        guard configuration.scale > 0, configuration.scale <= 100_000 else {
            throw .invalidConfiguration("expected a scale above 0, found \(configuration.scale)")
        }
        do {
            try Directory.create(directory, confidentiality: .shared)
            let writer = try SampleWriter(configuration: configuration, directory: directory)
            return try writer.run()
        } catch {
            throw .file(error)
        }
    }
}
