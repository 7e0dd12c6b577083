import KartaModel

/// Everything known about one document of an export before it is built: its table header, the
/// text around it and the events (sections and rows) of its table.
struct DocumentDraft {
    var header: TableHeader
    var headerLine: Int
    var title: String
    var titleLine: Int
    var approval: ApprovalDraft?
    /// The web address printed above the document, if any.
    var source: String?
    var caption: String?
    var intro: [Paragraph] = []
    var assembler: RowAssembler
    var firstLine: Int
    var lastLine: Int
}

/// Turns a draft into a roadmap, per-level plan or expected-results table: directions for the
/// sections, stable ids, items with their parties and sub-items, numbering checks.
struct DocumentBuilder {
    let draft: DocumentDraft
    let file: String
    private(set) var diagnostics = Diagnostics()

    init(draft: DocumentDraft, file: String) {
        self.draft = draft
        self.file = file
    }

    mutating func warn(_ code: DiagnosticCode, _ message: String, line: Int, column: Int = 1) {
        diagnostics.warning(code, message, at: SourceLocation(file: file, line: line, column: column))
    }

    mutating func build() -> ImportedDocument {
        switch draft.header.kind {
        case .roadmap: .roadmap(buildRoadmap())
        case .plan: .plan(buildPlan())
        case .expectedResults: .expectedResults(buildExpectedResults())
        }
    }

    // MARK: - Shared

    var approval: ImportedApproval? {
        guard let approval = draft.approval else { return nil }
        return ImportedApproval(heading: approval.heading, kind: approval.kind, body: approval.body, number: approval.number, date: approval.date, text: approval.text)
    }

    /// The intro: paragraphs about the table.
    var intro: String? {
        var blocks: [TextBlock] = []
        for paragraph in draft.intro { blocks += CellHTML.blocks(paragraph.text) }
        let markdown = MarkdownText.render(blocks.compactMap(CellHTML.finish))
        return markdown.isEmpty ? nil : markdown
    }

    /// Texts that may name the document's direction or period: its title, stamp and intro.
    var contextTexts: [String] {
        [draft.title] + (draft.approval.map { [$0.text] } ?? []) + draft.intro.map(\.title)
    }

    /// The name inside «» of «Дорожная карта по направлению «…»».
    static func quotedDirectionName(_ title: String) -> String? {
        guard let match = title.firstMatch(of: #/[Пп]о\s+направлению\s+«(.+)»\s*$/#) else { return nil }
        return String(match.1)
    }

    /// The direction of rows printed before any section title: the one the document's title (or
    /// stamp, or intro) names, else the catch-all.
    var documentDirection: String? {
        if let name = Self.quotedDirectionName(draft.title), let direction = DirectionMatcher.match(name) { return direction }
        return contextTexts.lazy.compactMap(DirectionMatcher.match).first
    }

    struct ResolvedSection {
        var title: String
        var direction: String
        var rows: [Row]
        /// No rule matched: the direction is the importer's guess (`direction_guessed: true`).
        var directionGuessed = false
        /// The number a numbered heading row printed («1.» of «1. Мероприятия по …»).
        var number: [Int]? = nil
        /// Rows left out for having only a number, by their position among `rows`.
        var numberOnly: [(before: Int, number: String, line: Int, column: Int)] = []
    }

    /// Sections with their directions. A title matching no rule takes the direction of the section
    /// before it; with none before, the document's direction; failing that `training-quality`.
    mutating func sections() -> [ResolvedSection] {
        var sections: [ResolvedSection] = []
        let (events, headings) = HeadingRows.promote(draft.assembler.events, header: draft.header)
        for heading in headings {
            let shown = heading.number.map(String.init).joined(separator: ".")
            warn(.importHeadingRow, "row \(shown). has no deadline and no responsible and reads like a heading; it is read as the section «\(heading.title)»", line: heading.line, column: heading.column)
        }
        for event in events {
            switch event {
            case .section(let title, let line, let column):
                let direction: String
                let matched = DirectionMatcher.match(title)
                let guessed = matched == nil
                if let matched {
                    direction = matched
                } else {
                    let (fallback, reason) = fallbackDirection(previous: sections.last?.direction)
                    direction = fallback
                    warn(.importSection, "section title «\(title)» matches no direction rule; filed under '\(direction)' (\(reason))", line: line, column: column)
                }
                let number = headings.first { $0.line == line && $0.column == column }?.number
                sections.append(ResolvedSection(title: title, direction: direction, rows: [], directionGuessed: guessed, number: number))
            case .row(let row):
                if sections.isEmpty {
                    let direction: String
                    var guessed = false
                    if let matched = documentDirection {
                        direction = matched
                    } else {
                        guessed = true
                        direction = DirectionMatcher.fallback
                        warn(.importSection, "rows before any section title, and the document's title names no direction; filed under '\(direction)'", line: row.line, column: row.column)
                    }
                    sections.append(ResolvedSection(
                        title: Self.quotedDirectionName(draft.title) ?? draft.title, direction: direction, rows: [], directionGuessed: guessed))
                }
                sections[sections.count - 1].rows.append(row)
            case .numberOnly(let number, let line, let column):
                guard !sections.isEmpty else { continue }
                sections[sections.count - 1].numberOnly.append((sections[sections.count - 1].rows.count, number, line, column))
            }
        }
        return sections
    }

    func fallbackDirection(previous: String?) -> (String, String) {
        if let previous { return (previous, "the direction of the section before it") }
        if let direction = documentDirection { return (direction, "the direction the document's title names") }
        return (DirectionMatcher.fallback, "no section before it and no direction in the document's title")
    }

    // MARK: - Cells

    /// The blocks of a cell, pieces continued mid-sentence joined into the paragraph before them.
    static func blocks(_ cell: Cell) -> [TextBlock] {
        var result: [TextBlock] = []
        for piece in cell.pieces {
            let blocks = CellHTML.blocks(piece.raw)
            guard let first = blocks.first else { continue }
            if piece.merge, var last = result.last, first.kind == .paragraph {
                last.lines[last.lines.count - 1] += " " + first.lines[0]
                last.lines += first.lines.dropFirst()
                result[result.count - 1] = last
                result += blocks.dropFirst()
            } else {
                result += blocks
            }
        }
        return result
    }

    static func markdown(_ cell: Cell) -> String? {
        let text = MarkdownText.render(blocks(cell))
        return text.isEmpty ? nil : text
    }

    /// Plain text of a cell: block breaks as line breaks, mid-sentence continuations joined by a space.
    static func plainText(_ cell: Cell) -> String? {
        var text = ""
        for piece in cell.pieces {
            let part = CellHTML.withoutBoldMarkers(CellHTML.blocks(piece.raw).flatMap(\.lines).filter { !$0.isEmpty }.joined(separator: "\n"))
            guard !part.isEmpty else { continue }
            text += text.isEmpty ? part : (piece.merge ? " " : "\n") + part
        }
        return text.isEmpty ? nil : text
    }

    /// The `<p>`/`<li>` parts of a cell printed as HTML, or `nil` for text without tags.
    static func htmlParts(_ cell: Cell) -> [String]? {
        guard cell.pieces.contains(where: { CellHTML.hasTags($0.raw) }) else { return nil }
        return blocks(cell).map { block in
            CellHTML.withoutBoldMarkers(block.lines.joined(separator: " "))
        }
    }

    /// The parties of a responsible cell (split by `PartySplit`, each kept as printed): bodies for
    /// `responsible:`, people's names for `persons:`. Warns (`import-party-split`) when a comma could not be
    /// placed with confidence and the text around it was kept whole.
    mutating func parties(_ text: String, cell: Cell, row: Row) -> (bodies: [String], persons: [String]) {
        let split = PartySplit.split(text)
        if !split.unsure.isEmpty {
            let at = Self.location(cell, or: row)
            let shown = split.unsure.map { "«\($0)»" }.joined(separator: ", ")
            warn(.importPartySplit, "unsure whether a comma separates two parties in \(shown); the text is kept as one party, check the responsible cell", line: at.line, column: at.column)
        }
        return (split.parties.filter { !PersonName.isName($0) }, split.parties.filter(PersonName.isName))
    }

    static func location(_ cell: Cell, or row: Row) -> (line: Int, column: Int) {
        cell.pieces.first.map { ($0.line, $0.column) } ?? (row.line, row.column)
    }

    // MARK: - Roadmap

    mutating func buildRoadmap() -> ImportedRoadmap {
        let header = draft.header
        let number = header.index(of: .number)
        let text = header.index(of: .text)!
        let deadline = header.index(of: .deadline)
        let responsible = header.index(of: .responsible)
        let indicator = header.index(of: .indicator)
        let result = header.index(of: .result)
        var counters: [String: Int] = [:]
        var output: [ImportedSection<ImportedItem>] = []
        var deadlineYears: [Int] = []
        var datedRows: [DatedRow] = []
        var previousLast: [Int]?
        for section in sections() {
            var items: [ImportedItem] = []
            var numbering = NumberingCheck(previousSectionLast: previousLast, sectionNumber: section.number)
            for (position, row) in section.rows.enumerated() {
                for skipped in section.numberOnly where skipped.before == position {
                    for problem in numbering.check(skipped.number) {
                        warn(.importNumbering, problem, line: skipped.line, column: skipped.column)
                    }
                }
                let cell = row.cells[text]
                guard !cell.isEmpty else {
                    let where_ = Self.location(row.cells[number ?? text], or: row)
                    warn(.importEmptyRow, "row without an activity text; it is left out", line: where_.line, column: where_.column)
                    continue
                }
                counters[section.direction, default: 0] += 1
                var item = ImportedItem(id: "\(section.direction)-\(counters[section.direction]!)", text: "")
                if let number, let printed = Self.plainText(row.cells[number]).map(TextTools.oneLine) {
                    item.number = printed
                    let at = Self.location(row.cells[number], or: row)
                    for problem in numbering.check(printed) {
                        warn(.importNumbering, problem, line: at.line, column: at.column)
                    }
                }
                let blocks = Self.blocks(cell)
                item.text = MarkdownText.render(blocks)
                if let deadline, let value = Self.plainText(row.cells[deadline]) {
                    item.deadline = value
                    let years = TextTools.years(in: value) + TextTools.academicYears(in: value).map(\.1)
                    deadlineYears += years
                    let at = Self.location(row.cells[deadline], or: row)
                    datedRows.append(DatedRow(text: value, years: years, line: at.line, column: at.column))
                }
                if let responsible, let value = Self.plainText(row.cells[responsible]) {
                    (item.responsible, item.persons) = parties(value, cell: row.cells[responsible], row: row)
                }
                if let indicator { item.indicator = Self.markdown(row.cells[indicator]) }
                if let result { item.result = Self.markdown(row.cells[result]) }
                splitSubitems(&item, blocks: blocks, row: row, deadline: deadline, responsible: responsible)
                items.append(item)
            }
            previousLast = numbering.last ?? previousLast
            output.append(ImportedSection(direction: section.direction, title: section.title, rows: items, directionGuessed: section.directionGuessed))
        }
        let printed = TitleBlock.period(in: contextTexts)
        let period = printed.map { (from: $0.from, to: $0.to) } ?? deadlineYears.min().map { (from: $0, to: deadlineYears.max()!) }
        if let period { warnMonthsWithoutYear(datedRows, periodStart: period.from) }
        return ImportedRoadmap(
            title: draft.title, approval: approval, period: period, academicPeriod: printed?.academic ?? false,
            columns: zip(header.roles, header.titles).map { ($0.key, $1) }, intro: intro, sections: output, source: draft.source)
    }

    /// A deadline cell of a roadmap row, with the years printed in it.
    struct DatedRow {
        var text: String
        var years: [Int]
        var line: Int
        var column: Int
    }

    /// A month printed without a year («август», «в августе») is read in the period's first year.
    /// When the rows around it (the previous dated row first, then the next) are dated another year,
    /// warning `import-month-year` names that year: the deadline is kept as printed, so the year must
    /// be added to it by hand if the guess is right.
    mutating func warnMonthsWithoutYear(_ rows: [DatedRow], periodStart: Int) {
        for (index, row) in rows.enumerated() where row.years.isEmpty && MonthWithoutYear.matches(row.text) {
            let before = rows[..<index].last { !$0.years.isEmpty }?.years.last
            let after = rows[(index + 1)...].first { !$0.years.isEmpty }?.years.first
            guard let guess = before ?? after, guess != periodStart else { continue }
            let shown = TextTools.oneLine(row.text)
            let source = before != nil ? "the row before it" : "the row after it"
            warn(.importMonthYear, "the deadline «\(shown)» names a month without a year; it is read in \(periodStart), the period's first year, but \(source) is dated \(guess): the guessed year is \(guess); add the year to the deadline if that is right", line: row.line, column: row.column)
        }
    }

    /// An activity whose deadline or responsible cell is printed as several `<p>` parts, one for each
    /// list item of the activity, becomes an activity with sub-items carrying those parts.
    mutating func splitSubitems(_ item: inout ImportedItem, blocks: [TextBlock], row: Row, deadline: Int?, responsible: Int?) {
        let deadlineParts = deadline.flatMap { Self.htmlParts(row.cells[$0]) }.flatMap { $0.count >= 2 ? $0 : nil }
        let responsibleParts = responsible.flatMap { Self.htmlParts(row.cells[$0]) }.flatMap { $0.count >= 2 ? $0 : nil }
        let counts = Set([deadlineParts?.count, responsibleParts?.count].compactMap { $0 })
        guard !counts.isEmpty else { return }
        let items = blocks.filter { $0.kind == .item }
        let lead = blocks.prefix { $0.kind == .paragraph }
        var heading: [TextBlock] = []
        var parts: [TextBlock] = []
        if counts.count == 1, let count = counts.first {
            if items.count == count, lead.count + items.count == blocks.count, !lead.isEmpty {
                heading = Array(lead)
                parts = items
            } else if blocks.count == count + 1, blocks[0].kind == .paragraph {
                heading = [blocks[0]]
                parts = Array(blocks.dropFirst())
            }
        }
        guard !parts.isEmpty else {
            let cell = deadlineParts != nil ? row.cells[deadline!] : row.cells[responsible!]
            let at = Self.location(cell, or: row)
            let described = [deadlineParts.map { "the deadline cell has \($0.count) parts" }, responsibleParts.map { "the responsible cell has \($0.count) parts" }]
                .compactMap { $0 }.joined(separator: " and ")
            warn(.importSubitems, "\(described), but the activity has \(items.count) list items; the cells are kept whole", line: at.line, column: at.column)
            return
        }
        item.text = MarkdownText.render(heading)
        item.subitems = parts.enumerated().map { index, block in
            let named = responsibleParts.map { parties($0[index], cell: row.cells[responsible!], row: row) }
            return ImportedSubitem(
                text: MarkdownText.render([TextBlock(kind: .paragraph, lines: block.lines)]),
                deadline: deadlineParts?[index],
                responsible: named?.bodies ?? [], persons: named?.persons ?? [])
        }
        if deadlineParts != nil { item.deadline = nil }
        if responsibleParts != nil {
            item.responsible = []
            item.persons = []
        }
    }

    // MARK: - Per-level plan

    mutating func buildPlan() -> ImportedPlan {
        let header = draft.header
        let year = header.index(of: .year)
        let levels = header.roles.enumerated().filter { [.region, .municipality, .school].contains($0.element) }
        var counters: [String: Int] = [:]
        var output: [ImportedSection<ImportedPlanRow>] = []
        var years: [Int] = []
        for section in sections() {
            var rows: [ImportedPlanRow] = []
            var currentYear: String?
            var seen: [String: Int] = [:]
            for row in section.rows {
                if let year, let printed = Self.plainText(row.cells[year]).map(TextTools.oneLine) {
                    currentYear = printed
                    years += TextTools.years(in: printed)
                } else if year != nil, currentYear == nil {
                    warn(.importYear, "the first row of section «\(section.title)» has no year; its year is left out", line: row.line, column: row.column)
                }
                var cells: [(key: String, text: String)] = []
                for (index, role) in levels {
                    guard let plain = Self.plainText(row.cells[index]) else { continue }
                    let text = TextTools.oneLine(plain) == "-" ? "-" : (Self.markdown(row.cells[index]) ?? "")
                    if !text.isEmpty { cells.append((role.key, text)) }
                }
                guard !cells.isEmpty else { continue }
                let yearKey = currentYear.flatMap { TextTools.years(in: $0).first.map(String.init) } ?? "x"
                let group = "\(section.direction)-\(yearKey)"
                counters[group, default: 0] += 1
                let id = "\(group)-\(counters[group]!)"
                let signature = (currentYear ?? "") + "\u{1}" + cells.map(\.text).joined(separator: "\u{1}")
                if let first = seen[signature], cells.contains(where: { $0.text != "-" }) {
                    warn(.importYear, "this row repeats the row at line \(first) word for word under the same year (\(currentYear ?? "none")); a year label may be missing in the document", line: row.line, column: row.column)
                } else {
                    seen[signature] = row.line
                }
                rows.append(ImportedPlanRow(id: id, year: currentYear, cells: cells))
            }
            output.append(ImportedSection(direction: section.direction, title: section.title, rows: rows, directionGuessed: section.directionGuessed))
        }
        let printed = TitleBlock.period(in: contextTexts)
        let period = printed.map { (from: $0.from, to: $0.to) } ?? years.min().map { (from: $0, to: years.max()!) }
        return ImportedPlan(
            title: draft.title, approval: approval, period: period, academicPeriod: printed?.academic ?? false,
            columns: zip(header.roles, header.titles).map { ($0.key, $1) }, intro: intro, sections: output)
    }

    // MARK: - Expected results

    mutating func buildExpectedResults() -> ImportedExpectedResults {
        let years = draft.header.roles.compactMap { role -> Int? in
            if case .yearValue(let year) = role { year } else { nil }
        }
        var counters: [String: Int] = [:]
        var output: [ImportedSection<ImportedResultRow>] = []
        for section in sections() {
            var rows: [ImportedResultRow] = []
            for row in section.rows {
                let cells = years.enumerated().compactMap { index, year -> (year: Int, text: String)? in
                    Self.markdown(row.cells[index]).map { (year, $0) }
                }
                guard !cells.isEmpty else { continue }
                counters[section.direction, default: 0] += 1
                rows.append(ImportedResultRow(id: "\(section.direction)-\(counters[section.direction]!)", cells: cells))
            }
            output.append(ImportedSection(direction: section.direction, title: section.title, rows: rows, directionGuessed: section.directionGuessed))
        }
        return ImportedExpectedResults(title: draft.title, caption: draft.caption, intro: intro, years: years, sections: output)
    }
}

/// Row numbers as printed are kept; this only says where they look wrong.
struct NumberingCheck {
    var previousSectionLast: [Int]?
    private(set) var last: [Int]?
    private var seen: Set<[Int]> = []

    /// The number of the heading row the section was printed as, under which its rows are numbered.
    var sectionNumber: [Int]?

    init(previousSectionLast: [Int]?, sectionNumber: [Int]? = nil) {
        self.previousSectionLast = previousSectionLast
        self.sectionNumber = sectionNumber
    }

    mutating func check(_ printed: String) -> [String] {
        var problems: [String] = []
        if printed.contains("..") { problems.append("row number «\(printed)» has a doubled dot") }
        guard let parts = TextTools.numberParts(printed), !parts.isEmpty else {
            problems.append("row number «\(printed)» is not a number")
            return problems
        }
        defer {
            last = parts
            seen.insert(parts)
        }
        let shown = parts.map(String.init).joined(separator: ".")
        guard let previous = last else {
            let continuing = previousSectionLast.map { parts == [$0[0] + 1] } ?? false
                || sectionNumber.map { parts == $0 + [1] } ?? false
            if parts != [1], !continuing {
                problems.append("the section's first row is numbered \(shown), not 1")
            }
            return problems
        }
        let before = previous.map(String.init).joined(separator: ".")
        var expected: [[Int]] = [previous + [1]]
        for level in previous.indices {
            expected.append(Array(previous[..<level]) + [previous[level] + 1])
        }
        if expected.contains(parts) { return problems }
        if seen.contains(parts) {
            problems.append("row number \(shown) is used twice in this section (the row before is \(before))")
        } else if parts.count == previous.count, Array(parts.dropLast()) == Array(previous.dropLast()), parts.last! > previous.last! + 1,
                  parts.last! - previous.last! <= 4 {
            let missing = ((previous.last! + 1)..<parts.last!).map { (Array(parts.dropLast()) + [$0]).map(String.init).joined(separator: ".") }
            problems.append("row number \(shown) follows \(before): \(missing.joined(separator: ", ")) \(missing.count == 1 ? "is" : "are") missing")
        } else {
            let next = (Array(previous.dropLast()) + [previous.last! + 1]).map(String.init).joined(separator: ".")
            problems.append("row number \(shown) follows \(before) (expected \(next)); it is kept as printed")
        }
        return problems
    }
}
