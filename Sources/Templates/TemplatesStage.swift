import CSV
import ChiboCore
import Ingest
import OfficeOpenXML

/// Writes the export templates: for each input file, `<entity>.xlsx` (header, hint row,
/// drop-down lists, text cells) and `<entity>.csv` (UTF-8 with BOM, header and hint row).
/// Templates hold no personal data, so they get ordinary permissions.
public enum TemplatesStage {
    /// Runs the stage; prints one line saying what it wrote where.
    public static func run(_ options: TemplatesOptions) -> ExitStatus {
        do {
            try write(to: options.outputDirectory)
        } catch {
            StandardError.writeLine(error.description)
            return error.exitStatus
        }
        print(
            "chibo-templates: đã ghi \(ExportTemplate.all.count) mẫu (.xlsx và .csv) vào \(options.outputDirectory)/"
        )
        return .success
    }

    /// Writes every template into `directory`, creating it when needed.
    public static func write(to directory: String) throws(TemplatesError) {
        do {
            try Directory.create(directory, confidentiality: .shared)
        } catch {
            throw .output(error)
        }
        for template in ExportTemplate.all {
            let base = directory + "/" + template.entity.rawValue
            let workbookBytes: [UInt8]
            do {
                workbookBytes = try template.workbook.bytes()
            } catch {
                throw .workbook(file: base + ".xlsx", error)
            }
            do {
                try writeFile(workbookBytes, to: base + ".xlsx")
                try writeFile(template.csvBytes, to: base + ".csv")
            } catch {
                throw .output(error)
            }
        }
    }

    private static func writeFile(_ bytes: [UInt8], to path: String) throws(FileError) {
        let writer = try AtomicFileWriter(path: path, confidentiality: .shared)
        try writer.write(bytes)
        try writer.commit()
    }

    /// Parses `arguments` (after the program name) and runs the stage.
    public static func main(arguments: [String]) -> ExitStatus {
        TemplatesOptions.main(arguments: arguments, run: run)
    }
}
