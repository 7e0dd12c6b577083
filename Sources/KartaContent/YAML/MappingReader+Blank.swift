extension MappingReader {
    /// Whether `text` is nothing but what `CharacterSet.whitespacesAndNewlines` holds (tab, U+000A–U+000D,
    /// U+0085, the Z* categories, and U+200B, a space in Foundation's older table), so `trimmingCharacters(in:)` would leave it empty. Asked of every required
    /// text; trimming through Foundation copied each one (6 % of a municipality-scale load).
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x09...0x0D, 0x85, 0x200B: return true
            case 0x21...0x7E: return false
            default:
                switch scalar.properties.generalCategory {
                case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
                default: return false
                }
            }
        }
    }
}
