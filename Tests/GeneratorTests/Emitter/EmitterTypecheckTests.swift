import Foundation
import SchemaIR
import SwiftEmitter
import Testing

@Suite struct EmitterTypecheckTests {
  @Test func everyKindTypechecksWithoutWarnings() throws {
    let files = EmitterFixture.emit(EmitterFixture.everyKind)
    if let dump = ProcessInfo.processInfo.environment["SPECGEN_DUMP_EMITTED"] {
      for file in files { try file.contents.write(toFile: dump + "/" + file.path, atomically: true, encoding: .utf8) }
    }
    let result = try EmitterFixture.typecheck(files)
    #expect(result.status == 0, "\(result.output)")
  }

  @Test func everyKindPassesSwiftFormatLint() throws {
    let result = try EmitterFixture.lint(EmitterFixture.emit(EmitterFixture.everyKind))
    #expect(result.status == 0 && result.output.isEmpty, "\(result.output)")
  }
}
