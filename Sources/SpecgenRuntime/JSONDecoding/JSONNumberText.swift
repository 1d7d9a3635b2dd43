/// Conversions of a number's JSON text (already checked against the grammar) to Swift numbers, exact
/// where the type is: an integer type reads the number's exact value, whatever its spelling (`100`,
/// `1e2`, `100.0`), or nothing when that value is not an integer the type holds; `Double` and `Float`
/// round once, to nearest.
enum JSONNumberText {
  /// The exact value of `text` as a `Value`, nil when it has a fraction or is out of range.
  static func integer<Value: FixedWidthInteger>(_ text: UnsafeBufferPointer<UInt8>, digitsOnly: Bool, as: Value.Type)
    -> Value?
  {
    let negative = text[0] == UInt8(ascii: "-")
    let magnitude: UInt64?
    if digitsOnly {
      magnitude = digitsValue(text, from: negative ? 1 : 0, to: text.count)
    } else {
      magnitude = integralMagnitude(text, negative: negative)
    }
    guard let magnitude else { return nil }
    guard negative, magnitude != 0 else { return Value(exactly: magnitude) }
    guard Value.isSigned, magnitude - 1 <= UInt64(clamping: Value.max) else { return nil }
    // -(magnitude - 1) - 1 reaches Value.min without overflowing.
    return 0 - Value(magnitude - 1) - 1
  }

  /// The decimal digits `text[start..<end]` as a `UInt64`, nil on overflow.
  @inline(__always)
  private static func digitsValue(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64? {
    var value: UInt64 = 0
    if end - start <= 19 {  // 19 digits never overflow
      for index in start..<end { value = value &* 10 &+ UInt64(text[index] &- UInt8(ascii: "0")) }
      return value
    }
    for index in start..<end {
      let (times, overflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, carry) = times.addingReportingOverflow(UInt64(text[index] &- UInt8(ascii: "0")))
      guard !overflow, !carry else { return nil }
      value = sum
    }
    return value
  }

  /// The digits, without the decimal point, and the power of ten they are scaled by: `12.5e3` is
  /// `125` and `2`. Leading zeros are dropped; an exponent too large to matter saturates.
  private static func decimal(_ text: UnsafeBufferPointer<UInt8>) -> (digits: [UInt8], exponent: Int) {
    var digits: [UInt8] = []
    var exponent = 0
    var index = text[0] == UInt8(ascii: "-") ? 1 : 0
    var afterPoint = false
    while index < text.count {
      let byte = text[index]
      if byte == UInt8(ascii: ".") {
        afterPoint = true
      } else if byte | 0x20 == UInt8(ascii: "e") {
        break
      } else {
        if !(digits.isEmpty && byte == UInt8(ascii: "0")) { digits.append(byte &- UInt8(ascii: "0")) }
        if afterPoint { exponent -= 1 }
      }
      index += 1
    }
    if index < text.count {
      index += 1
      var negativeExponent = false
      if text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") {
        negativeExponent = text[index] == UInt8(ascii: "-")
        index += 1
      }
      var written = 0
      while index < text.count {
        written = min(written * 10 + Int(text[index] &- UInt8(ascii: "0")), 1_000_000_000)
        index += 1
      }
      exponent += negativeExponent ? -written : written
    }
    return (digits, exponent)
  }

  /// The magnitude of a number written with a fraction or an exponent when its value is an integer
  /// that fits a `UInt64` (`1.0`, `1e2`, `-0.0`), else nil.
  private static func integralMagnitude(_ text: UnsafeBufferPointer<UInt8>, negative: Bool) -> UInt64? {
    var (digits, exponent) = decimal(text)
    while let last = digits.last, last == 0 {
      digits.removeLast()
      exponent += 1
    }
    if digits.isEmpty { return 0 }
    guard exponent >= 0, digits.count + exponent <= 20 else { return nil }
    var value: UInt64 = 0
    for digit in digits + [UInt8](repeating: 0, count: exponent) {
      let (times, overflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, carry) = times.addingReportingOverflow(UInt64(digit))
      guard !overflow, !carry else { return nil }
      value = sum
    }
    return value
  }

  /// Powers of ten a `Double` holds exactly.
  private static let exactPowers: [Double] = (0...22).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }

  /// `text` as the nearest `Double`; nil beyond its range (a value that rounds to infinity).
  static func double(_ text: UnsafeBufferPointer<UInt8>, digitsOnly: Bool) -> Double? {
    let negative = text[0] == UInt8(ascii: "-")
    let start = negative ? 1 : 0
    // Up to 15 digits is below 2^53: the conversion is exact.
    if digitsOnly, text.count - start <= 15, let magnitude = digitsValue(text, from: start, to: text.count) {
      let value = Double(magnitude)
      return negative ? -value : value
    }
    // Clinger's fast path: a mantissa below 2^53 scaled by an exact power of ten rounds once.
    if !digitsOnly, text.count <= 40 {
      let (digits, exponent) = decimal(text)
      if digits.count <= 15, abs(exponent) <= 22 {
        var mantissa: UInt64 = 0
        for digit in digits { mantissa = mantissa * 10 + UInt64(digit) }
        var value = Double(mantissa)
        value = exponent < 0 ? value / exactPowers[-exponent] : value * exactPowers[exponent]
        return negative ? -value : value
      }
    }
    guard let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else { return nil }
    return value
  }

  /// `text` as the nearest `Float`; nil beyond its range.
  static func float(_ text: UnsafeBufferPointer<UInt8>, digitsOnly: Bool) -> Float? {
    let start = text[0] == UInt8(ascii: "-") ? 1 : 0
    // Up to 7 digits is below 2^24: the conversion is exact.
    if digitsOnly, text.count - start <= 7, let magnitude = digitsValue(text, from: start, to: text.count) {
      return start == 1 ? -Float(magnitude) : Float(magnitude)
    }
    guard let value = Float(String(decoding: text, as: UTF8.self)), value.isFinite else { return nil }
    return value
  }

  /// The kind `JSONValue` reads `text` as: an integral value that fits `Int64` is an integer (`1`,
  /// `1.0`, `1e2`), anything else a `Double`.
  static func isInt64(_ text: UnsafeBufferPointer<UInt8>, digitsOnly: Bool) -> Bool {
    if digitsOnly, text.count <= 18 { return true }
    return integer(text, digitsOnly: digitsOnly, as: Int64.self) != nil
  }
}
