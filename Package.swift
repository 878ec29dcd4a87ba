// swift-tools-version:6.0
import PackageDescription

// The x86 SHA extensions and the SSSE3/SSE4.1 shuffles for SHAInstructions, through the
// Clang intrinsics module shipped inside the Swift toolchain (`_Builtin_intrinsics.intel`,
// no package dependency): without these flags the compiler cannot select the SHA
// instructions. Only on x86-64 hosts; elsewhere the module compiles empty.
#if arch(x86_64)
    let shaInstructionSettings: [SwiftSetting] = [
        .unsafeFlags(["-Xcc", "-msha", "-Xcc", "-mssse3", "-Xcc", "-msse4.1"])
    ]
#else
    let shaInstructionSettings: [SwiftSetting] = []
#endif

let package = Package(
    name: "chibo",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "chibo-ingest", targets: ["chibo-ingest"]),
        .executable(name: "chibo-indicators", targets: ["chibo-indicators"]),
        .executable(name: "chibo-report", targets: ["chibo-report"]),
        .executable(name: "chibo-sample", targets: ["chibo-sample"]),
        .executable(name: "chibo-bench", targets: ["chibo-bench"]),
        .executable(name: "chibo-templates", targets: ["chibo-templates"]),
    ],
    targets: [
        // Byte-level CSV reading and writing, no domain knowledge.
        .target(name: "CSV"),
        // HTML and inline SVG charts written with every text escaped, no domain knowledge.
        .target(name: "HTMLDocument"),
        // Office Open XML (ECMA-376) writing, no domain knowledge: ZIP with DEFLATE, XML
        // escaping, SpreadsheetML workbooks and WordprocessingML documents.
        .target(name: "OfficeOpenXML"),
        // The Office documents staff and boards open (indicators.xlsx, report.docx,
        // rejects.xlsx), built from plain rows; the stages wire them in.
        .target(name: "OfficeReports", dependencies: ["OfficeOpenXML"]),
        // SHA-256's block function with the x86 SHA extensions, alone in its module because
        // the module may use those instructions anywhere; ChiboCore's SHA256 calls it only
        // when the CPU has them.
        .target(name: "SHAInstructions", swiftSettings: shaInstructionSettings),
        // Shared by every stage: diagnostics, calendar days, atomic output, exit codes.
        .target(name: "ChiboCore", dependencies: ["CSV", "SHAInstructions"]),
        .target(name: "Ingest", dependencies: ["CSV", "ChiboCore", "OfficeReports"]),
        .target(name: "Indicators", dependencies: ["CSV", "ChiboCore"]),
        .target(name: "Report", dependencies: ["CSV", "ChiboCore", "HTMLDocument", "OfficeOpenXML", "OfficeReports"]),
        .target(name: "SampleData", dependencies: ["CSV", "ChiboCore"]),
        .executableTarget(name: "chibo-ingest", dependencies: ["Ingest", "ChiboCore"]),
        .executableTarget(name: "chibo-indicators", dependencies: ["Indicators", "ChiboCore"]),
        .executableTarget(name: "chibo-report", dependencies: ["Report", "ChiboCore"]),
        .executableTarget(name: "chibo-sample", dependencies: ["SampleData", "ChiboCore"]),
        .executableTarget(name: "chibo-bench", dependencies: ["CSV", "ChiboCore", "OfficeReports", "OfficeOpenXML"]),
        // libFuzzer target over the CSV reader and decoders (`make fuzz`); an ordinary
        // build replays a corpus instead.
        .executableTarget(name: "chibo-fuzz", dependencies: ["CSV", "Ingest"]),
        // The fixture and snapshot helpers every end-to-end suite uses, and for the Office
        // tests an independent ZIP reader and inflater, an XML check and LibreOffice headless.
        .target(name: "ChiboTestSupport", path: "Tests/ChiboTestSupport"),
        .testTarget(name: "ChiboTestSupportTests", dependencies: ["ChiboTestSupport"]),
        .testTarget(name: "CSVTests", dependencies: ["CSV"]),
        .testTarget(name: "OfficeOpenXMLTests", dependencies: ["OfficeOpenXML", "ChiboTestSupport"]),
        .testTarget(
            name: "OfficeReportsTests", dependencies: ["OfficeReports", "OfficeOpenXML", "ChiboTestSupport"]),
        .testTarget(name: "ChiboCoreTests", dependencies: ["ChiboCore"]),
        .testTarget(name: "HTMLDocumentTests", dependencies: ["HTMLDocument"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "CSV", "ChiboCore", "ChiboTestSupport"]),
        .testTarget(name: "IndicatorsTests", dependencies: ["Indicators", "CSV", "ChiboCore"]),
        .testTarget(
            name: "ReportTests", dependencies: ["Report", "CSV", "ChiboCore", "ChiboTestSupport", "HTMLDocument"]),
        .testTarget(name: "SampleDataTests", dependencies: ["SampleData", "CSV", "ChiboCore"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["Ingest", "Indicators", "Report", "SampleData", "ChiboCore", "ChiboTestSupport"],
            resources: []
        ),
        // The export templates staff fill in (`make templates`), read from ingest's schema,
        // and the generated parts of HUONG-DAN.md.
        .target(name: "Templates", dependencies: ["CSV", "ChiboCore", "Ingest", "OfficeOpenXML"]),
        .executableTarget(name: "chibo-templates", dependencies: ["Templates", "ChiboCore"]),
        .testTarget(
            name: "TemplatesTests",
            dependencies: ["Templates", "Ingest", "CSV", "ChiboCore", "OfficeOpenXML", "ChiboTestSupport"]),
    ]
)
