/// A person's name as Russian documents print it: a surname with initials after or before it
/// («Петров П.П.», «Петров П. П.», «П.П. Петров», «И. О. Фамилия», with «ё» and double-barrelled
/// surnames). Bodies, posts and names with a post («зам. директора Петров П.П.») are not names.
///
/// The one recogniser of people: the importer uses it to write `persons:`, the content loader and the
/// site to keep people off the pages of responsible bodies, the diff to compare them.
public struct PersonName: Sendable, Hashable {
    /// The surname as printed.
    public var surname: String
    /// The initials' letters, in order («ПП» for «П.П.»).
    public var initials: String

    /// Reads `text` as a name, or nil when it is something else.
    public init?(_ text: String) {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 2 else { return nil }
        if Self.isSurname(words[0]), let initials = Self.initials(words.dropFirst()) {
            surname = words[0]
            self.initials = initials
        } else if Self.isSurname(words[words.count - 1]), let initials = Self.initials(words.dropLast()) {
            surname = words[words.count - 1]
            self.initials = initials
        } else {
            return nil
        }
    }

    /// Whether `text` is a person's name.
    public static func isName(_ text: String) -> Bool { PersonName(text) != nil }

    /// The same for every way of printing the same name: «Петров П.П.», «Петров П. П.» and «П.П. Петров»
    /// all give «петров п.п.», with «ё» read as «е».
    public var key: String {
        RussianText.foldingYo((surname + " " + initials.map { "\($0)." }.joined()).lowercased())
    }

    /// «Петров», «Петрова-Водкина»: each part of it a capital letter, then lower-case letters.
    static func isSurname(_ word: String) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        return word.count >= 2 && parts.allSatisfy { part in
            guard let first = part.first, first.isUppercase, first.isLetter else { return false }
            return part.dropFirst().allSatisfy { $0.isLetter && $0.isLowercase }
        }
    }

    /// The letters of initials printed as one or more words of single capitals each followed by a dot
    /// («П.П.», «П.», «П.»), at most three letters; nil when a word is anything else.
    static func initials(_ words: ArraySlice<String>) -> String? {
        var letters = ""
        for word in words {
            let parts = word.split(separator: ".", omittingEmptySubsequences: false)
            guard word.hasSuffix("."), parts.count >= 2 else { return nil }
            for part in parts.dropLast() {
                guard part.count == 1, let letter = part.first, letter.isUppercase, letter.isLetter else { return nil }
                letters.append(letter)
            }
        }
        return (1...3).contains(letters.count) ? letters : nil
    }
}
