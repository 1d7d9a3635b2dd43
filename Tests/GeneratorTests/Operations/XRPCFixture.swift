import Foundation
import SchemaIR
import SwiftEmitter

/// Lexicons for XRPC request-builder tests, run through the real Lexicon front end and emitter.
enum XRPCFixture {
  /// The seed `place.stream.moderation.updateLivestream` procedure.
  static let updateLivestream = LexiconFixture.lexicon(
    "place.stream.moderation.updateLivestream",
    """
    "main": {
      "type": "procedure",
      "description": "Update livestream metadata on behalf of a streamer.",
      "input": {
        "encoding": "application/json",
        "schema": {
          "type": "object",
          "required": ["streamer", "livestreamUri"],
          "properties": {
            "streamer": {"type": "string", "format": "did"},
            "livestreamUri": {"type": "string", "format": "at-uri"},
            "title": {"type": "string", "maxLength": 1400, "maxGraphemes": 140}
          }
        }
      },
      "output": {
        "encoding": "application/json",
        "schema": {
          "type": "object",
          "required": ["uri", "cid"],
          "properties": {
            "uri": {"type": "string", "format": "at-uri"},
            "cid": {"type": "string", "format": "cid"}
          }
        }
      },
      "errors": [
        {"name": "Unauthorized"}, {"name": "Forbidden"}, {"name": "SessionNotFound"},
        {"name": "RecordNotFound", "description": "The specified livestream record does not exist."}
      ]
    }
    """)

  /// A query with an array parameter, a raw-bytes procedure and a subscription.
  static let others: [String: String] = [
    LexiconFixture.path("place.stream.live.getSegments"): LexiconFixture.lexicon(
      "place.stream.live.getSegments",
      """
      "main": {
        "type": "query",
        "parameters": {
          "type": "params",
          "required": ["user"],
          "properties": {
            "user": {"type": "string"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "limit": {"type": "integer"}
          }
        },
        "output": {"encoding": "application/json", "schema": {"type": "object", "properties": {"n": {"type": "integer"}}}}
      }
      """),
    LexiconFixture.path("place.stream.live.uploadThumbnail"): LexiconFixture.lexicon(
      "place.stream.live.uploadThumbnail",
      """
      "main": {"type": "procedure", "input": {"encoding": "image/png"}}
      """),
    LexiconFixture.path("place.stream.live.subscribeSegments"): LexiconFixture.lexicon(
      "place.stream.live.subscribeSegments",
      """
      "main": {
        "type": "subscription",
        "parameters": {"type": "params", "properties": {"cursor": {"type": "integer"}}},
        "message": {"schema": {"type": "union", "refs": ["#segment"]}}
      },
      "segment": {"type": "object", "properties": {"id": {"type": "string"}}}
      """),
  ]

  static func emit(_ files: [String: String]) throws -> [EmittedFile] {
    let result = try LexiconFixture.translate(files)
    return SwiftEmitter(options: EmitterOptions(moduleName: "Models")).emit(result.module)
  }
}
