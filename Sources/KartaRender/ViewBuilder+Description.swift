import Foundation
import KartaModel

extension ViewBuilder {
    /// At most about 200 characters, cut at a word: what search engines show under a result.
    static let descriptionLimit = 200

    func pageDescription(title: String, summary: String?) -> String {
        let site = content.config.description ?? content.config.title
        let text = summary.map { PlainText.collapsed($0) } ?? (title == site ? site : "\(title). \(site)")
        return Self.shortened(text, to: Self.descriptionLimit)
    }

    static func shortened(_ text: String, to limit: Int) -> String {
        // Counted up to the limit only: every page's description asked for the length of a whole text.
        guard text.utf8.count > limit, let end = characterIndex(text, offsetBy: limit), end < text.endIndex else { return text }
        let cut = text[..<end]
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingCharacters(in: trimmedAtCut) + "…"
    }

    /// Made once: the union was built again for every text shortened (every activity of the search index).
    private static let trimmedAtCut = CharacterSet.punctuationCharacters.union(.whitespaces)

    /// `text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex)`, counted by scalar while every
    /// scalar is a character of its own (the search index shortens every activity's text, and breaking a
    /// Russian text into characters cost more than the rest of its entry).
    static func characterIndex(_ text: String, offsetBy limit: Int) -> String.Index? {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var count = 0
        // The scalar after the last one counted must stand alone too, or it may belong to that character.
        while count <= limit, index < scalars.endIndex {
            let scalar = scalars[index]
            guard SingleScalarGraphemes.standsAlone(scalar), scalar != "\r" else {
                return text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex)
            }
            if count == limit { return index }
            index = scalars.index(after: index)
            count += 1
        }
        return count == limit ? index : nil
    }
}
