import Foundation

/// What counts as «the same text» when only typography differs: quotes, dashes, spaces, ё.
///
/// Two texts with the same `key` say the same words: the diff hides an edit between them as typographic
/// (but counts it), and `BodyNames` compares the names of bodies through it.
public enum Typography {
    /// The normalised form of a text: one kind of quote and dash, ё read as е, runs of spaces
    /// (non-breaking and thin ones too) as one space, no space next to punctuation, trimmed.
    public static func key(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        var last: Unicode.Scalar?
        for scalar in text.precomposedStringWithCanonicalMappingIfNeeded.unicodeScalars {
            guard let mapped = normalised(scalar) else { continue }
            if mapped == " " {
                pendingSpace = last != nil
                continue
            }
            // A space beside punctuation («№ 179», «85 %», «МОУО - ОО») is typography, not a word boundary.
            if pendingSpace, let previous = last, isWordScalar(previous), isWordScalar(mapped) {
                output.append(" ")
            }
            pendingSpace = false
            output.append(mapped)
            last = mapped
        }
        return String(output)
    }

    /// One scalar in its normalised form; nil for a scalar that is dropped (soft hyphen, zero-width space).
    public static func normalised(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0xFEFF: return nil
        case 0x0020, 0x0009, 0x000A, 0x000D, 0x00A0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return " "
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x0022: return "\""
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x0027: return "'"
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x002D: return "-"
        case 0x0451: return "е"
        case 0x0401: return "Е"
        case 0x2026: return "."
        default: return scalar
        }
    }

    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark
    }

    /// Leading and trailing white space is layout of the source file (a YAML block scalar's final
    /// line break), never an edit.
    public static func trimmed(_ text: String) -> Substring {
        var slice = Substring(text)
        while let first = slice.unicodeScalars.first, isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.unicodeScalars.last, isSpace(last) { slice = slice.dropLast() }
        return slice
    }

    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        normalised(scalar) == " "
    }
}

extension String {
    /// NFC («е» + U+0308 becomes «ё»), skipped for the common text that has no combining mark.
    var precomposedStringWithCanonicalMappingIfNeeded: String {
        unicodeScalars.contains { $0.properties.canonicalCombiningClass != .notReordered }
            ? precomposedStringWithCanonicalMapping : self
    }
}
