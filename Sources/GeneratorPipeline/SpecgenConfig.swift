import LexiconFrontEnd
import SpecReader
import SpecgenDiagnostics
import SwiftEmitter

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Who may use the generated declarations.
public typealias AccessLevel = EmitterOptions.AccessLevel

/// The contents of `specgen.yaml`: which specs to generate, where, and how.
///
/// ```yaml
/// targets:
///   - spec: specs/livepeer/openapi.yaml   # OpenAPI file, Lexicon .json file or folder
///     output: Generated/Livepeer
///     module: Livepeer
///     access: public                      # public | internal | package (default public)
///   - spec: specs/place.stream/lexicons
///     output: Generated/PlaceStream
///     module: PlaceStream
///     namespaces: [place.stream]          # Lexicon only: generated in full, the rest as referenced
/// ```
/// Paths are relative to the folder holding the config. The file is read with specgen's own
/// reader, so a mistake in it is reported with its line and column like any spec error.
public struct SpecgenConfig: Sendable, Hashable {
  /// One spec and where its Swift goes.
  public struct Target: Sendable, Hashable {
    /// As written in the config: relative to the config's folder.
    public var spec: String
    /// As written in the config: relative to the config's folder.
    public var output: String
    /// The Swift module the generated files belong to.
    public var module: String
    public var access: AccessLevel
    /// For a Lexicon spec, the NSID prefixes generated in full (`place.stream`); other lexicons in the
    /// input are generated only as far as those reference them. Empty: every lexicon in full.
    public var namespaces: [String]

    public init(
      spec: String, output: String, module: String, access: AccessLevel = .public, namespaces: [String] = []
    ) {
      self.spec = spec
      self.output = output
      self.module = module
      self.access = access
      self.namespaces = namespaces
    }
  }

  /// The folder the config's paths are relative to, as the user reached it (`.` for the
  /// current folder), so messages show short paths.
  public var directory: String
  public var targets: [Target]

  public init(directory: String, targets: [Target]) {
    self.directory = directory
    self.targets = targets
  }

  /// The config file's name in the folder `specgen` looks in by default.
  public static let defaultFileName = "specgen.yaml"

  /// Reads and checks the config at `path`.
  public static func load(path: String) throws(DiagnosticError) -> SpecgenConfig {
    guard let data = FileManager.default.contents(atPath: path) else {
      let reason =
        FileManager.default.fileExists(atPath: path)
        ? "cannot read it" : "no such file (run specgen in the folder holding it, or pass --config <path>)"
      throw DiagnosticError("cannot read config '\(path)': \(reason)", at: nil)
    }
    return try parse([UInt8](data), file: path, directory: LexicalPath.directory(path))
  }

  /// Parses config text; `file` names it in diagnostics, `directory` anchors its paths.
  public static func parse(_ bytes: [UInt8], file: String, directory: String) throws(DiagnosticError)
    -> SpecgenConfig
  {
    let root = try DocumentParser.parse(bytes, file: file)
    let top = try ConfigNode(root, pointer: JSONPointer()).mapping(allowedKeys: ["targets"])
    guard let targetsEntry = top["targets"] else {
      throw DiagnosticError("missing 'targets': the config lists the specs to generate", at: root.location, path: "#")
    }
    let items = try targetsEntry.sequence()
    guard !items.isEmpty else {
      throw DiagnosticError(
        "'targets' is empty: list at least one spec", at: targetsEntry.node.location,
        path: targetsEntry.pointer.description)
    }
    var targets: [Target] = []
    var outputs: [String: ConfigNode] = [:]
    for item in items {
      let target = try Self.target(item)
      let output = LexicalPath.normalize(target.output)
      if outputs[output] != nil {
        throw item.error("two targets write to '\(target.output)'; each needs its own output folder")
      }
      outputs[output] = item
      targets.append(target)
    }
    return SpecgenConfig(directory: directory, targets: targets)
  }

  private static func target(_ item: ConfigNode) throws(DiagnosticError) -> Target {
    let fields = try item.mapping(allowedKeys: ["spec", "output", "module", "access", "namespaces"])
    let spec = try fields.requiredString("spec", in: item)
    let output = try fields.requiredString("output", in: item)
    let module = try fields.requiredString("module", in: item)
    if let node = fields["module"], !SwiftIdentifier.isValid(module) {
      throw node.error("module '\(module)' is not a Swift identifier")
    }
    var access = AccessLevel.public
    if let node = fields["access"] {
      let text = try node.string()
      guard let level = AccessLevel(rawValue: text) else {
        throw node.error("access must be public, internal or package, not '\(text)'")
      }
      access = level
    }
    var namespaces: [String] = []
    if let node = fields["namespaces"] {
      for entry in try node.sequence() {
        let namespace = try entry.string()
        if let problem = NamespaceSyntax.problem(namespace) { throw entry.error(problem) }
        namespaces.append(namespace)
      }
    }
    return Target(spec: spec, output: output, module: module, access: access, namespaces: namespaces)
  }
}

/// The one check of a target's Lexicon namespaces, for the config and the command line alike.
enum NamespaceSyntax {
  /// What is wrong with `namespace` (`namespace 'a..b' is not an NSID prefix: …`), nil when nothing is.
  static func problem(_ namespace: String) -> String? {
    guard !LexiconTranslator.isNamespace(namespace) else { return nil }
    return "namespace '\(namespace)' is not an NSID prefix: dot-separated segments of letters, digits and '-'"
  }
}

/// Whether a name can be a Swift module name: a letter or `_`, then letters, digits, `_`.
enum SwiftIdentifier {
  static func isValid(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first else { return false }
    func isLetter(_ scalar: Unicode.Scalar) -> Bool {
      (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "_"
    }
    return isLetter(first) && name.unicodeScalars.allSatisfy { isLetter($0) || ($0 >= "0" && $0 <= "9") }
  }
}
