import CSV
import ChiboCore

/// Writes the outputs of a run through temporary files and renames them into place only
/// once every one of them is complete.
struct IngestOutputWriter {
    /// The output folder.
    let directory: String
    private let csv = CSVWriter()

    /// Writes normalized/, rejects.csv and ingest_summary.csv.
    func write(_ result: IngestResult) throws(IngestError) {
        do throws(FileError) {
            try Directory.create(directory + "/normalized")
            var writers: [AtomicFileWriter] = []
            for entity in Entity.allCases {
                let writer = try AtomicFileWriter(path: directory + "/normalized/" + entity.fileName)
                var header: [UInt8] = []
                csv.appendRecord(entity.columns, to: &header)
                try writer.write(header)
                if entity == .attendance {
                    try writeAttendance(result.attendance, to: writer)
                } else {
                    let table = result.tables.first { $0.entity == entity }!
                    var buffer: [UInt8] = []
                    for fields in table.sortedAcceptedFields() {
                        csv.appendRecord(fields, to: &buffer)
                        if buffer.count >= 1 << 20 {
                            try writer.write(buffer)
                            buffer.removeAll(keepingCapacity: true)
                        }
                    }
                    try writer.write(buffer)
                }
                writers.append(writer)
            }
            let rejects = try AtomicFileWriter(path: directory + "/rejects.csv")
            var buffer: [UInt8] = []
            csv.appendRecord(["file", "line", "column", "value", "code", "severity", "message"], to: &buffer)
            for diagnostic in result.sortedDiagnostics {
                csv.appendRecord(
                    [
                        diagnostic.file, String(diagnostic.line), diagnostic.columnName, diagnostic.value,
                        diagnostic.code, diagnostic.severity.rawValue, diagnostic.message,
                    ], to: &buffer)
                if buffer.count >= 1 << 20 {
                    try rejects.write(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            try rejects.write(buffer)
            writers.append(rejects)
            let summary = try AtomicFileWriter(path: directory + "/ingest_summary.csv")
            buffer = []
            csv.appendRecord(
                ["file", "encoding", "delimiter", "rows_read", "rows_accepted", "rows_rejected", "warnings"],
                to: &buffer)
            for file in result.summaries { csv.appendRecord(file.fields, to: &buffer) }
            try summary.write(buffer)
            writers.append(summary)
            for writer in writers { try writer.commit() }
        } catch {
            throw .output(error)
        }
    }

    private func writeAttendance(_ attendance: AttendanceValidator.Result, to writer: AtomicFileWriter)
        throws(FileError)
    {
        // Each id escaped once, with its separator: rows are then plain byte copies.
        let meetingIds = attendance.meetings.ids.map { id -> [UInt8] in
            var field: [UInt8] = []
            csv.appendField(Array(id.utf8), to: &field)
            return field + [csv.delimiter]
        }
        let memberIds = attendance.members.ids.map { id -> [UInt8] in
            var field: [UInt8] = []
            csv.appendField(Array(id.utf8), to: &field)
            return field + [csv.delimiter]
        }
        let statuses = AttendanceStatus.allCases.map { Array($0.rawValue.utf8) + [0x0A] }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        for record in attendance.accepted {
            buffer.append(contentsOf: meetingIds[Int(record.meeting)])
            buffer.append(contentsOf: memberIds[Int(record.member)])
            buffer.append(contentsOf: statuses[record.status])
            if buffer.count >= 1 << 20 {
                try writer.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try writer.write(buffer)
    }
}
