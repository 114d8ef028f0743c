// swift-tools-version:6.0
import PackageDescription

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
    ],
    targets: [
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
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
                .product(name: "Crypto", package: "swift-crypto"),
            ]
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
            dependencies: ["Dossier"]
        ),
        .testTarget(
            name: "DossierTests",
            dependencies: ["Dossier"],
            exclude: ["Golden"]
        ),
    ]
)
