// swift-tools-version: 6.0
// The libFuzzer targets of BeianKit. Not part of the main build: `bash scripts/fuzz` builds this
// package with `-sanitize=fuzzer,address` and runs the targets (see README.md, "Fuzzing").
import PackageDescription

/// One executable per fuzz target, linked with libFuzzer and AddressSanitizer.
///
/// BeianKit and its dependencies get AddressSanitizer and libFuzzer's coverage instrumentation
/// from the command line (`-Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=…`, see
/// scripts/fuzz) rather than `-sanitize=fuzzer`, and the targets have a `main` that hands over to
/// libFuzzer (FuzzDriver): `-sanitize=fuzzer` on the whole build would compile every executable
/// as a library, and the EmbedTemplates plugin's build tool is a script-style `main.swift`.
func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzDriver"],
        linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
    )
}

let package = Package(
    name: "beian-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "beian", path: ".."),
    ],
    targets: [
        .target(name: "FuzzBodies", dependencies: [.product(name: "BeianKit", package: "beian")]),
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzDriver", dependencies: ["FuzzBodies", "CLibFuzzer"]),
        fuzzTarget("FuzzFilingNumber"),
        fuzzTarget("FuzzMobileNumber"),
        fuzzTarget("FuzzJSONRecord"),
        fuzzTarget("FuzzCSVFile"),
        fuzzTarget("FuzzTemplate"),
    ],
    swiftLanguageModes: [.v6]
)
