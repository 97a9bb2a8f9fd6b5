// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "rmlint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rmlint", targets: ["rmlint"]),
        .library(name: "RMLintKit", targets: ["RMLintKit"]),
        .plugin(name: "RMLintCommand", targets: ["RMLintCommand"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2")
    ],
    targets: [
        .systemLibrary(
            name: "CLibGit2",
            path: "Sources/CLibGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        .systemLibrary(
            name: "CLibYAML",
            path: "Sources/CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // The model, front-matter decoding, configuration, the roadmap graph and loading: no git, no rules.
        .target(
            name: "RMLintCore",
            dependencies: ["CLibYAML"]
        ),
        // The rules, their registry and the engine that runs them.
        .target(
            name: "RMLintRules",
            dependencies: ["RMLintCore"]
        ),
        // A thin layer over libgit2: repositories, the index, trees, history.
        .target(
            name: "RMLintGit",
            dependencies: ["RMLintCore", "CLibGit2"]
        ),
        // The features (lint, diff, history, export, setup) with their outputs: the public API.
        .target(
            name: "RMLintKit",
            dependencies: ["RMLintCore", "RMLintRules", "RMLintGit"]
        ),
        .executableTarget(
            name: "rmlint",
            dependencies: [
                "RMLintCore",
                "RMLintRules",
                "RMLintGit",
                "RMLintKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "rmlint-generate",
            dependencies: ["RMLintRules"]
        ),
        .executableTarget(
            name: "rmlint-incremental-benchmark",
            dependencies: ["RMLintCore", "RMLintRules", "RMLintKit"],
            path: "Benchmarks/IncrementalBenchmark"
        ),
        .executableTarget(
            name: "rmlint-lsp-benchmark",
            dependencies: ["RMLintCore", "RMLintKit"],
            path: "Benchmarks/LSPBenchmark"
        ),
        .executableTarget(
            name: "rmlint-parser-benchmark",
            dependencies: ["RMLintCore", "RMLintRules"],
            path: "Benchmarks/ParserBenchmark"
        ),
        .plugin(
            name: "RMLintCommand",
            capability: .command(
                intent: .custom(verb: "rmlint", description: "Lint the package's roadmap with rmlint"),
                permissions: []
            ),
            dependencies: ["rmlint"]
        ),
        .testTarget(
            name: "RMLintKitTests",
            dependencies: ["RMLintCore", "RMLintRules", "RMLintGit", "RMLintKit"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
