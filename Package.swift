// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "tally",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tally", targets: ["tally"]),
        .executable(name: "tally-benchmarks", targets: ["TallyBenchmarks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", exact: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", exact: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", exact: "3.12.3"),
        .package(url: "https://github.com/apple/swift-http-types.git", exact: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", exact: "2.13.0"),
    ],
    targets: [
        // Exact decimal arithmetic shared by the engines: rationals, half-up publishing.
        .target(name: "ExactNumbers"),
        // Seeded, reproducible randomness for draws, random first rounds and recheck samples.
        .target(name: "SeededRandom"),
        // The one diagnostic type (file, line, column, severity, message) and the failures built on it.
        .target(name: "Diagnostics"),
        // Text escaped for XML and HTML, once for every document.
        .target(name: "Markup"),
        // Pure engines: no I/O, no clock, no global randomness.
        .target(name: "SkillsScoring", dependencies: ["Diagnostics", "ExactNumbers", "SeededRandom"]),
        .target(name: "BridgeScoring", dependencies: ["Diagnostics", "SeededRandom"]),
        // Streaming RFC 4180 CSV reading: UTF-8 or GB18030, line numbers, bounded memory.
        .target(name: "CSVReading", dependencies: ["Diagnostics", "ExactNumbers"]),
        // Bridge results interchange: PBN read and write, USEBIO 1.2 export.
        .target(name: "BridgeInterchange", dependencies: ["BridgeScoring", "Diagnostics", "Markup"]),
        // YAML competition definitions → validated, typed definitions with diagnostics.
        .target(name: "CompetitionConfig", dependencies: [
            "Diagnostics", "ExactNumbers", "SkillsScoring", "BridgeScoring",
            .product(name: "Yams", package: "Yams"),
        ]),
        // The values competitions are stored as and handed out in: rows, snapshots, scored trades.
        .target(name: "CompetitionModel", dependencies: [
            "CompetitionConfig", "Diagnostics", "ExactNumbers", "SkillsScoring", "BridgeScoring",
        ]),
        // SQLite through GRDB: typed rows in, typed rows out; no rule, no file, no GRDB type in its API.
        .target(name: "CompetitionStore", dependencies: [
            "CompetitionConfig", "CompetitionModel", "CSVReading", "Diagnostics", "SkillsScoring", "BridgeScoring", "ExactNumbers",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        // What officials do, one method each, for every front end: rules, then the store.
        .target(name: "CompetitionService", dependencies: [
            "BridgeInterchange", "BridgeScoring", "CompetitionConfig", "CompetitionModel", "CompetitionStore", "CSVReading",
            "Diagnostics", "ExactNumbers", "SkillsScoring", "Workbooks",
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Human- and machine-readable outputs.
        .target(name: "Reports", dependencies: [
            "ExactNumbers", "SkillsScoring", "BridgeScoring", "CompetitionConfig", "CompetitionModel", "Markup",
        ]),
        // Excel workbooks: listings written as Office Open XML, imports read from one (decision 0011).
        .target(name: "Workbooks", dependencies: [
            "Reports", "Diagnostics", "Markup",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Printed pages: award certificates (a Mustache template per page) and judges' score sheets, HTML and PDF.
        .target(name: "Printing", dependencies: [
            "BridgeScoring", "CompetitionConfig", "CompetitionModel", "ExactNumbers", "Markup", "Reports", "SkillsScoring",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // `tally serve`: the web front end over the same use cases (web spec).
        .target(name: "TallyWeb", dependencies: [
            "BridgeScoring", "CompetitionConfig", "CompetitionModel", "CompetitionService", "Diagnostics", "ExactNumbers",
            "Printing", "Reports", "SkillsScoring", "Workbooks",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Mustache", package: "swift-mustache"),
        ], resources: [.copy("Resources")]),
        // The command line: parse, call the libraries, print.
        .executableTarget(name: "tally", dependencies: [
            "CompetitionConfig", "CompetitionModel", "CompetitionService", "Reports", "SkillsScoring", "BridgeScoring",
            "Diagnostics", "CSVReading", "Workbooks", "Printing", "TallyWeb",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Engine benchmarks: `swift run -c release tally-benchmarks`.
        .executableTarget(name: "TallyBenchmarks", dependencies: [
            "BridgeScoring", "SkillsScoring", "SeededRandom", "CompetitionConfig", "CompetitionModel", "Reports",
        ],
                          path: "Benchmarks/TallyBenchmarks"),

        .testTarget(name: "ExactNumbersTests", dependencies: ["ExactNumbers", "SeededRandom"]),
        .testTarget(name: "CSVReadingTests", dependencies: ["CSVReading"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "SeededRandomTests", dependencies: ["SeededRandom"]),
        .testTarget(name: "SkillsScoringTests", dependencies: ["SkillsScoring", "ExactNumbers"]),
        .testTarget(name: "BridgeScoringTests", dependencies: ["BridgeScoring", "SeededRandom"]),
        .testTarget(name: "BridgeInterchangeTests", dependencies: ["BridgeInterchange"]),
        .testTarget(name: "CompetitionConfigTests", dependencies: ["CompetitionConfig"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "CompetitionStoreTests", dependencies: [
            "CompetitionStore", "CompetitionModel", "Diagnostics", "BridgeScoring", "ExactNumbers", "SkillsScoring",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "CompetitionServiceTests", dependencies: [
            "CompetitionService", "CompetitionStore", "CompetitionConfig", "CompetitionModel", "Diagnostics", "ExactNumbers",
            "SkillsScoring",
        ]),
        .testTarget(name: "ReportsTests", dependencies: [
            "Reports", "BridgeScoring", "CompetitionConfig", "CompetitionModel", "ExactNumbers", "SkillsScoring",
        ], exclude: ["Golden"]),
        .testTarget(name: "FuzzTests", dependencies: [
            "CompetitionConfig", "CSVReading", "BridgeInterchange", "BridgeScoring", "CompetitionModel", "CompetitionService",
            "CompetitionStore",
            "Diagnostics", "SkillsScoring", "SeededRandom",
        ], exclude: ["Corpus"]),
        .testTarget(name: "TallyCLITests", dependencies: [
            "tally", "CompetitionModel", "CompetitionService", "CompetitionStore", "BridgeScoring", "SeededRandom", "CSVReading",
            "Workbooks",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ],
                    exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "TallyWebTests", dependencies: [
            "TallyWeb", "CompetitionService", "CompetitionConfig", "Reports", "SkillsScoring",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
