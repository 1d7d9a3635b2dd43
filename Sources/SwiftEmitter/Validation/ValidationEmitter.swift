import SchemaIR

/// Writes `extension X: Validatable` for each declaration of a file that has something to check.
///
/// The extensions follow the declarations, at file scope, one per type (nested types by qualified
/// name). Each body is one statement per constrained value, in member order:
///
/// ```swift
/// extension FfmpegProfile: Validatable {
///   public func validate(at path: ValidationPath, into report: inout ValidationReport) {
///     report.check(integer: width, at: path.member("width"), .minimum(128))
///     report.check(integer: fps, at: path.member("fps"), .minimum(0))
///   }
/// }
/// ```
///
/// Values of other validatable types validate themselves (`profiles.validate(at: path.member("profiles"),
/// into: &report)`); optionals, `Nullable`, arrays and maps pass that on through the runtime's
/// conditional conformances. Paths use JSON member names. Required members need no check: the Swift
/// type makes them non-optional.
extension DeclarationEmitter {
  /// How a value is reached from `self`, and what wraps it.
  private struct ValueAccess {
    var expression: String
    var isOptional: Bool
    var isNullable: Bool

    /// The value as `T` or `T?` (through `Nullable.value` and `rawValue` where needed).
    func checked(viaRawValue: Bool) -> String {
      var text = expression
      var optional = isOptional
      if isNullable {
        text += optional ? "?.value" : ".value"
        optional = true
      }
      if viaRawValue { text += optional ? "?.rawValue" : ".rawValue" }
      return text
    }
  }

  /// Parameter names of `validate(at:into:)`; a member with one of these names is reached via `self.`.
  private static let parameterNames: Set<String> = ["path", "report", "self"]

  /// The extensions for `root` and every declaration nested in it; notes the runtime import if any.
  mutating func emitValidation(of root: TypeID, using analysis: ValidationAnalysis) {
    var queue = [root]
    var index = 0
    while index < queue.count {
      let id = queue[index]
      index += 1
      queue += symbols.nested(in: id)
      guard analysis.validated.contains(id), let declaration = symbols.declaration(id) else { continue }
      let body = validationBody(declaration, analysis: analysis)
      guard !body.isEmpty else { continue }
      let validatable = uses(.runtime("Validatable"))
      writer.blankLine()
      let method = "\(access)func validate(at path: ValidationPath, into report: inout ValidationReport)"
      writer.block("extension \(symbols.reference(to: id, from: nil)): \(validatable)") { writer in
        writer.block(method) { writer in
          for line in body { writer.line(line) }
        }
      }
    }
  }

  private func validationBody(_ declaration: TypeDeclaration, analysis: ValidationAnalysis) -> [String] {
    switch declaration.kind {
    case .object(let object):
      return objectBody(declaration.id, object, analysis: analysis)
    case .enumeration(let enumeration):
      var lines: [String] = []
      if ValidationAnalysis.isClosedButUnlisted(enumeration) { lines.append("report.checkListed(self, at: path)") }
      let kind: ConstraintRules.ValueKind = enumeration.rawType == .integer ? .integer : .text
      let result = analysis.rules.rules(declaration.constraints, for: kind)
      lines += result.notes.map { "// " + $0 }
      if !result.rules.isEmpty {
        lines += call("report.check", [kind.checkLabel + ": rawValue", "at: path"] + result.rules, depth: 2)
      }
      return lines
    case .union(let union):
      return unionBody(declaration.id, union, analysis: analysis)
    case .alias:
      return []
    }
  }

  private func objectBody(_ id: TypeID, _ object: ObjectType, analysis: ValidationAnalysis) -> [String] {
    var lines: [String] = []
    for resolved in symbols.fields(of: id) {
      let field = resolved.field
      let storage = SwiftIdentifier.escaped(resolved.storage)
      let expression = Self.parameterNames.contains(resolved.storage) ? "self." + storage : storage
      let access = ValueAccess(expression: expression, isOptional: !field.isRequired, isNullable: field.isNullable)
      let checks = ValueChecks(analysis: analysis, type: field.type, own: field.constraints)
      let path = "path.member(\(Self.literal(field.jsonName)))"
      lines += statements(checks, access, path: path, depth: 2)
    }
    if case .kept(let value) = object.additionalProperties, analysis.containsValidated(value),
      let name = symbols.additionalPropertiesName(of: id)
    {
      lines.append("\(SwiftIdentifier.escaped(name)).validate(at: path, into: &report)")
    }
    return lines
  }

  private func unionBody(_ id: TypeID, _ union: UnionType, analysis: ValidationAnalysis) -> [String] {
    var lines: [String] = []
    var covered = 0
    for resolved in symbols.variants(of: id) {
      let variant = resolved.variant
      let checks = ValueChecks(analysis: analysis, type: variant.type, own: Constraints())
      let access = ValueAccess(expression: "value", isOptional: false, isNullable: false)
      let body = statements(checks, access, path: "path", depth: 3)
      guard !body.isEmpty else { continue }
      covered += 1
      lines.append("case .\(SwiftIdentifier.escaped(resolved.name))(let value):")
      lines += body.map { "  " + $0 }
    }
    guard !lines.isEmpty else { return [] }
    if covered < union.variants.count || union.isOpen { lines += ["default:", "  break"] }
    return ["switch self {"] + lines + ["}"]
  }

  /// The statements checking one value: notes, its rules, its elements' rules, then recursion.
  private func statements(_ checks: ValueChecks, _ access: ValueAccess, path: String, depth: Int) -> [String] {
    var lines = checks.notes.map { "// " + $0 }
    if !checks.rules.isEmpty {
      let value = access.checked(viaRawValue: checks.viaRawValue)
      lines += call("report.check", [checks.label + ": " + value, "at: " + path] + checks.rules, depth: depth)
    }
    if !checks.itemRules.isEmpty {
      let arguments = [checks.itemLabel + ": " + access.checked(viaRawValue: false), "at: " + path] + checks.itemRules
      lines += call("report.checkEach", arguments, depth: depth)
    }
    if checks.recurses { lines.append("\(access.expression).validate(at: \(path), into: &report)") }
    return lines
  }

  /// `name(a, b, c)` on one line when it fits at `depth`, else wrapped as swift-format lays it out:
  /// arguments on following lines, one level deeper, filled greedily, `)` after the last.
  private func call(_ name: String, _ arguments: [String], depth: Int) -> [String] {
    let indent = writer.indentation + depth * SwiftCodeWriter.indentWidth
    let single = name + "(" + arguments.joined(separator: ", ") + ")"
    if SwiftCodeWriter.fits(single, in: SwiftCodeWriter.lineLength - indent) { return [single] }
    var lines = [name + "("]
    var current = ""
    let width = SwiftCodeWriter.lineLength - indent - SwiftCodeWriter.indentWidth
    for (index, argument) in arguments.enumerated() {
      let piece = argument + (index + 1 < arguments.count ? "," : ")")
      if !SwiftCodeWriter.fits(piece, in: width), let list = Self.listArgument(piece, width: width) {
        if !current.isEmpty { lines.append("  " + current) }
        lines += list.dropLast().map { "  " + $0 }
        current = list.last ?? ""
        continue
      }
      let candidate = current.isEmpty ? piece : current + " " + piece
      // swift-format keeps one more column free after an array argument followed by a comma.
      let limit = piece.hasSuffix("]),") ? width - 1 : width
      if !current.isEmpty, !SwiftCodeWriter.fits(candidate, in: limit) {
        lines.append("  " + current)
        current = piece
      } else {
        current = candidate
      }
    }
    lines.append("  " + current)
    return lines
  }

  /// A `.name(["a", "b"])` argument too long for one line, broken as swift-format breaks an array
  /// literal: `.name([`, the elements filled greedily one level deeper with a trailing comma, `])`.
  private static func listArgument(_ piece: String, width: Int) -> [String]? {
    guard let open = piece.firstRange(of: "([\""), let close = piece.ranges(of: "\"])").last,
      open.upperBound <= close.lowerBound
    else { return nil }
    // The elements are string literals the emitter wrote (media types: no quotes inside).
    let elements = piece[open.upperBound..<close.lowerBound].split(
      separator: "\", \"", omittingEmptySubsequences: false
    ).map { "\"\($0)\"" }
    var lines = [String(piece[..<open.upperBound].dropLast())]
    var current = ""
    for element in elements {
      let candidate = current.isEmpty ? element + "," : current + " " + element + ","
      if !current.isEmpty, !SwiftCodeWriter.fits(candidate, in: width - SwiftCodeWriter.indentWidth) {
        lines.append("  " + current)
        current = element + ","
      } else {
        current = candidate
      }
    }
    lines.append("  " + current)
    lines.append("])" + piece[close.upperBound...])
    return lines
  }
}
