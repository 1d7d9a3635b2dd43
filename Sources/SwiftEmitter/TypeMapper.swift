import SchemaIR

/// Spells a `TypeReference` as a Swift type, noting whether the runtime module is needed.
///
/// Formats: `date-time` → `DateTime` (lossless RFC 3339 text); `int32`/`int64` → `Int32`/`Int64`;
/// a *string* of format `int64`/`uint64` → `Int64String`/`UInt64String` (an integer written as JSON text);
/// `byte` (base64 text) → `Data` (Foundation's JSON coders read and write base64); `binary` (a file) →
/// `FileUpload` (bytes, file name, media type); every other string format (`date`, `uuid`, `uri`,
/// `email`) stays `String` so values round-trip exactly. AT Protocol `bytes`, `cid-link`, `blob` and the Lexicon string
/// formats become the runtime's AT types (see `ATProtoTypes`).
package struct TypeMapper {
  package let symbols: SymbolTable
  /// Set when a mapped type lives in `SpecgenRuntime`.
  package private(set) var usesRuntime = false
  /// Set when a mapped type lives in Foundation (`Data`).
  package private(set) var usesFoundation = false

  package init(symbols: SymbolTable) {
    self.symbols = symbols
  }

  /// The Swift type of `reference` as written inside `context`.
  package mutating func swiftType(_ reference: TypeReference, in context: TypeID?) -> String {
    switch reference {
    case .primitive(let primitive): return swiftType(primitive, in: context)
    case .named(let id):
      guard symbols.declaration(id) != nil else {
        usesRuntime = true
        return "JSONValue"
      }
      return symbols.reference(to: id, from: context)
    case .array(let element): return "[" + swiftType(element, in: context) + "]"
    case .map(let value): return "[String: " + swiftType(value, in: context) + "]"
    case .any:
      usesRuntime = true
      return "JSONValue"
    }
  }

  /// A field's declared type: optional and/or `Nullable` as the field requires.
  package mutating func fieldType(_ field: Field, in context: TypeID?) -> String {
    let base = valueType(field, in: context)
    return field.isRequired ? base : base + "?"
  }

  /// The type a field holds when present: `T` or `Nullable<T>`.
  package mutating func valueType(_ field: Field, in context: TypeID?) -> String {
    let base = swiftType(field.type, in: context)
    guard field.isNullable else { return base }
    usesRuntime = true
    return "Nullable<" + base + ">"
  }

  /// Notes a direct use of a runtime name (`Indirect`, `AnyCodingKey`, ...).
  package mutating func noteRuntimeUse() {
    usesRuntime = true
  }

  private mutating func swiftType(_ primitive: Primitive, in context: TypeID?) -> String {
    if let name = ATProtoTypes.runtimeName(primitive) {
      usesRuntime = true
      return symbols.isShadowed(name, from: context) ? "SpecgenRuntime." + name : name
    }
    switch primitive {
    case .string(let format):
      switch format {
      case "date-time":
        usesRuntime = true
        return "DateTime"
      case "int64", "uint64":
        // A 64-bit integer written as a JSON string (Google Discovery, protobuf JSON).
        usesRuntime = true
        return format == "int64" ? "Int64String" : "UInt64String"
      case "byte":
        usesFoundation = true
        return "Data"
      case "binary":
        usesRuntime = true
        return symbols.isShadowed("FileUpload", from: context) ? "SpecgenRuntime.FileUpload" : "FileUpload"
      default:
        return "String"
      }
    case .integer(let format):
      switch format {
      case "int32": return "Int32"
      case "int64": return "Int64"
      default: return "Int"
      }
    case .number: return "Double"
    case .boolean: return "Bool"
    case .atBytes, .cidLink, .blob, .lexiconString:
      usesRuntime = true
      return "JSONValue"  // unreachable: `ATProtoTypes` names all of these
    }
  }
}
