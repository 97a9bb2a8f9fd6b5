// swift-tools-version: 6.0
// libFuzzer targets for rmlint. Build and run with Fuzz/run.sh (it passes -sanitize=fuzzer,address).
import PackageDescription

let package = Package(
    name: "rmlint-fuzz",
    dependencies: [.package(name: "rmlint", path: "..")],
    targets: [
        .executableTarget(name: "FrontMatterFuzzer", dependencies: [.product(name: "RMLintKit", package: "rmlint")]),
        .executableTarget(name: "LintFuzzer", dependencies: [.product(name: "RMLintKit", package: "rmlint")]),
        .executableTarget(name: "ConfigurationFuzzer", dependencies: [.product(name: "RMLintKit", package: "rmlint")]),
    ],
    swiftLanguageModes: [.v6]
)
