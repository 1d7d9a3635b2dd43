import OpenAPIFrontEnd
import SchemaIR
import Testing

@Suite struct SchemaTranslationTests {
  @Test func deepReferenceLandsOnTheDeclarationItPointsInto() throws {
    let module = try TranslationFixture.translate(
      TranslationFixture.schemas(
        """
            stream:
              type: object
              properties:
                multistream:
                  type: object
                  properties:
                    targets: {type: array, items: {type: object, properties: {id: {type: string}}}}
                name: {type: string, maxLength: 10}
            patch:
              type: object
              properties:
                multistream: {$ref: '#/components/schemas/stream/properties/multistream'}
                name: {$ref: '#/components/schemas/stream/properties/name'}
        """)
    ).module
    let patch = try #require(module.object("#/components/schemas/patch"))
    #expect(patch.field("multistream")?.type == .named(TypeID("#/components/schemas/stream/properties/multistream")))
    #expect(patch.field("name")?.type == .primitive(.string))
    #expect(patch.field("name")?.constraints.maxLength == 10)
    let multistream = try #require(module.declaration(named: "#/components/schemas/stream/properties/multistream"))
    #expect(multistream.parent == TypeID("#/components/schemas/stream"))
    #expect(multistream.sourceName == "multistream")
    let target = try #require(
      module.declaration(named: "#/components/schemas/stream/properties/multistream/properties/targets/items"))
    #expect(target.parent == multistream.id)
    #expect(target.sourceName == "target")
    // Declared once, whichever side was translated first.
    #expect(module.declarations.filter { $0.sourceName == "multistream" }.count == 1)
  }

  @Test func referenceSiblingsRefineTheTarget() throws {
    let module = try TranslationFixture.translate(
      TranslationFixture.schemas(
        """
            base: {type: string, description: Base text, example: abc, default: xyz}
            old: {type: string, description: Old text, deprecated: true}
            holder:
              type: object
              properties:
                plain: {$ref: '#/components/schemas/base'}
                refined: {$ref: '#/components/schemas/base', description: Own text, deprecated: true}
                dated: {$ref: '#/components/schemas/old'}
        """)
    ).module
    let holder = try #require(module.object("#/components/schemas/holder"))
    // The declaration documents itself; a plain use keeps only the deprecation and the default.
    #expect(module.declaration(named: "#/components/schemas/base")?.documentation.description == "Base text")
    #expect(
      holder.field("plain")?.documentation == Documentation(defaultValue: .string("xyz")))
    #expect(holder.field("dated")?.documentation == Documentation(isDeprecated: true))
    #expect(holder.field("refined")?.documentation.description == "Own text")
    #expect(holder.field("refined")?.documentation.isDeprecated == true)
    #expect(holder.field("plain")?.type == .named(TypeID("#/components/schemas/base")))
    guard case .alias(.primitive(.string))? = module.declaration(named: "#/components/schemas/base")?.kind else {
      Issue.record("a primitive component becomes an alias")
      return
    }
  }

  @Test func nullabilityIn31And30() throws {
    let v31 = try TranslationFixture.translate(
      TranslationFixture.schemas(
        """
            policy: {type: [object, 'null'], properties: {type: {type: string}}}
            holder:
              type: object
              required: [required]
              properties:
                policy: {$ref: '#/components/schemas/policy'}
                names: {type: [array, 'null'], items: {type: string}}
                required: {type: [string, 'null']}
                viaOneOf: {oneOf: [{$ref: '#/components/schemas/policy'}, {type: 'null'}]}
                plain: {type: string}
        """)
    ).module
    let holder = try #require(v31.object("#/components/schemas/holder"))
    #expect(holder.field("policy")?.isNullable == true)
    #expect(holder.field("names")?.isNullable == true)
    #expect(holder.field("names")?.type == .array(.primitive(.string)))
    #expect(holder.field("required")?.isNullable == true)
    #expect(holder.field("required")?.isRequired == true)
    #expect(holder.field("viaOneOf")?.isNullable == true)
    #expect(holder.field("viaOneOf")?.type == .named(TypeID("#/components/schemas/policy")))
    #expect(holder.field("plain")?.isNullable == false)

    let v30 = try TranslationFixture.translate(
      TranslationFixture.schemas(
        """
            holder:
              type: object
              properties:
                name: {type: string, nullable: true}
                count: {type: integer, format: int64}
        """, version: "3.0.3")
    ).module
    let old = try #require(v30.object("#/components/schemas/holder"))
    #expect(old.field("name")?.isNullable == true)
    #expect(old.field("count")?.type == .primitive(.integer(format: "int64")))
  }

  @Test func allOfMergesMembersAndRequirements() throws {
    let module = try TranslationFixture.translate(
      TranslationFixture.schemas(
        """
            base:
              type: object
              required: [id]
              properties: {id: {type: string}, name: {type: string}}
            derived:
              allOf:
                - $ref: '#/components/schemas/base'
                - type: object
                  required: [name]
                  properties: {extra: {type: boolean}}
        """)
    ).module
    let derived = try #require(module.object("#/components/schemas/derived"))
    #expect(derived.fields.map(\.jsonName) == ["id", "name", "extra"])
    #expect(derived.field("id")?.isRequired == true)
    #expect(derived.field("name")?.isRequired == true)
    #expect(derived.field("extra")?.isRequired == false)
  }

  @Test func oneOfBecomesAUnionWithNamedVariants() throws {
    let module = try TranslationFixture.translate(
      TranslationFixture.schemas(
        """
            creator:
              oneOf:
                - type: object
                  required: [type, value]
                  properties: {type: {type: string, enum: [unverified]}, value: {type: string}}
                - type: string
            either:
              anyOf: [{$ref: '#/components/schemas/creator'}, {type: integer}]
        """)
    ).module
    let creator = try #require(module.union("#/components/schemas/creator"))
    // The object branch pins `type` to one value, which names it.
    #expect(creator.variants.map(\.sourceName) == ["unverified", "string"])
    #expect(creator.variants[0].type == .named(TypeID("#/components/schemas/creator/oneOf/0")))
    #expect(creator.variants[1].type == .primitive(.string))
    #expect(creator.discriminator == nil)
    let object = try #require(module.declaration(named: "#/components/schemas/creator/oneOf/0"))
    #expect(object.parent == TypeID("#/components/schemas/creator"))
    let either = try #require(module.union("#/components/schemas/either"))
    #expect(either.variants.map(\.sourceName) == ["creator", "integer"])
  }

  @Test func pinnedTagMembersActAsAnInferredDiscriminator() throws {
    let module = try TranslationFixture.translate(
      TranslationFixture.schemas(
        """
            recording: {type: object, required: [type, sessionId], properties: {type: {const: recording}, sessionId: {type: string}}}
            source:
              oneOf:
                - {type: object, required: [type, url], properties: {type: {type: string, enum: [url]}, url: {type: string}}}
                - $ref: '#/components/schemas/recording'
                - {type: object, required: [type], properties: {type: {type: string, enum: [directUpload, clip]}}}
            overlapping:
              oneOf:
                - {type: object, required: [kind], properties: {kind: {enum: [a]}}}
                - {type: object, required: [kind], properties: {kind: {enum: [a, b]}}}
            untagged:
              oneOf:
                - {type: object, required: [kind], properties: {kind: {enum: [a]}}}
                - {type: object, properties: {kind: {enum: [b]}}}
        """)
    ).module
    let source = try #require(module.union("#/components/schemas/source"))
    #expect(source.discriminator == "type")
    #expect(source.variants.map(\.tags) == [["url"], ["recording"], ["directUpload", "clip"]])
    #expect(source.variants.map(\.sourceName) == ["url", "recording", "directUpload-or-clip"])
    #expect(module.declaration(named: "#/components/schemas/source/oneOf/2")?.sourceName == "directUpload-or-clip")
    // Values shared between branches, or a branch where the member is optional: no inference.
    #expect(module.union("#/components/schemas/overlapping")?.discriminator == nil)
    #expect(module.union("#/components/schemas/untagged")?.discriminator == nil)
  }

  @Test func discriminatorMapsTagsToVariants() throws {
    let module = try TranslationFixture.translate(
      TranslationFixture.schemas(
        """
            cat: {type: object, properties: {kind: {type: string}}}
            dog: {type: object, properties: {kind: {type: string}}}
            pet:
              oneOf: [{$ref: '#/components/schemas/cat'}, {$ref: '#/components/schemas/dog'}]
              discriminator:
                propertyName: kind
                mapping: {meow: '#/components/schemas/cat'}
        """)
    ).module
    let pet = try #require(module.union("#/components/schemas/pet"))
    #expect(pet.discriminator == "kind")
    #expect(pet.variants.map(\.tags) == [["meow"], ["dog"]])
  }

  @Test func enumsConstsAndFormats() throws {
    let module = try TranslationFixture.translate(
      TranslationFixture.schemas(
        """
            holder:
              type: object
              properties:
                profile: {type: string, enum: [H264Baseline, H264Main]}
                level: {type: integer, enum: [1, 2, null]}
                fixed: {const: v1}
                when: {type: string, format: date-time}
                id: {type: string, format: uuid}
                blob: {type: string, format: binary}
                ratio: {type: number, format: float}
        """)
    ).module
    let holder = try #require(module.object("#/components/schemas/holder"))
    guard case .named(let profileID)? = holder.field("profile")?.type,
      case .enumeration(let profile)? = module.declaration(profileID)?.kind
    else {
      Issue.record("enum property declares an enumeration")
      return
    }
    #expect(profile.rawType == .string)
    #expect(profile.isOpen)
    #expect(profile.cases.map(\.value) == [.string("H264Baseline"), .string("H264Main")])
    #expect(holder.field("level")?.isNullable == true)
    #expect(holder.field("fixed")?.constraints.constant == .string("v1"))
    #expect(holder.field("fixed")?.type == .primitive(.string))
    #expect(holder.field("when")?.type == .primitive(.string(format: "date-time")))
    #expect(holder.field("id")?.type == .primitive(.string(format: "uuid")))
    #expect(holder.field("blob")?.type == .primitive(.string(format: "binary")))
    #expect(holder.field("ratio")?.type == .primitive(.number(format: "float")))
  }

  @Test func additionalPropertiesVariants() throws {
    let module = try TranslationFixture.translate(
      TranslationFixture.schemas(
        """
            closed: {type: object, additionalProperties: false, properties: {a: {type: string}}}
            open: {type: object, additionalProperties: true, properties: {a: {type: string}}}
            typed: {type: object, additionalProperties: {type: integer}, properties: {a: {type: string}}}
            silent: {type: object, properties: {a: {type: string}}}
            holder:
              type: object
              properties:
                context: {type: object, additionalProperties: true}
                counts: {type: object, additionalProperties: {type: integer}}
        """)
    ).module
    // `false` is dropped like silence: decoding skips unlisted members rather than failing on them.
    #expect(module.object("#/components/schemas/closed")?.additionalProperties == .ignored)
    #expect(module.object("#/components/schemas/open")?.additionalProperties == .kept(.any))
    #expect(module.object("#/components/schemas/typed")?.additionalProperties == .kept(.primitive(.integer)))
    #expect(module.object("#/components/schemas/silent")?.additionalProperties == .ignored)
    let holder = try #require(module.object("#/components/schemas/holder"))
    #expect(holder.field("context")?.type == .map(.any))
    #expect(holder.field("counts")?.type == .map(.primitive(.integer)))
  }

  @Test func defaultsExamplesAndHugeNumbersKeepTheirText() throws {
    let module = try TranslationFixture.translate(
      TranslationFixture.schemas(
        """
            holder:
              type: object
              properties:
                big: {type: integer, maximum: 9223372036854776000, minimum: 0, exclusiveMinimum: 0}
                interval: {type: number, default: 600, example: 600.5}
                tags: {type: array, items: {type: string}, examples: [[a, b]]}
        """)
    ).module
    let holder = try #require(module.object("#/components/schemas/holder"))
    #expect(holder.field("big")?.constraints.maximum == .init("9223372036854776000"))
    #expect(holder.field("big")?.constraints.minimum == .init("0", isExclusive: true))
    #expect(holder.field("interval")?.documentation.defaultValue == .integer(600))
    #expect(holder.field("interval")?.documentation.examples == [.number("600.5")])
    #expect(holder.field("tags")?.documentation.examples == [.array([.string("a"), .string("b")])])
  }

  @Test func legalRecursionTerminates() throws {
    let module = try TranslationFixture.translate(
      TranslationFixture.schemas(
        """
            node:
              type: object
              properties:
                children: {type: array, items: {$ref: '#/components/schemas/node'}}
                parent: {$ref: '#/components/schemas/node'}
        """)
    ).module
    let node = try #require(module.object("#/components/schemas/node"))
    #expect(node.field("children")?.type == .array(.named(TypeID("#/components/schemas/node"))))
    #expect(node.field("parent")?.type == .named(TypeID("#/components/schemas/node")))
  }
}
