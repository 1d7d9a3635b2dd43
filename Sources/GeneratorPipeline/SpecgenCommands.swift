import SpecReader
import SpecgenDiagnostics

/// The `specgen` subcommands as functions from arguments to `CommandOutcome`.
///
/// The executable only parses arguments and prints; keeping the behaviour here lets tests
/// check messages and exit codes without spawning a process.
public enum SpecgenCommands {
  /// `specgen` / `specgen regenerate`: writes every target of the config.
  public static func regenerate(configPath: String, limits: InputLimits = .default) -> CommandOutcome {
    do {
      let config = try SpecgenConfig.load(path: configPath)
      let report = try Generator(limits: limits).regenerate(config)
      return CommandOutcome(
        status: .success, standardOutput: report.targets.map(\.line),
        standardError: report.warnings.map(\.description))
    } catch {
      return .failure(error)
    }
  }

  /// `specgen check [--diff]`: exits 1 listing the files a regeneration would change.
  public static func check(configPath: String, showDiff: Bool, limits: InputLimits = .default) -> CommandOutcome {
    do {
      let config = try SpecgenConfig.load(path: configPath)
      let report = try Generator(limits: limits).check(config)
      let warnings = report.warnings.map(\.description)
      guard !report.isFresh else {
        return CommandOutcome(
          status: .success, standardOutput: ["specgen: \(config.targets.count) targets up to date"],
          standardError: warnings)
      }
      var output: [String] = []
      for file in report.staleFiles {
        output.append("\(file.problem.rawValue): \(file.path)")
      }
      if showDiff {
        for file in report.staleFiles where !file.diff.isEmpty {
          output.append(
            contentsOf: file.diff.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init))
        }
      }
      let summary =
        "specgen: \(report.staleFiles.count) generated files are stale; run `swift run specgen` to regenerate"
      return CommandOutcome(status: .inputError, standardOutput: output, standardError: warnings + [summary])
    } catch {
      return .failure(error)
    }
  }

  /// `specgen generate <spec> --output <dir>`: one ad-hoc target, without a config.
  /// `moduleName` defaults to the output folder's name.
  /// `namespaces` are the Lexicon namespaces generated in full (see `SpecgenConfig.Target.namespaces`).
  public static func generate(
    spec: String, output: String, moduleName: String?, access: AccessLevel, namespaces: [String] = [],
    limits: InputLimits = .default
  ) -> CommandOutcome {
    guard !output.isEmpty else {
      return CommandOutcome(status: .usage, standardError: ["error: --output must name a folder, not the empty string"])
    }
    let module = moduleName ?? LexicalPath.lastComponent(output)
    guard SwiftIdentifier.isValid(module) else {
      let hint = moduleName == nil ? "; pass --module-name" : ""
      return CommandOutcome(
        status: .usage, standardError: ["error: module name '\(module)' is not a Swift identifier\(hint)"])
    }
    if let refusal = refusingMalformed(namespaces) { return refusal }
    let target = SpecgenConfig.Target(
      spec: spec, output: output, module: module, access: access, namespaces: namespaces)
    do {
      let report = try Generator(limits: limits).regenerate(SpecgenConfig(directory: ".", targets: [target]))
      return CommandOutcome(
        status: .success, standardOutput: report.targets.map(\.line),
        standardError: report.warnings.map(\.description))
    } catch {
      return .failure(error)
    }
  }

  /// `specgen types <spec> --module-name <name>`: one line per declared type, its source id (a JSON
  /// pointer for OpenAPI, `nsid#def` for Lexicon), a tab, and its Swift name qualified by the module.
  /// `namespaces` select lexicons as for `generate`, so the list is what that would declare.
  public static func types(
    spec: String, moduleName: String, namespaces: [String] = [], limits: InputLimits = .default
  ) -> CommandOutcome {
    guard SwiftIdentifier.isValid(moduleName) else {
      return CommandOutcome(
        status: .usage, standardError: ["error: module name '\(moduleName)' is not a Swift identifier"])
    }
    if let refusal = refusingMalformed(namespaces) { return refusal }
    do {
      let index = try Generator(limits: limits).typeIndex(
        specPath: spec, moduleName: moduleName, namespaces: namespaces)
      return CommandOutcome(status: .success, standardOutput: index.map { $0.id.rawValue + "\t" + $0.swiftName })
    } catch {
      return .failure(error)
    }
  }

  /// The usage error for the first `--namespace` that is no NSID prefix, or nil when all are.
  private static func refusingMalformed(_ namespaces: [String]) -> CommandOutcome? {
    guard let problem = namespaces.lazy.compactMap(NamespaceSyntax.problem).first else { return nil }
    return CommandOutcome(status: .usage, standardError: ["error: --" + problem])
  }
}
