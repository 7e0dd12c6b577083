/// Latin spelling of Russian text for web addresses (ГОСТ 7.79-2000, system B, simplified to
/// letters a web address can hold: «Качканар» → `kachkanar`, «МОУО» → `mouo`).
public enum Transliteration {
    static let table: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
        "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "x", "ц": "c", "ч": "ch", "ш": "sh", "щ": "shh", "ъ": "", "ы": "y", "ь": "",
        "э": "e", "ю": "yu", "я": "ya",
    ]

    /// A slug: lower-case Latin letters, digits and single hyphens; `fallback` when nothing is left.
    public static func slug(_ text: String, fallback: String = "item") -> String {
        var slug = ""
        for character in text.lowercased() {
            if let latin = table[character] {
                slug += latin
            } else if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? fallback : String(slug.prefix(80))
    }
}
