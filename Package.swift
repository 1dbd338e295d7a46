// swift-tools-version: 6.1
import PackageDescription

/// Settings shared by every target, so the whole package is held to one standard.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Clasp",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "clasp", targets: ["clasp"]),
        .library(name: "ClaspPlan", targets: ["ClaspPlan"]),
        .executable(name: "clasp-bench", targets: ["ClaspBench"]),
        .executable(name: "clasp-fuzz", targets: ["ClaspFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.100.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        // Git's commit-message trailers, read and written byte for byte as git does. No
        // dependencies, so the fuzzing build (clasp-fuzz) needs neither libgit2 nor BoringSSL.
        .target(name: "ClaspTrailers", swiftSettings: swiftSettings),
        // libcurl loaded with dlopen on the first request, never linked: a `clasp` that sends no
        // request loads none of libcurl's libraries. Compiled against libcurl's headers (libcurl4-openssl-dev).
        .target(
            name: "CClaspCurl",
            linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]
        ),
        // The HTTP client of remote mode and the webhook, over CClaspCurl.
        .target(name: "ClaspHTTP", dependencies: ["CClaspCurl"], swiftSettings: swiftSettings),
        .target(
            name: "ClaspGit",
            dependencies: ["CLibGit2", "ClaspTrailers", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ClaspSpec",
            dependencies: [.product(name: "Yams", package: "Yams")],
            exclude: ["Diff/JSON-SHAPE.md"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ClaspPlan",
            dependencies: ["ClaspGit", "ClaspSpec", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [
                .embedInCode("Resources/Workflows/default.yaml"),
                .embedInCode("Resources/Workflows/governance.yaml"),
            ],
            swiftSettings: swiftSettings
        ),
        // The read and report model both faces answer from, and its renderings to text, JSON,
        // Markdown and published HTML. No HTTP and no argument parsing: the CLI links it without
        // the web server, and the server without ArgumentParser.
        .target(
            name: "ClaspQueries",
            dependencies: ["ClaspPlan", "ClaspSpec"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ClaspServer",
            dependencies: [
                "ClaspPlan", "ClaspSpec", "ClaspQueries", "ClaspHTTP",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            resources: [.embedInCode("Resources/openapi.yaml")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ClaspCLI",
            dependencies: [
                "ClaspPlan", "ClaspSpec", "ClaspQueries", "ClaspHTTP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources/Repo")],
            swiftSettings: swiftSettings
        ),
        // `clasp serve` and `clasp accounts`: the server's administration, kept out of ClaspCLI
        // so the plan commands never link the web server.
        .target(
            name: "ClaspServeCommands",
            dependencies: [
                "ClaspCLI", "ClaspPlan", "ClaspSpec", "ClaspServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "clasp",
            dependencies: ["ClaspCLI", "ClaspServeCommands", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "ClaspBench",
            dependencies: ["ClaspPlan", "ClaspGit", "ClaspSpec"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(name: "ClaspFuzz", dependencies: ["ClaspTrailers", "ClaspSpec"], swiftSettings: swiftSettings),
        .target(name: "ClaspTestSupport", dependencies: ["ClaspPlan"], path: "Tests/ClaspTestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "ClaspGitTests", dependencies: ["ClaspGit", "ClaspTrailers"], swiftSettings: swiftSettings),
        .testTarget(name: "ClaspHTTPTests", dependencies: ["ClaspHTTP", "ClaspTestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ClaspSpecTests",
            dependencies: ["ClaspSpec", "ClaspTestSupport"],
            exclude: ["Snapshots"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ClaspPlanTests",
            dependencies: ["ClaspPlan", "ClaspGit", "ClaspTestSupport"],
            exclude: ["Lineage/Snapshots"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ClaspCLITests",
            dependencies: ["ClaspCLI", "ClaspServeCommands", "ClaspPlan", "ClaspSpec", "ClaspTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        // Reads the sources and the manifest: the faces stay apart (see TargetBoundaryTests).
        .testTarget(name: "ClaspArchitectureTests", dependencies: ["ClaspTestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ClaspServerTests",
            dependencies: [
                "ClaspServer", "ClaspPlan", "ClaspSpec", "ClaspQueries", "ClaspTestSupport",
                // Not HummingbirdTesting: it links AsyncHTTPClient and swift-nio-ssl (see TestServer).
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
