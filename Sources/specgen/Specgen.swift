import ArgumentParser
import FileSystem
import GeneratorPipeline

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `specgen`: OpenAPI, Lexicon and Discovery specs in, Swift sources out. Every command names itself
/// (`commandName`): deriving it from the type name costs a reflection lookup on every run.
struct Specgen: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "specgen",
    abstract: "Generates Swift SDKs from OpenAPI, AT Protocol Lexicon and Google Discovery documents.",
    discussion: "Exit status: 0 success, 1 input error or stale output, 2 usage error.",
    subcommands: [Regenerate.self, Generate.self, Check.self, Types.self],
    defaultSubcommand: Regenerate.self)
}

/// Options shared by the config-driven commands.
struct ConfigOptions: ParsableArguments {
  @Option(name: .long, help: "The config file listing the targets.")
  var config: String = "specgen.yaml"
}

/// Bounds on each spec document read, shared by every command that reads specs.
struct LimitOptions: ParsableArguments {
  @Option(name: .long, help: "Largest spec file read, in bytes.")
  var maxInputBytes = InputLimits.default.maxInputBytes

  @Option(name: .long, help: "Deepest nesting of mappings and sequences in a spec.")
  var maxDepth = InputLimits.default.maxDepth

  @Option(name: .long, help: "Most nodes YAML aliases may add to a spec (the \"billion laughs\" guard).")
  var maxAliasExpansion = InputLimits.default.maxAliasExpansion

  var limits: InputLimits {
    InputLimits(maxInputBytes: maxInputBytes, maxDepth: maxDepth, maxAliasExpansion: maxAliasExpansion)
  }

  func validate() throws {
    for (flag, value) in [
      ("--max-input-bytes", maxInputBytes), ("--max-depth", maxDepth), ("--max-alias-expansion", maxAliasExpansion),
    ] where value < 1 {
      throw ValidationError("\(flag) must be at least 1, not \(value)")
    }
  }
}

/// `specgen regenerate` (also what bare `specgen` runs).
struct Regenerate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "regenerate",
    abstract: "Regenerate every target listed in specgen.yaml (the default command).")

  @OptionGroup var options: ConfigOptions
  @OptionGroup var limitOptions: LimitOptions

  func run() throws {
    try finish(SpecgenCommands.regenerate(configPath: options.config, limits: limitOptions.limits))
  }
}

/// `specgen check [--diff]`.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Exit 1 listing the generated files that differ from what the specs generate now.")

  @OptionGroup var options: ConfigOptions
  @OptionGroup var limitOptions: LimitOptions

  @Flag(name: .long, help: "Print a unified diff for each stale file.")
  var diff = false

  func run() throws {
    try finish(SpecgenCommands.check(configPath: options.config, showDiff: diff, limits: limitOptions.limits))
  }
}

/// `specgen generate <spec> --output <dir>`.
struct Generate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Generate one spec (OpenAPI file, Lexicon file or folder) into a folder, without a config.")

  @Argument(help: "The spec: an OpenAPI .yaml/.json file, a Lexicon .json file, or a folder of lexicons.")
  var spec: String

  @Option(name: .long, help: "The folder to write (files specgen did not generate are never touched).")
  var output: String

  @Option(name: .long, help: "The Swift module name (default: the output folder's name).")
  var moduleName: String?

  @Option(name: .long, help: "Access level of the generated declarations: public, internal or package.")
  var access: String = "public"

  @OptionGroup var namespaceOptions: NamespaceOptions

  @OptionGroup var limitOptions: LimitOptions

  func validate() throws {
    guard AccessLevel(rawValue: access) != nil else {
      throw ValidationError("--access must be public, internal or package, not '\(access)'")
    }
  }

  func run() throws {
    let level = AccessLevel(rawValue: access) ?? .public
    try finish(
      SpecgenCommands.generate(
        spec: spec, output: output, moduleName: moduleName, access: level, namespaces: namespaceOptions.namespaces,
        limits: limitOptions.limits))
  }
}

/// `specgen types <spec> --module-name <name>`.
struct Types: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "types",
    abstract: "List the Swift type generated for each schema of a spec (source id, a tab, the Swift name).")

  @Argument(help: "The spec: an OpenAPI .yaml/.json file, a Lexicon .json file, or a folder of lexicons.")
  var spec: String

  @Option(name: .long, help: "The Swift module name the names are qualified with.")
  var moduleName: String

  @OptionGroup var namespaceOptions: NamespaceOptions

  @OptionGroup var limitOptions: LimitOptions

  func run() throws {
    try finish(
      SpecgenCommands.types(
        spec: spec, moduleName: moduleName, namespaces: namespaceOptions.namespaces, limits: limitOptions.limits))
  }
}

/// `--namespace`, for `generate` and `types`.
struct NamespaceOptions: ParsableArguments {
  @Option(
    name: .customLong("namespace"),
    help: ArgumentHelp(
      "Lexicon only: generate the lexicons under this NSID prefix in full, others only as far as referenced.",
      discussion: "Repeatable. Without it, every lexicon in the input is generated in full.",
      valueName: "nsid-prefix"))
  var namespaces: [String] = []
}

/// Thrown to end the process with a command's status once its output is printed.
struct OutcomeExit: Error {
  var status: ExitStatus
}

/// Prints an outcome (stdout, then stderr) and ends the command with its status.
func finish(_ outcome: CommandOutcome) throws {
  for line in outcome.standardOutput { print(line) }
  for line in outcome.standardError { printError(line) }
  if outcome.status != .success { throw OutcomeExit(status: outcome.status) }
}

/// Writes one line to standard error.
func printError(_ line: String) {
  _ = FileSystem.writeAll(line + "\n", to: STDERR_FILENO)
}
