// swift-tools-version:6.0
import Foundation
import PackageDescription

/// `DOSSIER_FUZZ=PATH` (set by Tests/Fuzz/fuzz.sh to libFuzzer's `fuzzer_no_main` library)
/// builds the library and the fuzz target with libFuzzer's coverage and AddressSanitizer,
/// and links the driver; the build tools stay as they are.
let fuzzDriver = ProcessInfo.processInfo.environment["DOSSIER_FUZZ"]
let fuzzFlags: [SwiftSetting] = fuzzDriver == nil ? [] : [.unsafeFlags(["-sanitize=fuzzer,address"]), .define("FUZZING")]
let fuzzLinking: [LinkerSetting] = fuzzDriver.map { [.unsafeFlags(["-sanitize=address", "-Xlinker", $0, "-lstdc++"])] } ?? []

let package = Package(
    name: "Dossier",
    products: [
        .library(name: "Dossier", targets: ["Dossier"]),
        .executable(name: "dossier", targets: ["DossierCLI"]),
    ],
    dependencies: [
        // The command line: subcommands, options, validation and help text.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SHA-256 of every input file (document identity in the output contract).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Rule packs are YAML: a parser that keeps line and column for validation errors.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite3",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "Dossier",
            dependencies: [
                "CPCRE2",
                "CLibXML2",
                "CSQLite3",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Report/Assets"],
            swiftSettings: fuzzFlags,
            plugins: ["EmbedFiles"]
        ),
        .executableTarget(name: "FileEmbedder"),
        .plugin(
            name: "EmbedFiles",
            capability: .buildTool(),
            dependencies: ["FileEmbedder"],
            path: "Sources/EmbedFiles"
        ),
        .executableTarget(
            name: "DossierCLI",
            dependencies: [
                "Dossier",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "DossierBenchmark",
            dependencies: ["Dossier"],
            exclude: ["Peers", "scale.sh"]
        ),
        // Writes a synthetic corpus of any size in every layout, with its gold truth, for
        // the scale benchmark (Sources/DossierCorpus/README.md).
        .executableTarget(name: "DossierCorpus", exclude: ["README.md"]),
        // libFuzzer target over load, normalize and extract (Tests/Fuzz/fuzz.sh builds it
        // with DOSSIER_FUZZ set); a plain build replays saved inputs.
        .executableTarget(
            name: "DossierFuzz",
            dependencies: ["Dossier"],
            swiftSettings: fuzzFlags,
            linkerSettings: fuzzLinking
        ),
        .testTarget(
            name: "DossierTests",
            dependencies: ["Dossier", "CSQLite3"],
            exclude: ["Golden"]
        ),
    ]
)
