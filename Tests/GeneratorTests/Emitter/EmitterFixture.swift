import Foundation
import SchemaIR
import SwiftEmitter

/// Builds IR for emitter tests, emits it, and type-checks the output with the real compiler.
enum EmitterFixture {
  static func object(
    _ id: String, parent: String? = nil, name: String? = nil, _ fields: [Field],
    additional: ObjectType.AdditionalProperties = .ignored, documentation: Documentation = Documentation()
  ) -> TypeDeclaration {
    TypeDeclaration(
      id: TypeID(id), parent: parent.map(TypeID.init), sourceName: name ?? String(id.split(separator: "/").last ?? ""),
      kind: .object(ObjectType(fields: fields, additionalProperties: additional)), documentation: documentation)
  }

  /// `declaration` as the Lexicon front end places a top-level name: the dotted path's segments but the
  /// last are its namespace (`place.stream.defs.event` is `event` in `["place", "stream", "defs"]`).
  static func namespaced(_ declaration: TypeDeclaration) -> TypeDeclaration {
    guard declaration.parent == nil else { return declaration }
    var segments = declaration.sourceName.split(separator: ".").map(String.init)
    var placed = declaration
    placed.sourceName = segments.removeLast()
    placed.namespace = segments
    return placed
  }

  static func declaration(
    _ id: String, parent: String? = nil, name: String? = nil, _ kind: TypeDeclaration.Kind,
    documentation: Documentation = Documentation()
  ) -> TypeDeclaration {
    TypeDeclaration(
      id: TypeID(id), parent: parent.map(TypeID.init), sourceName: name ?? String(id.split(separator: "/").last ?? ""),
      kind: kind, documentation: documentation)
  }

  static func named(_ id: String) -> TypeReference { .named(TypeID(id)) }

  static func emit(_ declarations: [TypeDeclaration], access: EmitterOptions.AccessLevel = .public) -> [EmittedFile] {
    SwiftEmitter(options: EmitterOptions(moduleName: "Models", accessLevel: access))
      .emit(SchemaModule(declarations: declarations))
  }

  /// The contents of the file at `path`, or a note saying which files exist.
  static func file(_ path: String, in files: [EmittedFile]) -> String {
    files.first { $0.path == path }?.contents ?? "<no \(path); files: \(files.map(\.path))>"
  }

  /// A module with one of every kind the emitter knows, used by the type-check test.
  static let everyKind: [TypeDeclaration] = [
    object(
      "#/components/schemas/stream-patch-payload",
      [
        Field(jsonName: "name", type: .primitive(.string), documentation: Documentation(description: "The name.")),
        Field(jsonName: "playbackPolicy", type: named("#/components/schemas/playback-policy"), isNullable: true),
        Field(jsonName: "fps_den", type: .primitive(.integer(format: "int32")), isRequired: true),
        Field(jsonName: "default", type: .primitive(.boolean)),
        Field(jsonName: "created", type: .primitive(.string(format: "date-time"))),
        Field(jsonName: "tags", type: .map(.array(.primitive(.number(format: nil))))),
        Field(jsonName: "kind", type: .primitive(.string), documentation: Documentation(isDeprecated: true)),
        Field(jsonName: "required-null", type: .primitive(.string), isRequired: true, isNullable: true),
        Field(jsonName: "multistream", type: named("#/components/schemas/stream-patch-payload/properties/multistream")),
        Field(jsonName: "old", type: named("#/components/schemas/old-thing")),
        Field(jsonName: "anything", type: .any),
      ]),
    object(
      "#/components/schemas/stream-patch-payload/properties/multistream",
      parent: "#/components/schemas/stream-patch-payload",
      name: "multistream", [Field(jsonName: "targets", type: .array(.primitive(.string)))]),
    declaration(
      "#/components/schemas/playback-policy",
      .enumeration(
        EnumerationType(
          rawType: .string,
          cases: [.init(value: .string("public")), .init(value: .string("MP4")), .init(value: .string("jwt"))],
          isOpen: true))),
    declaration(
      "#/components/schemas/level",
      .enumeration(
        EnumerationType(
          rawType: .integer, cases: [.init(value: .integer(1)), .init(value: .integer(-2))], isOpen: false))),
    declaration(
      "#/components/schemas/resolution",
      .enumeration(
        EnumerationType(
          rawType: .string, cases: [.init(value: .string("1080p")), .init(value: .string("720p"))], isOpen: false))),
    declaration(
      "#/components/schemas/open-level",
      .enumeration(EnumerationType(rawType: .integer, cases: [.init(value: .integer(7))], isOpen: true))),
    declaration(
      "#/components/schemas/pet",
      .union(
        UnionType(
          variants: [
            .init(sourceName: "cat", type: named("#/components/schemas/cat"), tags: ["Cat", "kitty"]),
            .init(sourceName: "dog", type: named("#/components/schemas/dog")),
          ], discriminator: "petType", isOpen: true))),
    declaration(
      "#/components/schemas/strict-pet",
      .union(
        UnionType(
          variants: [
            .init(sourceName: "cat", type: named("#/components/schemas/cat")),
            .init(sourceName: "dog", type: named("#/components/schemas/dog")),
          ], discriminator: "petType", isOpen: false))),
    declaration(
      "#/components/schemas/creator-id",
      .union(
        UnionType(variants: [
          .init(sourceName: "string", type: .primitive(.string)),
          .init(sourceName: "cat", type: named("#/components/schemas/cat")),
        ]))),
    object("#/components/schemas/cat", [Field(jsonName: "petType", type: .primitive(.string), isRequired: true)]),
    object("#/components/schemas/dog", [Field(jsonName: "petType", type: .primitive(.string), isRequired: true)]),
    declaration("#/components/schemas/user-id", .alias(.primitive(.string(format: "uuid")))),
    object(
      "#/components/schemas/node",
      [
        Field(jsonName: "parent", type: named("#/components/schemas/node")),
        Field(jsonName: "children", type: .array(named("#/components/schemas/node"))),
        Field(jsonName: "partner", type: named("#/components/schemas/partner")),
      ]),
    object("#/components/schemas/partner", [Field(jsonName: "node", type: named("#/components/schemas/node"))]),
    declaration(
      "#/components/schemas/expression",
      .union(
        UnionType(variants: [
          .init(sourceName: "number", type: .primitive(.number(format: nil))),
          .init(sourceName: "sum", type: named("#/components/schemas/sum")),
        ]))),
    object(
      "#/components/schemas/sum",
      [
        Field(jsonName: "left", type: named("#/components/schemas/expression"), isRequired: true),
        Field(jsonName: "right", type: named("#/components/schemas/expression"), isRequired: true),
      ]),
    object(
      "#/components/schemas/old-thing", [Field(jsonName: "a", type: .primitive(.string))],
      documentation: Documentation(description: "Old.", isDeprecated: true)),
    object(
      "#/components/schemas/labels", [Field(jsonName: "id", type: .primitive(.string), isRequired: true)],
      additional: .kept(.primitive(.string))),
    object("#/components/schemas/error", [Field(jsonName: "errors", type: .array(.primitive(.string)))]),
    object("#/components/schemas/empty", []),
  ]

  // MARK: Compiling

  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static var swiftc: String {
    let candidates = ["/opt/swift/usr/bin/swiftc", "/usr/bin/swiftc"]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? "swiftc"
  }

  /// Output of one process run.
  struct ProcessResult {
    var status: Int32
    var output: String
  }

  static func run(_ executable: String, _ arguments: [String]) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable.hasPrefix("/") ? executable : "/usr/bin/env")
    process.arguments = executable.hasPrefix("/") ? arguments : [executable] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
  }

  /// A temporary folder holding `SpecgenRuntime.swiftmodule`, built once per test process.
  static let runtimeModuleFolder: Result<URL, any Error> = Result {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-runtime-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let sources = try runtimeSources()
    let result = try run(
      swiftc,
      ["-emit-module", "-module-name", "SpecgenRuntime", "-parse-as-library", "-swift-version", "6"] + sources + [
        "-I", try dependencyBuild().modules.path,
        "-emit-module-path", folder.appendingPathComponent("SpecgenRuntime.swiftmodule").path,
      ])
    guard result.status == 0 else { throw FixtureError(message: "runtime module failed:\n" + result.output) }
    return folder
  }

  struct FixtureError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  /// Writes `files` to a new folder and type-checks them as one Swift 6 module, warnings as errors.
  static func typecheck(_ files: [EmittedFile], moduleName: String = "Models") throws -> ProcessResult {
    let runtime = try runtimeModuleFolder.get()
    return try withFiles(files) { paths in
      try run(
        swiftc,
        [
          "-typecheck", "-wmo", "-swift-version", "6", "-warnings-as-errors", "-parse-as-library", "-module-name",
          moduleName, "-package-name", moduleName, "-I", runtime.path, "-I", try dependencyBuild().modules.path,
        ] + paths)
    }
  }

  /// Runs `swift format lint --strict` with the repository's configuration over `files`.
  static func lint(_ files: [EmittedFile]) throws -> ProcessResult {
    let swift = URL(fileURLWithPath: swiftc).deletingLastPathComponent().appendingPathComponent("swift").path
    let configuration = packageRoot.appendingPathComponent(".swift-format").path
    return try withFiles(files) { paths in
      try run(swift, ["format", "lint", "--strict", "--configuration", configuration] + paths)
    }
  }

  private static func withFiles(_ files: [EmittedFile], _ body: ([String]) throws -> ProcessResult) throws
    -> ProcessResult
  {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-emitted-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var paths: [String] = []
    for file in files {
      let url = folder.appendingPathComponent(file.path)
      try file.contents.write(to: url, atomically: true, encoding: .utf8)
      paths.append(url.path)
    }
    return try body(paths)
  }

  /// A folder holding the runtime built as a shared library with its module, built once per test process.
  static let runtimeLibraryFolder: Result<URL, any Error> = Result {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "specgen-runtime-lib-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    #if os(macOS)
      let library = "libSpecgenRuntime.dylib"
    #else
      let library = "libSpecgenRuntime.so"
    #endif
    // The runtime's dependencies, swift-http-types and JSONText, are linked in from the objects `swift build` made.
    let dependencies = try dependencyBuild()
    let result = try run(
      swiftc,
      ["-emit-library", "-module-name", "SpecgenRuntime", "-parse-as-library", "-swift-version", "6"] + runtimeSources()
        + dependencies.objects + [
          "-I", dependencies.modules.path,
          "-emit-module", "-emit-module-path", folder.appendingPathComponent("SpecgenRuntime.swiftmodule").path,
          "-o", folder.appendingPathComponent(library).path,
        ])
    guard result.status == 0 else { throw FixtureError(message: "runtime library failed:\n" + result.output) }
    return folder
  }

  /// Where `swift build` put the runtime's dependencies (swift-http-types' `HTTPTypes`, and `JSONText`)
  /// for this test process: the module folder and their object files. The build folder is the one holding the running
  /// test binary, else the package's `.build/debug`.
  static func dependencyBuild() throws -> (modules: URL, objects: [String]) {
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
      packageRoot.appendingPathComponent(".build/debug"),
    ]
    let manager = FileManager.default
    guard
      let build = candidates.first(where: {
        manager.fileExists(atPath: $0.appendingPathComponent("Modules/HTTPTypes.swiftmodule").path)
      })
    else { throw FixtureError(message: "HTTPTypes is not built: run `swift build --build-tests` first") }
    var objects: [String] = []
    for module in ["HTTPTypes", "JSONText"] {
      let objectFolder = build.appendingPathComponent(module + ".build")
      objects += try manager.contentsOfDirectory(atPath: objectFolder.path).filter { $0.hasSuffix(".o") }.sorted().map {
        objectFolder.appendingPathComponent($0).path
      }
    }
    return (build.appendingPathComponent("Modules"), objects)
  }

  /// Every source below `Sources/SpecgenRuntime`, subfolders (such as `Validation/`) included.
  static func runtimeSources() throws -> [String] {
    let folder = packageRoot.appendingPathComponent("Sources/SpecgenRuntime")
    let found = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects ?? []
    return found.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.map(\.path).sorted()
  }

  /// Compiles `files` with `main` (top-level code) into an executable linked to the runtime, runs it and
  /// returns what it printed.
  static func compileAndRun(_ files: [EmittedFile], main: String) throws -> ProcessResult {
    let runtime = try runtimeLibraryFolder.get()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var paths: [String] = []
    for file in files + [EmittedFile(path: "main.swift", contents: main)] {
      let url = folder.appendingPathComponent(file.path)
      try file.contents.write(to: url, atomically: true, encoding: .utf8)
      paths.append(url.path)
    }
    let executable = folder.appendingPathComponent("program").path
    let build = try run(
      swiftc,
      [
        "-swift-version", "6", "-module-name", "Models", "-I", runtime.path, "-I", try dependencyBuild().modules.path,
        "-L", runtime.path, "-lSpecgenRuntime",
        "-Xlinker", "-rpath", "-Xlinker", runtime.path, "-o", executable,
      ] + paths)
    guard build.status == 0 else { return build }
    return try run(executable, [])
  }
}
