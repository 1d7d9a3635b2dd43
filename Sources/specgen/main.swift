import ArgumentParser
import GeneratorPipeline
import WorkerThreads

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The heap grows in one large step (see `ProcessMemory`), and memory is returned when the process
// exits, not freed object by object (see `ExitTimeRelease`).
ProcessMemory.reserveHeap()
ExitTimeRelease.enable()
// The worker threads start now, while the arguments are parsed: a new thread took milliseconds to be
// scheduled, and the first stage that uses them (reading a large YAML spec in pieces) comes early.
WorkerPool.prepare()

/// Entry point: parses with swift-argument-parser, runs, and maps its exit codes to ours
/// (0 ok, 1 input error, 2 usage) instead of letting it exit with 64.
do {
  var command = try Specgen.parseAsRoot()
  try command.run()
} catch let outcome as OutcomeExit {
  exit(outcome.status.rawValue)
} catch {
  let status = ExitStatus(argumentParserCode: Specgen.exitCode(for: error).rawValue)
  let message = Specgen.fullMessage(for: error)
  if !message.isEmpty {
    if status == .success { print(message) } else { printError(message) }
  }
  exit(status.rawValue)
}
