// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "beian",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "BeianKit", targets: ["BeianKit"]),
        .executable(name: "beian", targets: ["beian"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation --target BeianKit` builds the DocC catalog.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
        // Only for a test: a backend links BeianKit beside swift-crypto without a name clash.
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        // `beian serve`: the HTTP API over BeianKit.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Already in Hummingbird's graph; named for the header names and the access log.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        // `GET /metrics`: Prometheus text from a registry the server owns (no global bootstrap).
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // The engine: every rule, template and writer lives here; no file I/O unless asked.
        .target(
            name: "BeianKit",
            dependencies: ["CLibXML2", "CLibCrypto", "CLibDeflate", "CHarfBuzz"],
            exclude: ["README.md"],
            plugins: ["EmbedTemplates"]
        ),
        // OpenSSL's libcrypto, for the manifest's SHA-256 checksums.
        .systemLibrary(
            name: "CLibCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // libdeflate, which compresses the parts of DOCX packages as Word does and the PDF streams.
        .systemLibrary(
            name: "CLibDeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]
        ),
        // HarfBuzz with hb-subset: the PDF writer's font metrics and the subsets it embeds, so
        // no font parsing or subsetting is written by hand.
        .systemLibrary(
            name: "CHarfBuzz",
            pkgConfig: "harfbuzz-subset",
            providers: [.apt(["libharfbuzz-dev"])]
        ),
        // libxml2, which parses and validates the form markup templates render to. A system
        // library rather than FoundationXML, whose XMLDocument leaks every document on Linux.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The HTTP API (`beian serve`): routes over BeianKit, its OpenAPI document compiled in.
        .target(
            name: "BeianServer",
            dependencies: [
                "BeianKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            exclude: ["OpenAPI", "Page"]
        ),
        // The command-line tool: argument parsing and file I/O over BeianKit, nothing more.
        .executableTarget(
            name: "beian",
            dependencies: [
                "BeianKit",
                "BeianServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Build-time helper that compiles Templates/ into BeianKit, so the library carries its
        // bundled templates wherever it is linked.
        .executableTarget(name: "TemplateEmbedder"),
        .plugin(
            name: "EmbedTemplates",
            capability: .buildTool(),
            dependencies: ["TemplateEmbedder"]
        ),
        // Golden/ holds expected output, read through #filePath rather than bundled.
        .testTarget(name: "BeianKitTests", dependencies: ["BeianKit"], exclude: ["Golden"]),
        // Compiles only while no public BeianKit name is ambiguous beside swift-crypto's (SHA256…).
        .testTarget(
            name: "BeianKitCoexistenceTests",
            dependencies: ["BeianKit", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .testTarget(name: "BeianCLITests", dependencies: ["beian"], exclude: ["Golden", "Support/pdf_glyphs.py", "Support/pdf_fonts.py", "Support/pdf_objects.py"]),
        // Starts the server on a loopback port and calls every route with a real HTTP client;
        // `beian serve` also runs as a process (signals), hence the executable.
        .testTarget(
            name: "BeianServerTests",
            dependencies: [
                "BeianServer",
                "beian",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            // The page's browser test, run by PageTests with python3 and Debian's Chromium.
            exclude: ["Browser", "Schema"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
