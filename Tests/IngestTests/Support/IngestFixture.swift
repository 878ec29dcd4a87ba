import ChiboCore
import Foundation

@testable import Ingest

/// A temporary input folder holding a small, valid data set in canonical form; tests
/// replace one file to exercise one rule.
struct IngestFixture {
    /// A minimal valid data set: province T, district H, commune committee X, cells C1
    /// and C2, village V1, members M1 (C1) and M2 (C2), one meeting of C1 in 2018.
    static let base: [Entity: String] = [
        .organizations: """
        org_id,name,parent_id,level,kind,village_id,established_on,dissolved_on,has_regulations,merged_meetings,has_candidate_pool,has_admission_plan
        T,Tỉnh,,province,other,,,,,,,
        H,Huyện,T,district,other,,,,,,,
        X,Xã,H,grassroots_committee,commune,,,,,,,
        C1,Chi bộ 1,X,cell,village,V1,,,,,,
        C2,Chi bộ 2,X,cell,village,,,,,,,

        """,
        .villages: """
        village_id,name,commune_org_id,head_name,head_member_id,head_is_member,dissolved_on
        V1,Thôn 1,X,,,,

        """,
        .members: """
        member_id,full_name,birth_date,gender,ethnicity,org_id,village_id,admitted_on,official_on,left_on,left_reason,exempt,task_assigned,roles,education,political_theory
        M1,Một,1970-01-01,,,C1,V1,2000-01-01,2001-01-01,,,,,,,
        M2,Hai,1971-01-01,,,C2,,2000-01-01,2001-01-01,,,,,,,

        """,
        .meetings: """
        meeting_id,org_id,date,kind,has_resolution,quality,superior_attended
        G1,C1,2018-01-05,periodic,,,

        """,
        .attendance: "meeting_id,member_id,status\nG1,M1,present\n",
        .memberRatings: "year,member_id,rating\n",
        .organizationRatings: "year,org_id,rating\n",
        .trainings: "member_id,date,course\n",
        .inspections: "org_id,date,inspector\n",
    ]

    /// The input folder.
    let directory: URL

    /// Writes the base data set with `overrides` (file contents by entity; nil removes
    /// the file) into a fresh temporary folder.
    init(_ overrides: [Entity: String?] = [:]) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("chibo-ingest-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var files = IngestFixture.base.mapValues { Optional($0) }
        for (entity, content) in overrides { files[entity] = content }
        for (entity, content) in files {
            guard let content else { continue }
            try Data(content.utf8).write(to: directory.appendingPathComponent(entity.fileName))
        }
    }

    /// Runs the checks without writing anything.
    func compute() throws -> IngestResult {
        try Ingestor(inputDirectory: directory.path, outputDirectory: directory.path + "/out").compute()
    }

    /// The (line, code) of every diagnostic about `entity`, sorted.
    func problems(_ entity: Entity) throws -> [Problem] {
        try compute().sortedDiagnostics.filter { $0.file == entity.fileName }.map {
            Problem(line: $0.line, column: $0.columnName, code: $0.code)
        }
    }

    /// A diagnostic reduced to what rule tests assert.
    struct Problem: Equatable, CustomStringConvertible {
        var line: Int
        var column: String
        var code: String
        var description: String { "\(line):\(column):\(code)" }
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
