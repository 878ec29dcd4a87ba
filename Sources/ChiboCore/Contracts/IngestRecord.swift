/// What the normalized files were made from: `normalized/ingest.csv`, written by the
/// ingest stage with the normalized files and read by the indicators stage for the
/// review.csv of every review computed from them.
///
/// It sits in the owner-only `normalized/` folder with the tables it describes, so that
/// it is replaced together with them.
public struct IngestRecord: Sendable, Equatable {
    /// The file name inside `normalized/`.
    public static let fileName = "ingest.csv"

    /// One SHA-256 over the bytes of the input files read, concatenated in
    /// `Entity.inputOrder` (an absent optional file adds nothing), lowercase hexadecimal.
    public var inputSHA256: String
    /// The latest meeting date accepted; nil when no meeting was accepted.
    public var dataUntil: Day?

    /// Creates a record.
    public init(inputSHA256: String, dataUntil: Day?) {
        self.inputSHA256 = inputSHA256
        self.dataUntil = dataUntil
    }

    /// The rows of the file.
    public var file: KeyValueFile {
        KeyValueFile(
            fileName: Self.fileName,
            entries: [
                .init(key: "input_sha256", value: inputSHA256),
                .init(key: "data_until", value: dataUntil?.description ?? ""),
            ])
    }

    /// Reads the record of the normalized folder `normalizedDirectory`.
    public static func read(normalizedDirectory: String) throws(KeyValueFileError) -> IngestRecord {
        let file = try KeyValueFile.read(
            path: normalizedDirectory + "/" + fileName, fileName: "normalized/" + fileName)
        let digest = try file.entry("input_sha256")
        guard digest.value.utf8.count == 64,
            digest.value.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else {
            throw file.invalid(digest, expected: "64 chữ số thập lục phân viết thường")
        }
        let until = try file.entry("data_until")
        var dataUntil: Day?
        if !until.value.isEmpty {
            guard let day = Day(iso: until.value) else {
                throw file.invalid(until, expected: "một ngày dạng năm-tháng-ngày (yyyy-mm-dd)")
            }
            dataUntil = day
        }
        return IngestRecord(inputSHA256: digest.value, dataUntil: dataUntil)
    }
}
