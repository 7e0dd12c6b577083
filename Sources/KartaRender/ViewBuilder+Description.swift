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
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }
}
