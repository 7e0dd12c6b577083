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
        guard text.utf8.count > limit, let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex),
              end < text.endIndex else { return text }
        let cut = text[..<end]
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }
}
