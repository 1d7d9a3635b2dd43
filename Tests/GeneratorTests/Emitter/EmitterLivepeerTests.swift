import Foundation
import OpenAPIFrontEnd
import SchemaIR
import SpecReader
import SwiftEmitter
import Testing

/// The full Livepeer spec (`specs/livepeer/openapi.yaml`), translated and emitted, compiles.
@Suite struct EmitterLivepeerTests {
  static let livepeerSpecs = EmitterFixture.packageRoot.appendingPathComponent("specs/livepeer")

  @Test func fullLivepeerSpecTypechecks() throws {
    let module = try OpenAPITranslator.translate(
      path: "openapi.yaml", loader: DocumentLoader(root: Self.livepeerSpecs.path)
    ).module
    let emitStart = ContinuousClock.now
    let files = SwiftEmitter(options: EmitterOptions(moduleName: "Livepeer")).emit(module)
    let emitTime = ContinuousClock.now - emitStart
    let lines = files.reduce(0) { $0 + $1.contents.split(separator: "\n", omittingEmptySubsequences: false).count - 1 }
    if let dump = ProcessInfo.processInfo.environment["SPECGEN_DUMP_EMITTED"] {
      for file in files { try file.contents.write(toFile: dump + "/" + file.path, atomically: true, encoding: .utf8) }
    }
    let start = ContinuousClock.now
    let result = try EmitterFixture.typecheck(files, moduleName: "Livepeer")
    let elapsed = ContinuousClock.now - start
    print(
      "Livepeer: \(module.declarations.count) declarations, \(files.count) files, \(lines) lines, emit \(emitTime), typecheck \(elapsed)"
    )
    #expect(files.count > 50)
    #expect(result.status == 0, "\(result.output.prefix(8000))")
    let lint = try EmitterFixture.lint(files)
    #expect(lint.status == 0 && lint.output.isEmpty, "\(lint.output.prefix(8000))")
  }
}
