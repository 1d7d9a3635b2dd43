// The decode benchmark of scripts/bench.sh: about 1 MB of a list endpoint's JSON (Livepeer's
// `GET /webhook`, an array of `Webhook`) decoded by the generated `Livepeer.Webhook` through the
// runtime's `StrictJSONDecoder` (what `ResponseDecoding.json`, the generated clients' response path,
// uses) and by the structs a developer would write by hand for the same JSON with `JSONDecoder`;
// prints the medians and their ratio. Then a union-heavy list: rows of two `StringOrInteger` members
// holding integers (the second variant), through `JSONDecoder` (each value first tried as a `DateTime`,
// which throws) and through `StrictJSONDecoder` (which tells the union the value is an integer).
// Built in release inside the package bench.sh assembles.
import Foundation
import Livepeer
import SpecgenRuntime

/// What someone would write for the same JSON: plain optionals, `String` for the open enum.
struct HandWebhook: Codable {
  struct Status: Codable {
    struct LastFailure: Codable {
      var timestamp: Double?
      var error: String?
      var response: String?
      var statusCode: Double?
    }
    var lastFailure: LastFailure?
    var lastTriggeredAt: Double?
  }
  var id: String?
  var name: String
  var kind: String?
  var userId: String?
  var projectId: String?
  var createdAt: Double?
  var events: [String]?
  var url: String
  var sharedSecret: String?
  var streamId: String?
  var status: Status?
}

/// Deterministic webhooks until the JSON text reaches `bytes`.
func listJSON(bytes: Int) -> Data {
  let events = ["stream.started", "stream.idle", "recording.ready", "asset.ready", "task.failed", "asset.created"]
  var items: [String] = []
  var size = 2
  var index = 0
  while size < bytes {
    let failure =
      index % 3 == 0
      ? #","status":{"lastTriggeredAt":\#(1_700_000_000_000 + index),"lastFailure":{"timestamp":\#(1_700_000_000_500 + index),"error":"Error message \#(index)","response":"Response body","statusCode":500}}"#
      : #","status":{"lastTriggeredAt":\#(1_700_000_000_000 + index)}"#
    let item =
      #"{"id":"de7818e7-610a-4057-8f6f-\#(String(format: "%012d", index))","name":"webhook \#(index)","kind":"webhook","userId":"user-\#(index % 17)","projectId":"aac12556-4d65-4d34-9fb6-d1f0985eb0a9","createdAt":\#(1_587_667_174_725 + index),"events":["\#(events[index % 6])","\#(events[(index + 1) % 6])"],"url":"https://my-service.com/webhook/\#(index)","streamId":"stream-\#(index)""#
      + failure + "}"
    items.append(item)
    size += item.utf8.count + 1
    index += 1
  }
  return Data(("[" + items.joined(separator: ",") + "]").utf8)
}

func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
  var times: [Double] = []
  for _ in 0..<runs {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    times.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15)
  }
  return times.sorted()[runs / 2]
}

let data = listJSON(bytes: 1 << 20)
let decoder = JSONDecoder()
let strict = StrictJSONDecoder()
// Both decode every item, and agree on what they read.
let generated = try strict.decode([Webhook].self, from: data)
let hand = try decoder.decode([HandWebhook].self, from: data)
precondition(generated.count == hand.count && generated.last?.url == hand.last?.url)
precondition(generated.map { $0.events?.map(\.rawValue) } == hand.map(\.events))
let generatedByFoundation = try decoder.decode([Webhook].self, from: data)
precondition(generated == generatedByFoundation)
let runs = 15
var generatedMS = 0.0
var generatedFoundationMS = 0.0
var handMS = 0.0
// Alternating rounds, so a busy moment of the machine falls on each.
for _ in 0..<2 {
  generatedMS += try median(runs) { _ = try strict.decode([Webhook].self, from: data) }
  handMS += try median(runs) { _ = try decoder.decode([HandWebhook].self, from: data) }
  generatedFoundationMS += try median(runs) { _ = try decoder.decode([Webhook].self, from: data) }
}
print(
  String(
    format: "decode %.2f MB ([Webhook], %d items): generated %.1f ms (StrictJSONDecoder; with JSONDecoder %.1f ms), "
      + "hand-written %.1f ms (JSONDecoder), ratio %.2f (target <= 1.5)",
    Double(data.count) / 1_048_576, generated.count, generatedMS / 2, generatedFoundationMS / 2, handMS / 2,
    generatedMS / handMS))

/// A row of a metrics answer, with the generated union `StringOrInteger` (a `DateTime` or an `Int`).
struct Row: Codable, Equatable {
  var from: StringOrInteger
  var to: StringOrInteger
}

/// `[{"from": 1700000000000, "to": 1700000060000}, ...]` until the text reaches `bytes`: every value the
/// union's second variant.
func rowsJSON(bytes: Int) -> Data {
  var items: [String] = []
  var size = 2
  while size < bytes {
    let start = 1_700_000_000_000 + items.count * 60_000
    let item = #"{"from":\#(start),"to":\#(start + 60_000)}"#
    items.append(item)
    size += item.utf8.count + 1
  }
  return Data(("[" + items.joined(separator: ",") + "]").utf8)
}

let rows = rowsJSON(bytes: 1 << 20)
let strictRows = try strict.decode([Row].self, from: rows)
let foundationRows = try decoder.decode([Row].self, from: rows)
precondition(strictRows == foundationRows)
var unionStrictMS = 0.0
var unionFoundationMS = 0.0
for _ in 0..<2 {
  unionStrictMS += try median(runs) { _ = try strict.decode([Row].self, from: rows) }
  unionFoundationMS += try median(runs) { _ = try decoder.decode([Row].self, from: rows) }
}
print(
  String(
    format: "decode %.2f MB ([Row], %d items, %d StringOrInteger integers): StrictJSONDecoder %.1f ms, "
      + "JSONDecoder %.1f ms (a DateTime tried and failed per value), ratio %.2f",
    Double(rows.count) / 1_048_576, strictRows.count, strictRows.count * 2, unionStrictMS / 2,
    unionFoundationMS / 2, unionStrictMS / unionFoundationMS))
