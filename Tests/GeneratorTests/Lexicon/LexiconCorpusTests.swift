import Foundation
import LexiconFrontEnd
import SchemaIR
import SpecReader
import SpecgenDiagnostics
import SwiftEmitter
import Testing

/// Reads whole folders of real lexicons: `specs/place.stream` and the seed fixture.
@Suite struct LexiconCorpusTests {
  @Test func translatesTheWholePlaceStreamCorpus() throws {
    let folder = LexiconFixture.corpusFolder
    let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
      .filter { $0.hasSuffix(".json") }
    #expect(files.count == 213)
    let clock = ContinuousClock()
    var result: TranslationResult?
    let elapsed = try clock.measure {
      result = try LexiconTranslator.translate(path: "", loader: DocumentLoader(root: folder.path))
    }
    let module = try #require(result).module
    let warnings = try #require(result).warnings
    print(
      "place.stream corpus: \(files.count) files, \(module.declarations.count) declarations, "
        + "\(module.operations.count) operations, \(warnings.count) warnings, \(elapsed)")
    for warning in warnings { print("  \(warning)") }
    var kinds: [String: Int] = [:]
    for declaration in module.declarations {
      switch declaration.kind {
      case .object: kinds["object", default: 0] += 1
      case .enumeration: kinds["enumeration", default: 0] += 1
      case .union: kinds["union", default: 0] += 1
      case .alias: kinds["alias", default: 0] += 1
      }
    }
    print("  declarations by kind: \(kinds.sorted { $0.key < $1.key })")
    // 52 queries + 50 procedures + 2 subscriptions.
    #expect(module.operations.count == 104)
    #expect(Set(module.declarations.map(\.id)).count == module.declarations.count)
    // The one file whose id disagrees with its path warns; the permission set is its OAuth scope.
    #expect(
      module.enumeration("place.stream.authFull#main")?.cases.map(\.value) == [.string("include:place.stream.authFull")]
    )
    #expect(warnings.contains { $0.message.contains("place.stream.bio.richtextFacet") })
    #expect(warnings.allSatisfy { $0.severity == .warning })
    // Every named type a declaration or operation uses is declared.
    let declared = Set(module.declarations.map(\.id))
    for declaration in module.declarations {
      if let parent = declaration.parent { #expect(declared.contains(parent), "\(declaration.id) parent \(parent)") }
    }
    for id in module.referencedTypeIDs { #expect(declared.contains(id), "\(id) is used but not declared") }
    // No two definitions share a name in one scope (derived names yield to them when named), and no two
    // declarations get the same Swift name.
    var names: [String: TypeID] = [:]
    for declaration in module.declarations where declaration.naming == .given {
      let scope = declaration.parent?.rawValue ?? declaration.namespace.joined(separator: ".").lowercased()
      let key = scope + " " + declaration.sourceName.lowercased()
      #expect(names.updateValue(declaration.id, forKey: key) == nil, "\(declaration.id) reuses \(key)")
    }
    let swiftNames = SwiftEmitter(options: EmitterOptions(moduleName: "PlaceStream")).typeIndex(module)
    #expect(Set(swiftNames.map(\.swiftName)).count == swiftNames.count)
  }

  /// The seed procedure plus the lexicons that make it meaningful, closed under references.
  @Test func translatesTheSeedLexicons() throws {
    let result = try LexiconTranslator.translate(
      path: "", loader: DocumentLoader(root: LexiconFixture.seedFolder.path))
    #expect(result.warnings.isEmpty)
    let module = result.module
    #expect(
      module.declarations.map(\.id.rawValue) == [
        "com.atproto.repo.strongRef#main", "place.stream.livestream#main",
        "place.stream.livestream#notificationSettings", "place.stream.livestream#streamer",
        "place.stream.livestream#livestreamView", "place.stream.livestream#viewerCount",
        "place.stream.livestream#livestreamEvent", "place.stream.livestream#subject",
        "place.stream.moderation.updateLivestream#main/input/schema",
        "place.stream.moderation.updateLivestream#main/output/schema", "lexicon:AnyRecord",
      ])
    #expect(module.constants.map(\.id.rawValue) == ["place.stream.livestream#featured"])
    let update = try #require(module.operation("place.stream.moderation.updateLivestream"))
    #expect(update.method == "POST")
    #expect(update.path == "/xrpc/place.stream.moderation.updateLivestream")
    #expect(update.errors.map(\.name) == ["Unauthorized", "Forbidden", "SessionNotFound", "RecordNotFound"])
    let input = try #require(module.object("place.stream.moderation.updateLivestream#main/input/schema"))
    #expect(input.field("title")?.constraints == Constraints(maxLength: 1400, maxGraphemes: 140))
    #expect(input.field("streamer")?.type == .primitive(.lexiconString(.did)))
    let record = try #require(module.object("place.stream.livestream#main"))
    #expect(record.typeTag == "place.stream.livestream")
    #expect(record.recordKey == "tid")
    #expect(record.field("post")?.type == .named(TypeID("com.atproto.repo.strongRef#main")))
  }
}

extension SchemaModule {
  /// Every declaration ID a field, alias, union variant, parameter or body uses.
  var referencedTypeIDs: [TypeID] {
    var references: [TypeReference] = []
    for declaration in declarations {
      switch declaration.kind {
      case .object(let object): references += object.fields.map(\.type)
      case .alias(let type): references.append(type)
      case .union(let union): references += union.variants.map(\.type)
      case .enumeration: break
      }
    }
    for operation in operations {
      references += operation.parameters.map(\.type)
      references += (operation.requestBody?.contents ?? []).compactMap(\.type)
      references += operation.responses.flatMap(\.contents).compactMap(\.type)
    }
    return references.flatMap(Self.named)
  }

  private static func named(_ reference: TypeReference) -> [TypeID] {
    switch reference {
    case .named(let id): return [id]
    case .array(let element), .map(let element): return named(element)
    case .primitive, .any: return []
    }
  }
}
