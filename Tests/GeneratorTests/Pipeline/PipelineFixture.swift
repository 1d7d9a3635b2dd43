import Foundation
import GeneratorPipeline

/// Paths of this package and of the test fixtures, found from this file's location.
enum PipelineFixture {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    .path

  /// The seed's OpenAPI YAML as published: opaque ids where seven property schemas belong.
  static var seedSpec: String {
    get throws { try String(contentsOfFile: fixtures + "/seed-update-stream.yaml", encoding: .utf8) }
  }

  /// A small valid OpenAPI document.
  static let validSpec = """
    openapi: 3.1.0
    info: {title: Tiny, version: "1"}
    paths: {}
    components:
      schemas:
        thing:
          type: object
          properties:
            name: {type: string}
    """

  /// Writes `specgen.yaml` listing `targets` (spec, output, module) into `folder`.
  static func writeConfig(in folder: ScratchFolder, targets: [(spec: String, output: String, module: String)]) throws {
    var text = "targets:\n"
    for target in targets {
      text += "  - spec: \(target.spec)\n    output: \(target.output)\n    module: \(target.module)\n"
    }
    try folder.write("specgen.yaml", text)
  }
}
