import ChiboCore

/// The files read after attendance in the order of fatal problems — member ratings,
/// organization ratings, trainings, inspections and targets — which need nothing but the
/// accepted members and organizations.
///
/// They are parsed on a thread of their own from the moment the meetings are parsed, before
/// the members are checked: on the national year the members' parse is the longest, and the
/// other core would otherwise wait for it. A table parsed before the references are known is
/// held until they are; each is then checked, written and freed in the order above.
enum LaterTables {
    /// The input files, any of them missing.
    struct Files {
        var memberRatings: InputFile?
        var organizationRatings: InputFile?
        var trainings: InputFile?
        var inspections: InputFile?
        var targets: InputFile?

        /// Hides the progress line of every file: they are read while members' or
        /// attendance's line is shown.
        func hideProgress() {
            for file in [memberRatings, organizationRatings, trainings, inspections, targets] {
                file?.hideProgress()
            }
        }
    }

    /// What the tables are checked against.
    struct References {
        /// The accepted members' ids.
        var members: RankedIds
        /// The accepted organizations.
        var organizations: IdLookup<Bool>
    }

    /// One table: how it is parsed and checked.
    private struct Table {
        var entity: Entity
        var file: InputFile?
        /// Whether its values as read go to the temporary file (big tables).
        var spillsValuesAsRead: Bool
        var check: (inout ParsedTable, References) -> Void
    }

    /// Starts reading `files` on a thread of its own: each table is parsed (passing `gate`,
    /// closed while the meetings are sorted), checked once `references` are provided,
    /// written to `stream` and freed. The value is the tables in the order above, or the
    /// first fatal problem; the thread returns early, with no tables, when the references
    /// are withdrawn (the run stopped on an earlier file).
    static func read(
        _ files: Files, rawFolder: String?, gate: PauseGate, references: PendingValue<References>,
        stream: NormalizedTableStream?
    ) -> BackgroundWork<Result<[ParsedTable], IngestError>> {
        let tables = [
            Table(entity: .memberRatings, file: files.memberRatings, spillsValuesAsRead: true) {
                ReferenceRules.checkRatings(&$0, subjects: $1.members, code: .unknownMember)
            },
            Table(entity: .organizationRatings, file: files.organizationRatings, spillsValuesAsRead: true) {
                ReferenceRules.checkRatings(&$0, subjects: $1.organizations, code: .unknownOrganization)
            },
            Table(entity: .trainings, file: files.trainings, spillsValuesAsRead: true) {
                ReferenceRules.check(&$0, column: "member_id", known: $1.members, code: .unknownMember)
            },
            Table(entity: .inspections, file: files.inspections, spillsValuesAsRead: true) {
                ReferenceRules.check(
                    &$0, column: "org_id", known: $1.organizations, code: .unknownOrganization)
            },
            Table(entity: .targets, file: files.targets, spillsValuesAsRead: false) { table, _ in
                ReferenceRules.checkTargets(&table)
            },
        ]
        // Started at once: queued on the global queue, it would wait behind the members'
        // parse and the hash, the very work it is meant to run beside.
        return BackgroundWork.startingNow {
            Result { () throws(IngestError) in
                var finished: [ParsedTable] = []
                var held: [(table: ParsedTable, index: Int)] = []
                /// Checks, writes and frees the held tables once the references are known.
                func finishHeld(_ references: References) {
                    for (var table, index) in held {
                        tables[index].check(&table, references)
                        stream?.write(&table)
                        finished.append(table)
                    }
                    held = []
                }
                for (index, table) in tables.enumerated() {
                    // A run stopped on an earlier file reads no further file.
                    if references.isWithdrawn { return [] }
                    if let known = references.providedValue { finishHeld(known) }
                    let parsed = try ParsedTable(
                        entity: table.entity, file: table.file,
                        rawFolder: table.spillsValuesAsRead ? rawFolder : nil, gate: gate)
                    held.append((parsed, index))
                }
                guard let known = references.wait() else { return [] }
                finishHeld(known)
                return finished
            }
        }
    }
}
