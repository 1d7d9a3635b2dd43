/// A Swift type as generated code spells it, built from parts instead of text.
///
/// Plans hold these rather than strings, so a question about a type is asked of its structure
/// (`isVoid`, whether it is optional) and never of its spelling, and a file knows which modules to
/// import from the types it writes (`imports`): `[String: Nullable<DateTime>]?` is
/// `.optional(.dictionary(.generic("Nullable", in: .runtime, [.named("DateTime", in: .runtime)])))`
/// and needs `SpecgenRuntime`, whatever else the file holds.
package enum SwiftType: Hashable, Sendable, CustomStringConvertible {
  /// A type by name: a standard-library type (`String`), one of the generated module
  /// (`Stream.Multistream`), or one a file must import (`Data`, `DateTime`).
  case named(String, in: Origin)
  /// `Wrapped?`. (Only the cases holding another type are boxed: a plain name, the common case, is not.)
  indirect case optional(SwiftType)
  /// `[Element]`.
  indirect case array(SwiftType)
  /// `[String: Value]`: JSON object keys are always strings.
  indirect case dictionary(SwiftType)
  /// A generic type applied to arguments: `Nullable<T>`, `AsyncThrowingStream<T, any Error>`.
  indirect case generic(String, in: Origin, [SwiftType])
  /// `any Protocol`.
  indirect case existential(SwiftType)
  /// A labelled tuple: `(body: Stream, headers: GetStreamHeaders)`.
  case tuple([TupleElement])
  /// What a call returning nothing returns.
  case void

  /// Where a named type is declared, which says what a file writing it must import.
  package enum Origin: Hashable, Sendable {
    /// The Swift standard library: no import.
    case swift
    /// The module being generated: no import.
    case generated
    /// Foundation (`Data`, `URL`).
    case foundation
    /// `SpecgenRuntime` (`JSONValue`, `DateTime`, `Nullable`, ...).
    case runtime
  }

  /// One labelled element of a tuple type.
  package struct TupleElement: Hashable, Sendable {
    /// The element's label.
    package var label: String
    /// The element's type.
    package var type: SwiftType

    /// An element `label: type`.
    package init(label: String, type: SwiftType) {
      self.label = label
      self.type = type
    }
  }

  /// The modules a file must import to spell a type.
  package struct Imports: OptionSet, Hashable, Sendable {
    package let rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `import Foundation`.
    package static let foundation = Imports(rawValue: 1)
    /// `import SpecgenRuntime`.
    package static let runtime = Imports(rawValue: 2)

    /// The `import` lines of a file, then a blank line; empty when it imports nothing.
    package var header: String {
      var text = ""
      if contains(.foundation) { text += "import Foundation\n" }
      if contains(.runtime) { text += "import SpecgenRuntime\n" }
      return text.isEmpty ? text : text + "\n"
    }
  }

  /// A standard-library type.
  package static func swift(_ name: String) -> SwiftType { .named(name, in: .swift) }
  /// A type of the runtime library.
  package static func runtime(_ name: String) -> SwiftType { .named(name, in: .runtime) }
  /// A type declared by the generated module, by the path code in its context writes.
  package static func generated(_ name: String) -> SwiftType { .named(name, in: .generated) }

  /// `String`.
  package static let string = SwiftType.swift("String")
  /// Foundation's `Data`: bytes.
  package static let data = SwiftType.named("Data", in: .foundation)
  /// The runtime's `JSONValue`: any JSON.
  package static let jsonValue = SwiftType.runtime("JSONValue")

  /// `Nullable<Wrapped>`: a member that may be an explicit JSON `null`.
  package static func nullable(_ wrapped: SwiftType) -> SwiftType { .generic("Nullable", in: .runtime, [wrapped]) }

  /// `AsyncThrowingStream<Element, any Error>`: a streamed answer's items.
  package static func stream(of element: SwiftType) -> SwiftType {
    .generic("AsyncThrowingStream", in: .swift, [element, .existential(.swift("Error"))])
  }

  /// Whether this is `Void`.
  package var isVoid: Bool { self == .void }

  /// The type as Swift source spells it.
  package var description: String {
    var text = ""
    write(to: &text)
    return text
  }

  private func write(to text: inout String) {
    switch self {
    case .named(let name, _):
      text += name
    case .optional(let wrapped):
      wrapped.write(to: &text)
      text += "?"
    case .array(let element):
      text += "["
      element.write(to: &text)
      text += "]"
    case .dictionary(let value):
      text += "[String: "
      value.write(to: &text)
      text += "]"
    case .generic(let name, _, let arguments):
      text += name
      text += "<"
      for (index, argument) in arguments.enumerated() {
        if index > 0 { text += ", " }
        argument.write(to: &text)
      }
      text += ">"
    case .existential(let constraint):
      text += "any "
      constraint.write(to: &text)
    case .tuple(let elements):
      text += "("
      for (index, element) in elements.enumerated() {
        if index > 0 { text += ", " }
        text += element.label
        text += ": "
        element.type.write(to: &text)
      }
      text += ")"
    case .void:
      text += "Void"
    }
  }

  /// The modules a file writing this type must import.
  package var imports: Imports {
    switch self {
    case .named(_, let origin): return Self.imports(of: origin)
    case .optional(let inner), .array(let inner), .dictionary(let inner), .existential(let inner):
      return inner.imports
    case .generic(_, let origin, let arguments):
      return arguments.reduce(Self.imports(of: origin)) { $0.union($1.imports) }
    case .tuple(let elements):
      return elements.reduce([]) { $0.union($1.type.imports) }
    case .void:
      return []
    }
  }

  private static func imports(of origin: Origin) -> Imports {
    switch origin {
    case .swift, .generated: []
    case .foundation: .foundation
    case .runtime: .runtime
    }
  }
}
