import SchemaIR

/// IR with a constraint of every kind, on every shape of member the emitter handles.
enum ValidationFixture {
  typealias F = EmitterFixture

  static func field(
    _ name: String, _ type: TypeReference, required: Bool = false, nullable: Bool = false,
    deprecated: Bool = false, _ constraints: Constraints = Constraints()
  ) -> Field {
    Field(
      jsonName: name, type: type, isRequired: required, isNullable: nullable, constraints: constraints,
      documentation: Documentation(isDeprecated: deprecated))
  }

  static let declarations: [TypeDeclaration] = [
    F.object(
      "#/s/limits",
      [
        field(
          "count", .primitive(.integer(format: "int64")), required: true,
          Constraints(
            minimum: .init("0", isExclusive: true), maximum: .init("9223372036854776000"))),
        field("ratio", .primitive(.number), Constraints(multipleOf: "0.5")),
        field("code", .primitive(.string), Constraints(minLength: 2, pattern: "([")),
        field("path", .primitive(.string), required: true, Constraints(pattern: "^/")),
        field("older", .primitive(.string), deprecated: true, Constraints(maxLength: 3)),
        field("note", .primitive(.string), nullable: true, Constraints(maxLength: 4)),
        field("level", F.named("#/s/level"), Constraints(maxLength: 5)),
        field("handle", F.named("#/s/handle"), required: true),
        field(
          "tags", .array(.primitive(.string)),
          Constraints(maxItems: 3, uniqueItems: true, itemConstraints: Constraints(maxLength: 2))),
        field("child", F.named("#/s/child")),
        field("flag", .primitive(.boolean), Constraints(constant: .bool(true))),
        field("at", .primitive(.string(format: "date-time")), Constraints(maxLength: 30)),
        field("zip", .primitive(.string), Constraints(pattern: #"^\d{5}(-\d{4})?$"#)),
      ]),
    F.object("#/s/child", [field("name", .primitive(.string), required: true, Constraints(minLength: 1))]),
    F.declaration(
      "#/s/level",
      .enumeration(
        EnumerationType(
          rawType: .string, cases: [.init(value: .string("a")), .init(value: .string("b"))], isOpen: true)
      )),
    TypeDeclaration(
      id: TypeID("#/s/handle"), sourceName: "handle", kind: .alias(.primitive(.string)),
      constraints: Constraints(minLength: 3)),
    F.declaration(
      "#/s/choice",
      .union(
        UnionType(variants: [
          .init(sourceName: "child", type: F.named("#/s/child")),
          .init(sourceName: "text", type: .primitive(.string)),
          .init(sourceName: "handle", type: F.named("#/s/handle")),
        ]))),
    F.declaration(
      "#/s/strict", .enumeration(EnumerationType(rawType: .string, cases: [.init(value: .null)], isOpen: false))),
    F.object("#/s/plain", [field("name", .primitive(.string))]),
    F.object("#/s/loop", [field("next", F.named("#/s/loop")), field("child", F.named("#/s/child"))]),
  ]
}
