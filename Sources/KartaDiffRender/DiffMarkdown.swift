import Foundation
import KartaDiff
import KartaRender

/// `karta diff --format markdown`: a summary to paste into a merge request. One table of
/// documents, then the changes of each, one line per row.
struct DiffMarkdown {
    /// Changes listed per document before «… и ещё N».
    static let changesPerDocument = 40
    /// Hidden edits' texts are cut here; they are only typography.
    static let excerptLength = 140
    /// Added and removed texts are cut here, at a word, with «…»: the page and the JSON have them whole.
    static let wholeTextLength = 400
    /// Words of unchanged text kept on each side of an edit.
    static let contextWords = 6

    /// The first line: invisible where the Markdown is shown, and how a later `--output` recognises the
    /// file as Karta's own and may replace it.
    static let header = "<!-- karta diff -->"

    let diff: ContentDiff

    var text: String {
        var lines = [Self.header, "## Изменения в содержании: \(DiffWording.version(diff.old)) → \(DiffWording.version(diff.new))", ""]
        lines.append(DiffWording.summary(diff.counts, kind: nil))
        let listed = diff.documents.filter(\.isListed)
        guard !listed.isEmpty else { return lines.joined(separator: "\n") + "\n" }
        lines += ["", "| Документ | Организация | Вид | + | − | ✎ | ↕ | Скрыто |", "|---|---|---|---:|---:|---:|---:|---:|"]
        for document in listed {
            let counts = document.counts
            func cell(_ value: Int) -> String { value == 0 ? "" : String(value) }
            lines.append("| \(Self.escape(title(document))) | \(Self.escape(diff.entityName(document.entityID) ?? "")) | \(DiffWording.kind(document.kind)) | \(cell(counts.added)) | \(cell(counts.removed)) | \(cell(counts.changed)) | \(cell(counts.moved)) | \(cell(counts.hidden)) |")
        }
        // A document only one version has is one line, not a change of each of its rows and fields.
        let whole = listed.filter { $0.action == .added || $0.action == .removed }
        if !whole.isEmpty {
            lines += ["", "### Новые и удалённые документы", ""]
            lines += whole.map(wholeDocument)
        }
        for document in listed where document.action != .added && document.action != .removed {
            lines += ["", "### \(Self.escape(DiffWording.document(document, entity: diff.entityName(document.entityID))))", ""]
            for change in document.metadata {
                lines.append("- ✎ \(DiffWording.metadata(change.key)): \(Self.change(change.diff))")
            }
            var items: [String] = []
            switch document {
            case .table(let table):
                items += table.columnChanges.map { "- ✎ \(DiffWording.columnChange($0))" }
                items += table.warnings.map { "- ⚠ \(DiffWording.warning($0))" }
                items += table.sections.flatMap { section in section.diffs.filter(\.isTouched).map { row(table, $0, section: section.title) } }
            case .prose(let prose):
                items += prose.execution.map(execution) + prose.blocks.filter { $0.changeNumber != nil }.map(block)
            }
            lines += items.prefix(Self.changesPerDocument)
            if items.count > Self.changesPerDocument { lines.append("- … и ещё \(items.count - Self.changesPerDocument)") }
            if case .table(let table) = document {
                lines += hidden(document.hidden, columns: table.columns, places: DiffWording.rowPlaces(in: table))
            } else {
                lines += hidden(document.hidden, columns: [], places: [:])
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// «- + Дорожная карта «…» (Качканар): добавлена, 12 мероприятий».
    func wholeDocument(_ document: ContentDiff.Document) -> String {
        let counts = document.counts
        let rows = document.action == .added ? counts.added : counts.removed
        let verb = document.action == .added ? "добавлен документ" : "удалён документ"
        let size = rows == 0 ? "" : ", \(DiffWording.units(rows, of: document.kind))"
        return "- \(DiffWording.action(document.action).glyph) \(verb) \(Self.escape(DiffWording.document(document, entity: diff.entityName(document.entityID))))\(size)"
    }

    /// The hidden edits of a document behind a `<details>` (GitLab and GitHub fold it): where, what, why, old → new.
    func hidden(_ edits: [HiddenEdit], columns: [TableColumn], places: [String: String]) -> [String] {
        guard !edits.isEmpty else { return [] }
        var lines = ["", "<details><summary>Скрыто правок оформления: \(edits.count)</summary>", ""]
        lines += edits.prefix(Self.changesPerDocument).map { edit in
            return "- \(Self.escape(DiffWording.hiddenPlace(edit, places: places))), \(Self.escape(DiffWording.hiddenField(edit, columns: columns))) (\(DiffWording.hiddenKind(edit.kind))): «\(Self.excerpt(edit.old))» → «\(Self.excerpt(edit.new))»"
        }
        if edits.count > Self.changesPerDocument { lines.append("- … и ещё \(edits.count - Self.changesPerDocument)") }
        return lines + ["", "</details>"]
    }

    func title(_ document: ContentDiff.Document) -> String {
        document.title.isEmpty ? document.id : document.title
    }

    /// «- ✎ **раздел «…», № 1.** Сроки: …»: the row named by its section and number (or an indicator by its
    /// code, name and year), then what changed; a moved row with its text.
    func row(_ table: TableDiff, _ row: RowDiff, section: String) -> String {
        var parts: [String] = []
        let glyphs = (row.action == .unchanged ? "" : DiffWording.action(row.action).glyph) + (row.move != nil ? DiffWording.moved.glyph : "")
        var place = DiffWording.rowPlace(row, section: section, kind: table.kind)
        if let old = row.oldNumber, row.action != .removed, old != row.number { place += " (было \(old))" }
        parts.append("- \(glyphs) **\(Self.escape(place))**")
        switch row.action {
        case .added: parts.append(Self.excerpt(row.new?.mainText ?? "", limit: Self.wholeTextLength))
        case .removed: parts.append(Self.struck(Self.excerpt(row.old?.mainText ?? "", limit: Self.wholeTextLength)))
        default:
            let titles = Dictionary(table.columns.map { ($0.key, $0.title) }, uniquingKeysWith: { first, _ in first })
            var fields = row.cells.map { cell in "\(titles[cell.key] ?? cell.key): \(Self.change(cell.change))" }
            let subrows = row.subrows.filter { $0.action != .unchanged }
            if !subrows.isEmpty { fields.append("подпункты: \(subrows.count)") }
            if let move = row.move {
                if row.cells.isEmpty { parts.append("«\(Self.excerpt(row.new?.mainText ?? "", limit: Self.wholeTextLength))»") }
                fields.append(move.isAcrossDirections
                    ? "перенесено из раздела «\(Self.escape(DiffWording.shortened(move.fromSectionTitle, limit: DiffWording.sectionTitleLength)))»"
                    : "перемещено внутри раздела")
            }
            if let oldID = row.oldID { fields.append("идентификатор был «\(oldID)»") }
            parts.append(fields.joined(separator: "; "))
        }
        return parts.joined(separator: " ")
    }

    /// «- ✎ абзац «Первые слова …»: … ~~было~~ → **стало** …».
    func block(_ block: BlockDiff) -> String {
        let glyphs = (block.action == .unchanged ? "" : DiffWording.action(block.action).glyph) + (block.movedFrom != nil ? DiffWording.moved.glyph : "")
        switch block.action {
        case .added: return "- \(glyphs) \(Self.excerpt(block.block.text, limit: Self.wholeTextLength))"
        case .removed: return "- \(glyphs) \(Self.struck(Self.excerpt(block.block.text, limit: Self.wholeTextLength)))"
        default:
            let place = Self.escape(DiffWording.blockPlace(block.block))
            if let diff = block.text { return "- \(glyphs) \(place): \(Self.change(diff))" }
            if block.cells.contains(where: { $0.diff != nil }) {
                let cells = block.cells.enumerated().compactMap { index, cell in cell.diff.map { "столбец \(index + 1): \(Self.change($0))" } }
                return "- \(glyphs) \(place): " + cells.joined(separator: "; ")
            }
            return "- \(glyphs) \(place)" + (block.isFormattingOnly ? " (изменено оформление)" : " (перемещено)")
        }
    }

    /// «✎ п. 2.1 «Проведение …» (Дорожная карта …): не выполнено → выполнено; результат: …».
    func execution(_ change: ExecutionChange) -> String {
        var parts: [String] = []
        if change.statusChanged { parts.append("\(RussianFormat.status(change.oldStatus)) → \(RussianFormat.status(change.newStatus))") }
        if let result = change.result { parts.append("результат: " + Self.change(result)) }
        let place = ExecutionChange.place(change.entry) + " (\(DiffWording.roadmapName(change.entry.roadmapTitle)))"
        return "- \(DiffWording.action(.changed).glyph) \(Self.escape(place)): " + parts.joined(separator: "; ")
    }

    static func change(_ change: CellChange) -> String {
        switch change {
        case .text(let diff): return Self.change(diff)
        case .deadline(let old, let new, let shift, _):
            return "«\(escape(old ?? ""))» → «\(escape(new ?? ""))»" + (shift.map { " (\(DiffWording.shift($0)))" } ?? "")
        case .parties(let parties):
            return (parties.added.map { "+\(escape($0))" } + parties.removed.map { "−\(escape($0))" }).joined(separator: ", ")
        case .choice(let old, let new):
            return "«\(escape(old ?? ""))» → «\(escape(new ?? ""))»"
        }
    }

    /// The edits of a text in place, with a few unchanged words around each: «… проведение ~~мониторинга~~ →
    /// **оценки** качества …». A text rewritten as a whole is old → new.
    static func change(_ diff: TextDiff) -> String {
        let deltas = diff.deltas.map(DiffWording.delta)
        let suffix = deltas.isEmpty ? "" : " (\(deltas.joined(separator: ", ")))"
        if diff.isRewrite { return struck(excerpt(diff.old, limit: wholeTextLength)) + " → " + excerpt(diff.new, limit: wholeTextLength) + suffix }
        var pieces: [String] = []
        let segments = diff.segments
        for (index, segment) in segments.enumerated() {
            switch segment {
            case .equal(let equal):
                pieces.append(context(equal, isFirst: index == 0, isLast: index == segments.count - 1))
            case .deleted(let deleted):
                pieces.append(struck(escapeKeepingSpaces(deleted)))
            case .inserted(let inserted):
                // A deleted word is never glued to the inserted one that replaces it.
                if index > 0, case .deleted = segments[index - 1] { pieces.append(" →" + (inserted.first?.isWhitespace == true ? "" : " ")) }
                pieces.append(bold(escapeKeepingSpaces(inserted)))
            }
        }
        return joined(pieces).trimmingCharacters(in: .whitespaces) + suffix
    }

    /// The pieces of a text edit put together. GitLab and GitHub read `**` or `~~` beside punctuation as a mark only
    /// when a space or punctuation stands on its other side: «в целях**, ДКР**» would print its asterisks, so a
    /// space goes between a word and a mark that opens on punctuation, or closes on it before a word.
    static func joined(_ pieces: [String]) -> String {
        var text = ""
        for piece in pieces {
            if let last = text.last, let first = piece.first {
                let opensOnPunctuation = isMark(piece.prefix(2)) && piece.dropFirst(2).first.map(isPunctuation) == true
                let closesOnPunctuation = isMark(text.suffix(2)) && text.dropLast(2).last.map(isPunctuation) == true
                if (opensOnPunctuation && isWordCharacter(last)) || (closesOnPunctuation && isWordCharacter(first)) { text += " " }
            }
            text += piece
        }
        return text
    }

    static func isMark(_ text: Substring) -> Bool { text == "**" || text == "~~" }

    static func isPunctuation(_ character: Character) -> Bool { character.isPunctuation || character.isSymbol || character == "\\" }

    static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    /// Unchanged words between edits: a few on each side, the middle of a long run as «…».
    static func context(_ text: String, isFirst: Bool, isLast: Bool) -> String {
        let flat = escapeKeepingSpaces(text)
        let words = flat.split(separator: " ", omittingEmptySubsequences: true)
        let leading = flat.first == " " ? " " : ""
        let trailing = flat.last == " " ? " " : ""
        let head = words.prefix(contextWords).joined(separator: " ")
        let tail = words.suffix(contextWords).joined(separator: " ")
        if isFirst && isLast { return flat }
        if isFirst { return words.count > contextWords ? "… " + tail + trailing : flat }
        if isLast { return words.count > contextWords ? leading + head + " …" : flat }
        return words.count > contextWords * 2 ? leading + head + " … " + tail + trailing : flat
    }

    /// `~~text~~` with the spaces outside the marks, so that GitLab and GitHub read them as strikethrough.
    static func struck(_ text: String) -> String { marked(text, with: "~~") }

    static func bold(_ text: String) -> String { marked(text, with: "**") }

    static func marked(_ text: String, with mark: String) -> String {
        let core = text.trimmingCharacters(in: .whitespaces)
        guard !core.isEmpty else { return text }
        let leading = text.prefix { $0 == " " }
        let trailing = String(text.reversed().prefix { $0 == " " })
        return leading + mark + core + mark + trailing
    }

    static func excerpt(_ text: String, limit: Int = excerptLength) -> String {
        escape(DiffWording.shortened(text, limit: limit))
    }

    /// Like `escape`, on one line, but the spaces at either end stay: segments of a word diff are joined.
    static func escapeKeepingSpaces(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for character in text {
            if character.isWhitespace {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            if "|*_~`<>[]\\".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// One line, no table breaks, no stray emphasis.
    static func escape(_ text: String) -> String {
        escapeKeepingSpaces(text).trimmingCharacters(in: .whitespaces)
    }
}
