import Foundation
import KartaDiff
import KartaMarkdown

/// Where a change is, in words a reader finds it by without the page around it: the document and its
/// entity, the section and number of an item, the year of a figure, the start of a paragraph.
extension DiffWording {
    /// Section titles run to 190 characters; this much names one.
    public static let sectionTitleLength = 60
    /// How much of a paragraph or an activity names it.
    public static let quoteWords = 8

    /// The text cut at a word before `limit` characters, with «…»; shorter text as it is.
    public static func shortened(_ text: String, limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let head = flat.prefix(limit)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return cut.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }

    /// The first words of a text, with «…» when there are more.
    public static func quote(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.prefix(quoteWords).joined(separator: " ") + (words.count > quoteWords ? " …" : "")
    }

    /// «Дорожная карта «…» (Качканар)»: a document as a heading names it.
    public static func document(_ document: ContentDiff.Document, entity: String?) -> String {
        let title = document.title.isEmpty ? document.id : document.title
        let kindLabel = kind(document.kind)
        // «Дорожная карта по развитию …» and «Показатели мониторинга» name their kind already.
        let named = title.lowercased().hasPrefix(kindLabel.lowercased()) ? title : "\(kindLabel) «\(title)»"
        return named + (entity.map { " (\($0))" } ?? "")
    }

    /// «раздел «Обеспечение объективности …», № 1.»; «показатель 2.4.1 «Доля …», 2023 г.»; «№ 1.» where
    /// the table has no sections. Numbering restarts in each section, so a number alone names no row.
    public static func rowPlace(_ row: RowDiff, section: String, kind: DocumentKind) -> String {
        let number = row.number ?? row.oldNumber
        let values = row.new ?? row.old
        if kind == .indicators {
            let name = values?.cells["name"]?.plainText ?? ""
            let year = values?.cells["year"]?.plainText
            return "показатель \(number ?? row.id)" + (name.isEmpty ? "" : " «\(shortened(name, limit: sectionTitleLength))»")
                + (year.map { ", \($0) г." } ?? "")
        }
        let numbered = number.map { "№ \($0)" } ?? row.id
        guard !section.isEmpty else { return numbered }
        return "раздел «\(shortened(section, limit: sectionTitleLength))», \(numbered)"
    }

    /// «Дорожная карта по направлению «Организация…»: which roadmap, shortly; a report records the activities of
    /// all its entity's roadmaps, and each numbers its own from 1.
    public static func roadmapName(_ title: String) -> String {
        let short = shortened(title, limit: sectionTitleLength)
        return title.lowercased().hasPrefix("дорожная карта") ? short : "дорожная карта «\(short)»"
    }

    /// The rows of a table named as `rowPlace` names them, by anchor: where its hidden edits are, with the section and
    /// the year their own place («1.», «1.1.1») leaves out.
    public static func rowPlaces(in table: TableDiff) -> [String: String] {
        var places: [String: String] = [:]
        for section in table.sections {
            for row in section.diffs { places[row.anchor] = rowPlace(row, section: section.title, kind: table.kind) }
        }
        return places
    }

    /// «абзац «Первые слова …»», «заголовок «…»»: which block of a page or report.
    public static func blockPlace(_ block: MarkdownBlock) -> String {
        let name = switch block.kind {
        case .heading: "заголовок"
        case .paragraph: "абзац"
        case .listItem: "пункт списка"
        case .code: "код"
        case .html: "HTML"
        case .rule: "линия"
        case .tableRow: "строка таблицы"
        }
        return block.text.isEmpty ? name : "\(name) «\(quote(block.text))»"
    }
}
