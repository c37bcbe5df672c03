/// The width of text on a terminal, in columns: East Asian wide and fullwidth characters
/// (汉字, fullwidth punctuation) take two columns, combining marks none, everything else one.
public enum DisplayWidth {
    /// The number of terminal columns `text` occupies.
    public static func of(_ text: some StringProtocol) -> Int {
        let utf8 = text.utf8
        if utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) { return utf8.count }  // printable ASCII: a column each
        return text.reduce(0) { $0 + width(of: $1) }
    }

    /// The columns one character occupies.
    public static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        if scalar.properties.generalCategory == .nonspacingMark { return 0 }
        return isWide(scalar.value) ? 2 : 1
    }

    /// East Asian Width W and F ranges (Unicode UAX #11), the blocks that occur in names,
    /// organisations and labels.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F,          // Hangul Jamo initials
             0x2E80...0x303E,          // CJK radicals, punctuation
             0x3041...0x33FF,          // kana, CJK symbols
             0x3400...0x4DBF,          // CJK extension A
             0x4E00...0x9FFF,          // CJK unified ideographs
             0xA000...0xA4CF,          // Yi
             0xAC00...0xD7A3,          // Hangul syllables
             0xF900...0xFAFF,          // CJK compatibility ideographs
             0xFE30...0xFE4F,          // CJK compatibility forms
             0xFF00...0xFF60,          // fullwidth forms
             0xFFE0...0xFFE6,
             0x1F300...0x1F64F,        // pictographs, emoticons
             0x1F900...0x1F9FF,
             0x20000...0x3FFFD:        // CJK extensions B and beyond
            return true
        default:
            return false
        }
    }
}
