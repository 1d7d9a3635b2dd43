import SchemaIR

/// What generated code checks on one value (a field, a union payload): its own rules, rules on each
/// element of an array, and whether it holds validatable values to recurse into.
///
/// Constraints come from the use site and from every alias the type passes through (a Lexicon
/// `string` def with `maxLength`, referenced by a field, constrains that field).
struct ValueChecks {
  /// Rules on the value itself, for `report.check`.
  var rules: [String] = []
  /// The label of the `report.check` call (`text`, `integer`, ...).
  var label = ""
  /// Rules on each element, for `report.checkEach`.
  var itemRules: [String] = []
  /// The label of the `report.checkEach` call: the element's kind, `rawText` through `rawValue`.
  var itemLabel = ""
  /// Constraints left out, as comment text.
  var notes: [String] = []
  /// The value is reached through `.rawValue` (enumerations, `DateTime`).
  var viaRawValue = false
  /// The value holds models that check themselves.
  var recurses = false

  init(analysis: ValidationAnalysis, type: TypeReference, own: Constraints) {
    let resolved = analysis.resolve(type)
    let sets = ([own] + resolved.constraints).filter { !$0.isEmpty }
    recurses = analysis.containsValidated(resolved.type)
    if let (kind, viaRawValue) = analysis.valueKind(of: resolved.type) {
      self.viaRawValue = viaRawValue
      label = kind.checkLabel
      for constraints in sets { add(analysis.rules.rules(constraints, for: kind), to: \.rules) }
    }
    guard case .array(let element) = resolved.type else { return }
    let elementResolved = analysis.resolve(element)
    let elementSets = (sets.compactMap(\.itemConstraints) + elementResolved.constraints).filter { !$0.isEmpty }
    guard !elementSets.isEmpty else { return }
    // Elements reached through `rawValue` (string enumerations, `DateTime`) are checked as their text.
    guard let (kind, viaRawValue) = analysis.valueKind(of: elementResolved.type),
      viaRawValue ? kind == .text : [.text, .integer, .number].contains(kind)
    else {
      notes.append("constraints on the elements of this array are not checked")
      return
    }
    itemLabel = viaRawValue ? "rawText" : kind.checkLabel
    for constraints in elementSets { add(analysis.rules.rules(constraints, for: kind), to: \.itemRules) }
  }

  var isEmpty: Bool { rules.isEmpty && itemRules.isEmpty }

  /// Appends new rules (a rule repeated by an alias and its use site is checked once) and notes.
  private mutating func add(_ result: ConstraintRules.Result, to list: WritableKeyPath<ValueChecks, [String]>) {
    for rule in result.rules where !self[keyPath: list].contains(rule) {
      self[keyPath: list].append(rule)
    }
    notes += result.notes
  }
}
