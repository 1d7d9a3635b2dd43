import SchemaIR

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A server of the spec as the client's `Servers` enum writes it: its member name, whether it is one
/// constant URL, and its variables with their Swift labels and, where the spec lists values, an enum.
struct ServerPlan {
  /// One `{variable}` of the URL template.
  struct Variable {
    var variable: Server.Variable
    /// The argument label of `Servers.serverN(...)`.
    var label: String
    /// The enum of the listed values (`Server1Region`), nil when any text is allowed.
    var enumName: String?
    /// The enum's cases, the default first (so `.<first>` is the argument's default).
    var cases: [(name: String, rawValue: String)]
  }

  var server: Server
  /// `server1`, `server2`, ...
  var name: String
  var variables: [Variable]
  /// A URL without variables that parses as an absolute URL here, at generation time: the client
  /// offers it as a `static let` and a non-throwing initializer.
  var isConstant: Bool

  /// The plans for `servers`, in order, their enum names unique within `Servers`.
  static func plans(_ servers: [Server]) -> [ServerPlan] {
    var typeNames = NameAllocator()
    return servers.enumerated().map { index, server in
      let name = "server\(index + 1)"
      var labels = NameAllocator()
      let variables = server.variables.map { variable -> Variable in
        let label = labels.allocate(SwiftNamer.memberName(variable.name))
        guard !variable.allowedValues.isEmpty else {
          return Variable(variable: variable, label: label, enumName: nil, cases: [])
        }
        let enumName = typeNames.allocate(SwiftNamer.typeName(name + "-" + variable.name))
        // The default leads, so it is the enum's first case and the argument's default.
        let values = [variable.defaultValue] + variable.allowedValues.filter { $0 != variable.defaultValue }
        var caseNames = NameAllocator(reserving: ["allCases", "rawValue", "init"])
        let cases = values.map { value -> (name: String, rawValue: String) in
          let member = SwiftNamer.memberName(value)
          return (caseNames.allocate(member == "_" ? "value" : member), value)
        }
        return Variable(variable: variable, label: label, enumName: enumName, cases: cases)
      }
      let constant = variables.isEmpty && URL(string: server.url)?.scheme != nil
      return ServerPlan(server: server, name: name, variables: variables, isConstant: constant)
    }
  }
}
