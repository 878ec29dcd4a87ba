import Foundation

/// LibreOffice headless, the real client staff open our files in. Checks that need it
/// are enabled only when `soffice` is on PATH, and show as skipped otherwise.
public enum LibreOffice {
    /// The path of `soffice`, or nil when LibreOffice is not installed.
    public static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") {
            let candidate = String(directory) + "/soffice"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// Whether `soffice` is on PATH.
    public static var isAvailable: Bool { executable != nil }

    /// CSV export options: `;` separator, `"` quotes, UTF-8, English (1033) number
    /// display, every text cell quoted (so an unquoted field was a number), cells as
    /// shown (so display formats are visible), every sheet to `<name>-<sheet>.csv`.
    public static let csvShownAsTyped =
        "csv:Text - txt - csv (StarCalc):59,34,76,1,,1033,true,true,true,false,false,-1"

    /// Converts `files` with one `soffice --convert-to` run (one start-up for the batch)
    /// into `directory`, with a fresh user profile so no earlier run or setting leaks in.
    ///
    /// `locale` (such as `vi-VN`) sets LibreOffice's own locale setting in that profile, so
    /// cells "as shown" use that locale's separators, as they would for staff whose
    /// LibreOffice runs in Vietnamese.
    public static func convert(
        _ files: [String], to format: String, into directory: String, locale: String? = nil
    ) throws {
        guard let executable else { return }
        let profile = directory + "/profile-\(UUID().uuidString)"
        if let locale {
            try FileManager.default.createDirectory(
                atPath: profile + "/user", withIntermediateDirectories: true)
            let settings =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\""
                + " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<item oor:path=\"/org.openoffice.Setup/L10N\"><prop oor:name=\"ooSetupSystemLocale\""
                + " oor:op=\"fuse\"><value>\(locale)</value></prop></item></oor:items>\n"
            try settings.write(
                toFile: profile + "/user/registrymodifications.xcu", atomically: true, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments =
            [
                "-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to",
                format, "--outdir", directory,
            ]
            + files
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: profile)
        if process.terminationStatus != 0 {
            throw ConversionFailure(status: process.terminationStatus)
        }
    }

    /// soffice ended with a non-zero status.
    public struct ConversionFailure: Error {
        /// The exit status.
        public var status: Int32
    }

    /// A fresh temporary directory.
    public static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "office-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// One CSV field as LibreOffice exported it: the text and whether it was quoted (with
/// "quote all text cells" on, quoted means a text cell, unquoted a number).
public struct ExportedField: Equatable {
    /// The field text, quotes removed.
    public var text: String
    /// Whether the field was quoted.
    public var isQuoted: Bool

    /// Creates a field.
    public init(text: String, isQuoted: Bool) {
        self.text = text
        self.isQuoted = isQuoted
    }
}

/// Splits CSV text (`;`, double quotes, LF or CRLF) into records of fields.
public func exportedRecords(_ text: String, separator: Unicode.Scalar = ";") -> [[ExportedField]] {
    var records: [[ExportedField]] = []
    var record: [ExportedField] = []
    var field = ""
    var isQuoted = false
    var inQuotes = false
    var characters = Array(text.unicodeScalars)[...]
    while let scalar = characters.popFirst() {
        if inQuotes {
            if scalar == "\"" {
                if characters.first == "\"" {
                    field.unicodeScalars.append("\"")
                    characters.removeFirst()
                } else {
                    inQuotes = false
                }
            } else {
                field.unicodeScalars.append(scalar)
            }
        } else if scalar == "\"" {
            inQuotes = true
            isQuoted = true
        } else if scalar == separator {
            record.append(ExportedField(text: field, isQuoted: isQuoted))
            field = ""
            isQuoted = false
        } else if scalar == "\n" || scalar == "\r" {
            if scalar == "\r", characters.first == "\n" { characters.removeFirst() }
            record.append(ExportedField(text: field, isQuoted: isQuoted))
            records.append(record)
            record = []
            field = ""
            isQuoted = false
        } else {
            field.unicodeScalars.append(scalar)
        }
    }
    if !field.isEmpty || !record.isEmpty {
        record.append(ExportedField(text: field, isQuoted: isQuoted))
        records.append(record)
    }
    return records
}
