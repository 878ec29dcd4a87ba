import ChiboCore
import Testing

@testable import Ingest

@Suite struct DateNormalizerTests {
    @Test(arguments: [
        ("dd/mm/yyyy", "15/03/2018", "2018-03-15"),
        ("d/m/yyyy", "5/3/2018", "2018-03-05"),
        ("dd-mm-yyyy", "15-03-2018", "2018-03-15"),
        ("dd.mm.yyyy", "15.03.2018", "2018-03-15"),
        ("yyyy-mm-dd", "2018-03-15", "2018-03-15"),
        ("iso single digits", "2018-3-5", "2018-03-05"),
        ("surrounding spaces", "  15/03/2018 ", "2018-03-15"),
        ("with midnight time", "15/03/2018 00:00:00", "2018-03-15"),
        ("with short time", "2018-03-15 0:00", "2018-03-15"),
        ("ISO with T time", "2018-03-15T00:00:00", "2018-03-15"),
        ("leap day", "29/02/2016", "2016-02-29"),
        // Excel serials: 1 = 1900-01-01; 59 = 1900-02-28; 61 = 1900-03-01 (60 is Excel's
        // fake 1900-02-29); 43101 = 2018-01-01 (Excel shows it so).
        ("serial 1", "1", "1900-01-01"),
        ("serial 59", "59", "1900-02-28"),
        ("serial 61", "61", "1900-03-01"),
        ("serial 2018", "43101", "2018-01-01"),
        ("serial with .0", "43466.0", "2019-01-01"),
        ("serial with time fraction", "43466.75", "2019-01-01"),
        ("largest serial", "2958465", "9999-12-31"),
    ])
    func accepts(label: String, raw: String, iso: String) throws {
        let day = try DateNormalizer.day(from: raw)
        #expect(day?.description == iso, "\(label)")
    }

    @Test(arguments: [
        ("two-digit year", "15/03/18", ProblemCode.dateTwoDigitYear),
        ("two-digit year dashes", "1-3-18", .dateTwoDigitYear),
        ("31 February", "31/02/2018", .dateInvalid),
        ("29 February of a common year", "29/02/2017", .dateInvalid),
        ("month 13", "01/13/2018", .dateInvalid),
        ("day 0", "00/01/2018", .dateInvalid),
        ("serial 0", "0", .dateInvalid),
        ("serial 60, Excel's fake 1900-02-29", "60", .dateInvalid),
        ("serial too big", "2958466", .dateInvalid),
        ("mixed separators", "15/03-2018", .dateInvalid),
        ("year first with slashes", "2018/03/15", .dateInvalid),
        ("three-digit year", "15/03/201", .dateInvalid),
        ("text", "mười lăm", .dateInvalid),
        ("time that is not a time", "15/03/2018 sáng", .dateInvalid),
        ("yyyymmdd", "20180315", .dateInvalid),
        ("T time after dd/mm/yyyy", "15/03/2018T00:00", .dateInvalid),
    ])
    func rejects(label: String, raw: String, code: ProblemCode) {
        #expect(throws: code, "\(label)") { try DateNormalizer.day(from: raw) }
    }

    @Test func emptyIsNoDay() throws {
        #expect(try DateNormalizer.day(from: "   ") == nil)
    }
}
