// swift-tools-version: 6.0
// libFuzzer targets for rmlint. Build and run with Fuzz/run.sh (it passes -sanitize=fuzzer,address).
import PackageDescription

let package = Package(
    name: "rmlint-fuzz",
    dependencies: [.package(name: "rmlint", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(
            name: "FrontMatterFuzzer", dependencies: ["FuzzSupport", .product(name: "RMLintKit", package: "rmlint")]),
        .executableTarget(
            name: "LintFuzzer", dependencies: ["FuzzSupport", .product(name: "RMLintKit", package: "rmlint")]),
        .executableTarget(
            name: "LanguageServerFuzzer", dependencies: ["FuzzSupport", .product(name: "RMLintKit", package: "rmlint")]),
        .executableTarget(
            name: "ConfigurationFuzzer", dependencies: ["FuzzSupport", .product(name: "RMLintKit", package: "rmlint")]),
    ],
    swiftLanguageModes: [.v6]
)
