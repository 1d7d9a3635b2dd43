extension String {
  /// The text with every control character (C0, DEL, C1, and the Unicode line and paragraph
  /// separators) written as an escape: `\n`, `\r`, `\t`, or `\u{1B}`.
  ///
  /// Every path and name a diagnostic prints goes through this, so a file named `a\nb:1:1: error: x`
  /// cannot forge a second diagnostic line, and a header comment stays one line.
  public var controlCharactersEscaped: String {
    guard unicodeScalars.contains(where: Self.isControl) else { return self }
    var result = ""
    for scalar in unicodeScalars {
      guard Self.isControl(scalar) else {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      }
    }
    return result
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
    default: false
    }
  }
}
