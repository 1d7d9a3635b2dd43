// swift-tools-version: 6.1
import PackageDescription

/// specgen: OpenAPI and AT Protocol Lexicon documents in, Swift sources out.
///
/// The pipeline runs one way: `SpecReader` → `SchemaIR` → front ends (on `FrontEndSupport`) → `SwiftEmitter` →
/// `OutputWriter`; `GeneratorPipeline` wires the stages together for the `specgen` CLI and
/// the tests. See docs/ARCHITECTURE.md.
let package = Package(
  name: "specgen",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "specgen", targets: ["specgen"]),
    .library(name: "SpecgenRuntime", targets: ["SpecgenRuntime"]),
    .library(name: "SpecgenOpenAPITransport", targets: ["SpecgenOpenAPITransport"]),
    .library(name: "SpecgenWebSocketTransport", targets: ["SpecgenWebSocketTransport"]),
    .library(name: "Livepeer", targets: ["Livepeer"]),
    .library(name: "Mux", targets: ["Mux"]),
    .library(name: "APIVideo", targets: ["APIVideo"]),
    .library(name: "PlaceStream", targets: ["PlaceStream"]),
    .library(name: "YouTube", targets: ["YouTube"]),
  ],
  // `WebSockets` builds `NIOWebSocketTransport` (SwiftNIO, through swift-websocket). Off by default, so
  // building this package and SDKs that only need HTTP compile no SwiftNIO; an app that reads XRPC
  // subscriptions on Linux enables it (`traits: ["WebSockets"]`).
  traits: [.trait(name: "WebSockets", description: "NIOWebSocketTransport in SpecgenWebSocketTransport")],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.0.0"),
    .package(url: "https://github.com/hummingbird-project/swift-websocket", from: "1.6.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.4.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]
    ),
    .target(name: "SpecgenDiagnostics"),
    // Threads of specgen's own that translation, rendering, folder reading and writing share.
    .target(name: "WorkerThreads"),
    // The bytes of a JSON text (well-formed UTF-8, one-character escapes) as both JSON readers take them:
    // the generator's and the runtime's.
    .target(name: "JSONText"),
    // What a path names and what a folder holds, through POSIX calls (no Foundation).
    .target(name: "FileSystem"),
    .target(
      name: "SpecReader", dependencies: ["CYAML", "SpecgenDiagnostics", "JSONText", "WorkerThreads", "FileSystem"]),
    .target(name: "SchemaIR", dependencies: ["SpecgenDiagnostics"]),
    // What the three front ends share: located nodes, literal conversion, type uses, the warning sink
    // and the nesting guard.
    .target(name: "FrontEndSupport", dependencies: ["SpecReader", "SchemaIR", "SpecgenDiagnostics"]),
    .target(
      name: "OpenAPIFrontEnd", dependencies: ["SpecReader", "SchemaIR", "SpecgenDiagnostics", "FrontEndSupport"]),
    .target(
      name: "LexiconFrontEnd",
      dependencies: ["SpecReader", "SchemaIR", "SpecgenDiagnostics", "FrontEndSupport", "FileSystem", "WorkerThreads"]),
    .target(
      name: "DiscoveryFrontEnd",
      dependencies: ["SpecReader", "SchemaIR", "SpecgenDiagnostics", "FrontEndSupport", "WorkerThreads"]),
    .target(name: "SwiftEmitter", dependencies: ["SchemaIR", "WorkerThreads", "JSONText"]),
    .target(name: "OutputWriter", dependencies: ["SpecgenDiagnostics", "WorkerThreads", "FileSystem"]),
    .target(
      name: "GeneratorPipeline",
      dependencies: [
        "SpecReader", "SchemaIR", "OpenAPIFrontEnd", "LexiconFrontEnd", "SwiftEmitter", "OutputWriter",
        "SpecgenDiagnostics", "DiscoveryFrontEnd", "WorkerThreads", "FileSystem",
      ]
    ),
    // `mallopt`, for the command-line tool's heap (see `ProcessMemory`).
    .target(name: "CGlibcMalloc"),
    .executableTarget(
      name: "specgen",
      dependencies: [
        "GeneratorPipeline", "SpecgenDiagnostics", "CGlibcMalloc", "FileSystem", "WorkerThreads",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(
      name: "SpecgenRuntime", dependencies: ["JSONText", .product(name: "HTTPTypes", package: "swift-http-types")]),
    // Carries generated clients over any swift-openapi-runtime `ClientTransport` (URLSession,
    // AsyncHTTPClient, ...) and its middlewares. A product of its own, so a generated module and its
    // users depend on swift-openapi-runtime only when they choose this.
    .target(
      name: "SpecgenOpenAPITransport",
      dependencies: [
        "SpecgenRuntime", .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
      ]
    ),
    // A WebSocket transport for XRPC subscriptions on every platform; empty unless the `WebSockets`
    // trait is enabled, so that its dependencies are built only by those who use it.
    .target(
      name: "SpecgenWebSocketTransport",
      dependencies: [
        "SpecgenRuntime", .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "WSClient", package: "swift-websocket", condition: .when(traits: ["WebSockets"])),
        .product(name: "Logging", package: "swift-log", condition: .when(traits: ["WebSockets"])),
      ]
    ),
    .target(name: "Livepeer", dependencies: ["SpecgenRuntime"], path: "Generated/Livepeer"),
    .target(name: "Mux", dependencies: ["SpecgenRuntime"], path: "Generated/Mux"),
    .target(name: "APIVideo", dependencies: ["SpecgenRuntime"], path: "Generated/APIVideo"),
    .target(name: "PlaceStream", dependencies: ["SpecgenRuntime"], path: "Generated/PlaceStream"),
    .target(name: "YouTube", dependencies: ["SpecgenRuntime"], path: "Generated/YouTube"),
    .testTarget(name: "SpecReaderTests", dependencies: ["SpecReader", "WorkerThreads"]),
    .testTarget(
      name: "SpecgenRuntimeTests",
      dependencies: [
        "SpecgenRuntime", "SpecgenOpenAPITransport", .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
      ]),
    .testTarget(
      name: "GeneratorTests",
      dependencies: [
        "GeneratorPipeline", "OpenAPIFrontEnd", "LexiconFrontEnd", "SwiftEmitter", "SchemaIR", "SpecReader",
        "OutputWriter", "SpecgenDiagnostics", "DiscoveryFrontEnd", "FrontEndSupport", "WorkerThreads",
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ],
      // Spec fixtures and the bad-input corpus are read from the source tree by path, not bundled.
      exclude: ["Pipeline/Fixtures", "BadInput/Corpus"]
    ),
    .testTarget(
      name: "GeneratedCodeTests",
      dependencies: [
        "Livepeer", "Mux", "APIVideo", "PlaceStream", "YouTube", "SpecgenRuntime", "SpecReader",
        "SpecgenOpenAPITransport", .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
      ]),
  ],
  swiftLanguageModes: [.v6]
)
