// swift-tools-version:6.0
import PackageDescription

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
        // Shared by every stage: diagnostics, calendar days, atomic output, exit codes.
        .target(name: "ChiboCore", dependencies: ["CSV"]),
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
