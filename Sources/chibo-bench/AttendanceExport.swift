import CSV

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a deterministic CSV that looks like an attendance export joined with member
/// details: ids, Vietnamese names, dates, statuses, and a free-text note that is quoted
/// when it holds a comma or a quote.
struct AttendanceExport {
    /// The approximate size of the file, in bytes.
    var targetSize: Int

    private static let familyNames = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
    ]
    private static let middleNames = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang"]
    private static let givenNames = [
        "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hùng", "Lan", "Mai", "Tuấn", "Yến",
    ]
    private static let statuses = [
        "có mặt", "có mặt", "có mặt", "có mặt", "vắng có lý do", "vắng không lý do",
    ]
    private static let notes = [
        "", "", "", "Họp chi bộ định kỳ", "Sinh hoạt chuyên đề, học tập Nghị quyết",
        "Đi công tác, báo trước", "Ốm, có giấy \"xác nhận\"", "Trễ 15 phút",
    ]

    /// Writes the file at `path`; returns the number of data rows.
    func write(to path: String) -> Int {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        precondition(descriptor >= 0, "cannot create \(path)")
        defer { close(descriptor) }
        let writer = CSVWriter()
        var output: [UInt8] = []
        output.reserveCapacity(1 << 21)
        writer.appendRecord(
            ["meeting_id", "member_id", "full_name", "org_id", "date", "status", "note"], to: &output)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var written = 0
        var rows = 0
        func random(_ bound: Int) -> Int {
            // SplitMix64: deterministic and fast.
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((mixed ^ (mixed >> 31)) % UInt64(bound))
        }
        while written + output.count < targetSize {
            let meeting = random(400_000)
            let member = random(2_000_000)
            let name =
                "\(Self.familyNames[random(Self.familyNames.count)]) "
                + "\(Self.middleNames[random(Self.middleNames.count)]) "
                + Self.givenNames[random(Self.givenNames.count)]
            let date = "\(1 + random(28))/\(1 + random(12))/\(2016 + random(5))"
            let fields = [
                "SH\(meeting)", "DV\(member)", name, "CB\(random(5000))", date,
                Self.statuses[random(Self.statuses.count)], Self.notes[random(Self.notes.count)],
            ]
            writer.appendRecord(fields, to: &output)
            rows += 1
            if output.count >= 1 << 20 {
                written += flush(&output, to: descriptor)
            }
        }
        written += flush(&output, to: descriptor)
        return rows
    }

    private func flush(_ output: inout [UInt8], to descriptor: Int32) -> Int {
        let count = output.count
        output.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let done = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                precondition(done > 0, "cannot write the benchmark file")
                offset += done
            }
        }
        output.removeAll(keepingCapacity: true)
        return count
    }
}
