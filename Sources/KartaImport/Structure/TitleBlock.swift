import Foundation

/// The approving document printed above a table («УТВЕРЖДЕНА постановлением … от 19.06.2020 № 179»).
struct ApprovalDraft: Equatable {
    var heading: String?
    /// Nominative: постановление, приказ, распоряжение, решение, указ.
    var kind: String
    var body: String?
    var number: String?
    /// `YYYY-MM-DD`.
    var date: String?
    /// The approval line(s) as printed, joined by spaces.
    var text: String
    var line: Int

    /// The stamp lines as printed.
    var printedLines: [String]
}

/// What the text just before a table says about it: approval, title, caption, a section title,
/// an intro sentence; whatever else is there is running text (prose).
struct TitleBlock {
    /// A web address printed above the document (legal databases print where it was copied from).
    var source: (address: String, line: Int)?
    var approval: ApprovalDraft?
    var title: String?
    var titleLine: Int?
    var caption: String?
    var section: (title: String, line: Int, column: Int)?
    var intro: [Paragraph] = []
    var prose: [Paragraph] = []

    static func extract(_ input: [Paragraph]) -> TitleBlock {
        var block = TitleBlock()
        var paragraphs = input
        if let (source, remaining) = findSource(in: paragraphs) {
            block.source = source
            paragraphs = remaining
        }
        if let (approval, remaining) = findApproval(in: paragraphs) {
            block.approval = approval
            paragraphs = remaining
        }
        if let last = paragraphs.last, isCaption(last.title) {
            block.caption = last.title
            paragraphs.removeLast()
        }
        var unit = tailUnit(&paragraphs)
        if let candidate = unit, !paragraphs.isEmpty, isSectionTitle(candidate.title) {
            block.section = (candidate.title, candidate.firstLine.number, candidate.firstLine.firstColumn)
            unit = tailUnit(&paragraphs)
        }
        if let unit {
            block.title = unit.title
            block.titleLine = unit.firstLine.number
        }
        if let last = paragraphs.last, last.title.lowercased().contains("таблиц") {
            block.intro = [last]
            paragraphs.removeLast()
        }
        block.prose = paragraphs
        return block
    }

    /// The last paragraph, with the ones before it while it starts lower-case (a title broken over
    /// paragraphs: «Дорожная карта» / «по направлению …»).
    static func tailUnit(_ paragraphs: inout [Paragraph]) -> Paragraph? {
        guard var unit = paragraphs.popLast() else { return nil }
        while unit.start == .lower, let previous = paragraphs.last, previous.title.count <= 200, !isCaption(previous.title) {
            unit = Paragraph(lines: previous.lines + unit.lines)
            paragraphs.removeLast()
        }
        return unit
    }

    static func isCaption(_ text: String) -> Bool {
        let normalized = TextTools.normalized(text)
        guard normalized.hasPrefix("таблица") else { return false }
        return normalized.count <= 14
    }

    /// Titles that name a document rather than a direction.
    static func isDocumentTitle(_ text: String) -> Bool {
        let normalized = TextTools.normalized(text)
        let patterns = [#"дорожн\w*\s+карт"#, #"план\w*\s+мероприяти"#, #"^план\b"#, #"ожидаем\w*\s+результат"#, #"^таблица"#, #"^программ"#, #"^концепци"#, #"^положени"#]
        return patterns.contains { pattern in (try? Regex(pattern)).map { normalized.contains($0) } ?? false }
    }

    /// A direction's title standing before a table continues the document as a new section.
    static func isSectionTitle(_ text: String) -> Bool {
        text.count <= 300 && !isDocumentTitle(text) && DirectionMatcher.match(text) != nil
    }

    // MARK: - Source address

    /// A line that is only a web address: never a title, whatever comes after it.
    static func isAddress(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")) && !trimmed.contains(" ")
    }

    /// The first address line of the paragraphs; every address line is removed from them.
    static func findSource(in paragraphs: [Paragraph]) -> ((address: String, line: Int), [Paragraph])? {
        var found: (address: String, line: Int)?
        let remaining = paragraphs.compactMap { paragraph -> Paragraph? in
            let kept = paragraph.lines.filter { line in
                guard isAddress(TextTools.removeBookmarks(line.text)) else { return true }
                if found == nil { found = (line.text.trimmingCharacters(in: .whitespaces), line.number) }
                return false
            }
            return kept.isEmpty ? nil : Paragraph(lines: kept)
        }
        return found.map { ($0, remaining) }
    }

    // MARK: - Approval

    static let headingCore = #"(утвержден[аоы]?|утверждаю|согласован[аоы]?|приложение(\s*(№|N|No)?\s*\d+)?)"#
    static let headingPattern = "^" + headingCore + #"\.?$"#
    /// A heading followed on its line by the stamp's text: «Приложение N 3 к приказу …», «УТВЕРЖДЕНА приказом …».
    static let headingWithTextPattern = "^" + headingCore + #"\.?\s+(?=(к\s+)?(постановлени|приказ|распоряжени|решени|указ))"#
    static let textPattern = #"^(постановлением|приказом|распоряжением|решением|указом|к\s+(постановлению|приказу|распоряжению|решению|указу))(\s|$)"#

    /// Looks for an approval stamp in the first paragraphs; returns it and the paragraphs without its lines.
    static func findApproval(in paragraphs: [Paragraph]) -> (ApprovalDraft, [Paragraph])? {
        guard let heading = try? Regex(headingPattern).ignoresCase(), let opening = try? Regex(textPattern).ignoresCase(),
              let headingWithText = try? Regex(headingWithTextPattern).ignoresCase() else { return nil }
        for (paragraphIndex, paragraph) in paragraphs.prefix(3).enumerated() {
            let lines = paragraph.lines.map { TextTools.removeBookmarks($0.text).replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespaces) }
            for (lineIndex, text) in lines.enumerated() {
                var headingText: String?
                var start = lineIndex
                var sharedLine: (text: String, line: SourceLine)?
                if text.wholeMatch(of: heading) != nil {
                    headingText = text
                    start = lineIndex + 1
                } else if let match = text.firstMatch(of: headingWithText) {
                    headingText = String(text[match.range]).trimmingCharacters(in: .whitespaces)
                    sharedLine = (String(text[match.range.upperBound...]), paragraph.lines[lineIndex])
                    start = lineIndex + 1
                } else if text.firstMatch(of: opening) == nil {
                    continue
                }
                // The stamp's text runs on until its number is given and its quotes are closed; it is in
                // the same paragraph, or in the next one when the heading ends its paragraph.
                var source = Array(paragraph.lines.dropFirst(start))
                if source.isEmpty, sharedLine == nil, paragraphIndex + 1 < paragraphs.count { source = paragraphs[paragraphIndex + 1].lines }
                var flat = source.map { (text: TextTools.removeBookmarks($0.text).replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespaces), line: $0) }
                if let sharedLine { flat.insert(sharedLine, at: 0) }
                guard let first = flat.first, first.text.firstMatch(of: opening) != nil else { break }
                var taken: [(text: String, line: SourceLine)] = []
                for (index, entry) in flat.enumerated() {
                    taken.append(entry)
                    let joined = taken.map(\.text).joined(separator: " ")
                    let complete = numberSign(in: joined) != nil && !TextTools.unclosedBracket(joined)
                    if complete {
                        let following = index + 1 < flat.count ? flat[index + 1].text : ""
                        if !following.hasPrefix("«") { break }
                    }
                    if taken.count >= 14 { break }
                }
                let text = taken.map(\.text).joined(separator: " ")
                var approval = parse(text)
                approval.heading = headingText
                approval.line = (headingText != nil ? paragraph.lines[lineIndex] : taken[0].line).number
                approval.printedLines = (headingText.map { [$0] } ?? []) + taken.map(\.text)
                // Remove the stamp's lines from the paragraphs.
                let used = Set(taken.map(\.line.number) + (headingText != nil ? [paragraph.lines[lineIndex].number] : []))
                let remaining = paragraphs.compactMap { paragraph -> Paragraph? in
                    let kept = paragraph.lines.filter { !used.contains($0.number) }
                    return kept.isEmpty ? nil : Paragraph(lines: kept)
                }
                return (approval, remaining)
            }
        }
        return nil
    }

    /// Where the document's number sign is: «№», or the «N» / «No» legal databases print, standing
    /// before a number; the first one.
    static func numberSign(in text: String) -> Range<String.Index>? {
        if let sign = text.range(of: "№") { return sign }
        return text.firstMatch(of: #/(?:^|[^\p{L}\d])(No|N)\.?(?=\s*\d)/#).map { $0.output.1.startIndex..<$0.range.upperBound }
    }

    static let kinds: [(stem: String, nominative: String)] = [
        ("постановлени", "постановление"), ("приказ", "приказ"), ("распоряжени", "распоряжение"), ("решени", "решение"), ("указ", "указ"),
    ]

    static let months = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"]

    /// Kind, body, number and date from the approval text.
    static func parse(_ text: String) -> ApprovalDraft {
        var words = text.split(separator: " ").map(String.init)
        if words.first?.lowercased() == "к" { words.removeFirst() }
        let kindWord = words.first?.lowercased() ?? ""
        let kind = kinds.first { kindWord.hasPrefix($0.stem) }?.nominative ?? kindWord
        // Body: the words after the kind up to «от <date>».
        var bodyWords: [String] = []
        for word in words.dropFirst() {
            if word.lowercased() == "от" || word == "№" || word == "N" || word == "No" || word.hasPrefix("«") { break }
            bodyWords.append(word)
        }
        var body = bodyWords.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        if !body.isEmpty { body = nominative(body) }
        var number: String?
        if let range = numberSign(in: text) {
            let after = text[range.upperBound...].drop { $0 == " " }
            let value = after.prefix { !$0.isWhitespace && $0 != "," && $0 != ";" && $0 != "«" }
            let trimmed = value.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:"))
            if !trimmed.isEmpty { number = trimmed }
        }
        return ApprovalDraft(
            heading: nil, kind: kind, body: body.isEmpty ? nil : body, number: number, date: date(in: text), text: text, line: 0,
            printedLines: [])
    }

    /// `от 19.06.2020` or `от «19» июня 2020 г.` as `2020-06-19`.
    static func date(in text: String) -> String? {
        let normalized = text.lowercased()
        if let match = normalized.firstMatch(of: #/от\s+(\d{1,2})\.(\d{1,2})\.(\d{4})/#),
           let day = Int(match.1), let month = Int(match.2), let year = Int(match.3), (1...12).contains(month), (1...31).contains(day) {
            return String(format: "%04d-%02d-%02d", year, month, day)
        }
        if let match = normalized.firstMatch(of: #/от\s+«?(\d{1,2})»?\s+([а-я]+)\s+(\d{4})/#), let day = Int(match.1), let year = Int(match.3) {
            let name = String(match.2)
            let month = months.enumerated().filter { name.hasPrefix($0.element) }.max { $0.element.count < $1.element.count }?.offset
            if let month, (1...31).contains(day) { return String(format: "%04d-%02d-%02d", year, month + 1, day) }
        }
        return nil
    }

    /// The body's head noun in the nominative: «Управления образованием …» → «Управление образованием …».
    static func nominative(_ body: String) -> String {
        let heads: [String: String] = [
            "управления": "управление", "министерства": "министерство", "администрации": "администрация", "главы": "глава",
            "отдела": "отдел", "комитета": "комитет", "департамента": "департамент", "думы": "дума", "правительства": "правительство",
            "губернатора": "губернатор", "мэра": "мэр", "начальника": "начальник", "директора": "директор", "руководителя": "руководитель",
            "совета": "совет", "собрания": "собрание", "службы": "служба", "учреждения": "учреждение", "центра": "центр",
        ]
        guard let firstWord = body.split(separator: " ").first else { return body }
        guard let replacement = heads[firstWord.lowercased()] else { return body }
        let cased = firstWord.first?.isUppercase == true ? replacement.prefix(1).uppercased() + replacement.dropFirst() : replacement
        return cased + body.dropFirst(firstWord.count)
    }

    // MARK: - Period

    /// A period printed in a title or stamp: «на 2019–2021 годы», «на 2020 год», «в 2022 году»; «на 2020/2021
    /// учебный год» is a period of school years (`academic`).
    static func period(in texts: [String]) -> (from: Int, to: Int, academic: Bool)? {
        for text in texts {
            if let academic = TextTools.academicYears(in: text).first { return (academic.0, academic.1, true) }
            let normalized = TextTools.normalized(text)
            if let match = normalized.firstMatch(of: #/на\s+(\d{4})\s*[-–—]\s*(\d{4})\s*(гг|годы|года|год)/#),
               let from = Int(match.1), let to = Int(match.2), from <= to {
                return (from, to, false)
            }
            if let match = normalized.firstMatch(of: #/(?:на|в)\s+(\d{4})\s+(?:год|году)\b/#), let year = Int(match.1) {
                return (year, year, false)
            }
        }
        return nil
    }
}
