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
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
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
        .target(
            name: "RMLintKit",
            dependencies: [
                "CLibGit2",
                "CLibYAML",
            ]
        ),
        .executableTarget(
            name: "rmlint",
            dependencies: [
                "RMLintKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "rmlint-generate",
            dependencies: ["RMLintKit"]
        ),
        .executableTarget(
            name: "rmlint-parser-benchmark",
            dependencies: ["RMLintKit"],
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
            dependencies: ["RMLintKit"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
