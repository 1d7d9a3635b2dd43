import JSONText
import SchemaIR

/// Spells a `TypeReference` as a `SwiftType` (which knows the modules it needs).
///
/// Formats: `date-time` → `DateTime` (lossless RFC 3339 text); `int32`/`int64` → `Int32`/`Int64`;
/// a *string* of format `int64`/`uint64` → `Int64String`/`UInt64String` (an integer written as JSON text);
/// `byte` (base64 text) → `Data` (Foundation's JSON coders read and write base64); `binary` (a file) →
/// `FileUpload` (bytes, file name, media type); every other string format (`date`, `uuid`, `uri`,
/// `email`) stays `String` so values round-trip exactly. AT Protocol `bytes`, `cid-link`, `blob` and the Lexicon string
/// formats become the runtime's AT types (see `ATProtoTypes`).
package struct TypeMapper {
  package let symbols: SymbolTable

  package init(symbols: SymbolTable) {
    self.symbols = symbols
  }

  /// The Swift type of `reference` as written inside `context`.
  package func swiftType(_ reference: TypeReference, in context: TypeID?) -> SwiftType {
    switch reference {
    case .primitive(let primitive): return swiftType(primitive, in: context)
    case .named(let id):
      guard symbols.declaration(id) != nil else { return .jsonValue }
      return .generated(symbols.reference(to: id, from: context))
    case .array(let element): return .array(swiftType(element, in: context))
    case .map(let value): return .dictionary(swiftType(value, in: context))
    case .any: return .jsonValue
    }
  }

  /// A field's declared type: optional and/or `Nullable` as the field requires.
  package func fieldType(_ field: Field, in context: TypeID?) -> SwiftType {
    let base = valueType(field, in: context)
    return field.isRequired ? base : .optional(base)
  }

  /// The type a field holds when present: `T` or `Nullable<T>`.
  package func valueType(_ field: Field, in context: TypeID?) -> SwiftType {
    let base = swiftType(field.type, in: context)
    return field.isNullable ? .nullable(base) : base
  }

  /// A runtime type as code inside `context` must spell it: `SpecgenRuntime.FileUpload` where a
  /// generated type of the same name is in scope.
  package func runtimeType(_ name: String, in context: TypeID?) -> SwiftType {
    .runtime(symbols.isShadowed(name, from: context) ? "SpecgenRuntime." + name : name)
  }

  /// The JSON kind every value of `primitive`'s Swift type is written as, nil when it reads more than
  /// one (`Int64String` and `UInt64String` also read a number) or is no JSON value (a file), decided
  /// beside the mapping it follows.
  static func jsonKind(_ primitive: Primitive) -> JSONText.ValueKind? {
    switch primitive {
    case .string(let format):
      switch StringFormat(format) {
      case .int64String, .uint64String, .file: nil
      case .dateTime, .base64, .text: .string
      }
    case .lexiconString: .string
    case .integer: .integer
    case .number: .number
    case .boolean: .boolean
    case .atBytes, .cidLink, .blob: .object
    }
  }

  private func swiftType(_ primitive: Primitive, in context: TypeID?) -> SwiftType {
    if let name = ATProtoTypes.runtimeName(primitive) { return runtimeType(name, in: context) }
    switch primitive {
    case .string(let format):
      switch StringFormat(format) {
      case .dateTime: return .runtime("DateTime")
      case .int64String: return .runtime("Int64String")
      case .uint64String: return .runtime("UInt64String")
      case .base64: return .data
      case .file: return runtimeType("FileUpload", in: context)
      case .text: return .string
      }
    case .integer(let format):
      switch format {
      case "int32": return .swift("Int32")
      case "int64": return .swift("Int64")
      default: return .swift("Int")
      }
    case .number: return .swift("Double")
    case .boolean: return .swift("Bool")
    case .atBytes, .cidLink, .blob, .lexiconString:
      return .jsonValue  // unreachable: `ATProtoTypes` names all of these
    }
  }
}

/// What a string's `format` makes its Swift type: the one table both the mapping and the JSON kind
/// read.
private enum StringFormat {
  /// `date-time`: `DateTime`.
  case dateTime
  /// `int64`, `uint64`: a 64-bit integer written as a JSON string (Google Discovery, protobuf JSON),
  /// which `Int64String`/`UInt64String` also read from a number.
  case int64String
  case uint64String
  /// `byte`: base64 text, `Data`.
  case base64
  /// `binary`: a file, no JSON value.
  case file
  /// Any other format: plain text.
  case text

  init(_ format: String?) {
    switch format {
    case "date-time": self = .dateTime
    case "int64": self = .int64String
    case "uint64": self = .uint64String
    case "byte": self = .base64
    case "binary": self = .file
    default: self = .text
    }
  }
}
