import Foundation
import KartaModel
import KartaContent

/// One file an import writes, relative to the entity folder.
public struct ImportedFile: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case roadmap
        case plan
        case expectedResults = "expected results"
        case page
    }

    public var kind: Kind
    /// `roadmaps/x.yaml`, `plans/x.yaml`, `expected-results/x.yaml` or `x.md`.
    public var path: String
    public var contents: String
    public var title: String
    /// What it holds, for the report: «80 activities in 9 sections».
    public var summary: String
    /// The lines of the export it comes from.
    public var lines: ClosedRange<Int>
    /// What it holds, for the structural report; nil for the page of running text.
    public var structure: DocumentStructure? = nil
}

/// What importing one or more exports produced.
public struct ImportResult: Sendable {
    public var files: [ImportedFile] = []
    public var diagnostics = Diagnostics()
    /// How each input was read, by the path given.
    public var encodings: [String: ImportEncoding] = [:]
}

/// `karta import`: text exports of Word roadmaps (TAB-separated, in either row style) into
/// content files — roadmaps, per-level plans, expected-results tables, and a page for the running
/// text around them. Pure: reading and writing files is left to the caller (see `ImportWriter`).
public enum Importer {
    /// Imports several exports; file names stay unique across them.
    public static func run(paths: [String]) -> ImportResult {
        var result = ImportResult()
        var taken = Set<String>()
        for path in paths {
            // Refused before reading, with `karta build`'s message: a stray 20 GB file must not be loaded.
            if let size = ContentLimits.size(of: path), size > ImportLimits.maxInputBytes(path) {
                result.diagnostics.error(.tooLarge, ImportLimits.message(size: size, path: path), at: SourceLocation(file: path))
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                result.diagnostics.error(.importRead, "the file could not be read", at: SourceLocation(file: path))
                continue
            }
            let one = convert(data, file: path, taken: &taken)
            result.files += one.files
            result.diagnostics.append(contentsOf: one.diagnostics)
            result.encodings.merge(one.encodings) { $1 }
        }
        return result
    }

    /// Imports one export given as bytes. `file` is the path messages name; its last component
    /// names the page of running text and appears in the files' header comments.
    public static func convert(_ data: Data, file: String) -> ImportResult {
        var taken = Set<String>()
        return convert(data, file: file, taken: &taken)
    }

    static func convert(_ data: Data, file: String, taken: inout Set<String>) -> ImportResult {
        var result = ImportResult()
        let lines: [SourceLine]
        switch DocumentFormat.detect(data) {
        case .oleCompound:
            result.diagnostics.error(DocumentReadError.wordBinary.code, DocumentReadError.wordBinary.message, at: SourceLocation(file: file))
            return result
        case .archive:
            do throws(DocumentReadError) {
                lines = try readArchive(data, file: file).exportLines()
            } catch {
                result.diagnostics.error(error.code, error.message, at: SourceLocation(file: file))
                return result
            }
            let size = lines.reduce(0) { $0 + $1.text.utf8.count + 1 }
            if size > ContentLimits.maxFileBytes {
                result.diagnostics.error(.tooLarge, "the document's text is \(ArchiveParts.megabytes(size)); documents are imported up to \(ArchiveParts.megabytes(ContentLimits.maxFileBytes)) of text each. Split it into several files", at: SourceLocation(file: file))
                return result
            }
        case .text:
            if ImportLimits.isDocumentName(file) {
                result.diagnostics.error(.importArchive, "the file is named .\((file as NSString).pathExtension) but is not a Word/LibreOffice document (it is not a ZIP archive); if it is a text export, rename it to .txt", at: SourceLocation(file: file))
                return result
            }
            if data.count > ContentLimits.maxFileBytes {
                result.diagnostics.error(.tooLarge, ContentLimits.message(size: data.count), at: SourceLocation(file: file))
                return result
            }
            let decoded: ImportDecoder.Decoded
            switch ImportDecoder.decode(data) {
            case .success(let value): decoded = value
            case .failure(let failure):
                result.diagnostics.error(.importEncoding, failure.message, at: SourceLocation(file: file))
                return result
            }
            result.encodings[file] = decoded.encoding
            lines = SourceLine.split(decoded.text)
        }
        var reader = ExportReader(lines: lines, file: file)
        reader.read()
        result.diagnostics.append(contentsOf: reader.diagnostics)
        guard !reader.drafts.isEmpty else {
            result.diagnostics.error(.importNoTable, "no table found: no line holds a header such as «№ п/п ⇥ Мероприятие ⇥ Сроки ⇥ Ответственные», «ГОД ⇥ Региональный уровень ⇥ …» or «2020 ⇥ 2021 ⇥ 2022»", at: SourceLocation(file: file, line: 1, column: 1))
            return result
        }
        let source = (file as NSString).lastPathComponent
        for draft in reader.drafts where draft.assembler.rowCount == 0 {
            result.diagnostics.warning(.importEmptyTable, "the table under this header has no rows; nothing is written for it", at: SourceLocation(file: file, line: draft.headerLine, column: 1))
        }
        let drafts = reader.drafts.filter { $0.assembler.rowCount > 0 }
        guard !drafts.isEmpty else {
            result.diagnostics.error(.importNoTable, "no table with rows found", at: SourceLocation(file: file, line: 1, column: 1))
            return result
        }
        // A few paragraphs after the last table close that document (000: «В соответствии с результатами
        // реализации данной дорожной карты в нее могут быть внесены изменения…»); more are running text.
        var prose = reader.prose
        var closing = reader.closing
        let lastIsRoadmap = reader.drafts.last.map { $0.header.kind == .roadmap && $0.assembler.rowCount > 0 } ?? false
        if closing.count > ProsePage.maximumClosingParagraphs || !lastIsRoadmap {
            prose = (prose + closing).sorted { $0.firstLine.number < $1.firstLine.number }
            closing = []
        }
        for (index, draft) in drafts.enumerated() {
            var builder = DocumentBuilder(draft: draft, file: file)
            var document = builder.build()
            if index == drafts.count - 1, !closing.isEmpty, case .roadmap(var roadmap) = document {
                roadmap.outro = MarkdownText.render(closing.flatMap { CellHTML.blocks($0.text) })
                document = .roadmap(roadmap)
            }
            result.diagnostics.append(contentsOf: builder.diagnostics)
            for diagnostic in draft.assembler.diagnostics.all { result.diagnostics.append(diagnostic) }
            if index == drafts.count - 1, closing.isEmpty, let cut = CutOffRow.find(in: draft.assembler.events, header: draft.header) {
                let shown = cut.text.count > 60 ? "…" + cut.text.suffix(60) : cut.text
                result.diagnostics.warning(.importCutOff, "the export ends inside this row («\(shown)»): it has no deadline and no responsible and its text stops unfinished; check the end of the document (it is kept as printed)", at: SourceLocation(file: file, line: cut.line, column: cut.column))
            }
            let comment = YAMLEmitter.header(source, lines: draft.firstLine...max(draft.firstLine, draft.lastLine))
            let range = draft.firstLine...max(draft.firstLine, draft.lastLine)
            switch document {
            case .roadmap(let roadmap):
                let name = FileNaming.unique(FileNaming.slug(roadmap.title, fallback: "roadmap", period: roadmap.period), folder: "roadmaps", taken: &taken)
                let count = roadmap.sections.reduce(0) { $0 + $1.rows.count }
                result.files.append(ImportedFile(
                    kind: .roadmap, path: "roadmaps/\(name).yaml", contents: YAMLEmitter.roadmap(roadmap, comment: comment),
                    title: roadmap.title, summary: "\(plural(count, "activity", "activities")) in \(plural(roadmap.sections.count, "section"))", lines: range,
                    structure: DocumentStructure(roadmap)))
            case .plan(let plan):
                let name = FileNaming.unique(FileNaming.slug(plan.title, fallback: "plan", period: plan.period), folder: "plans", taken: &taken)
                let count = plan.sections.reduce(0) { $0 + $1.rows.count }
                result.files.append(ImportedFile(
                    kind: .plan, path: "plans/\(name).yaml", contents: YAMLEmitter.plan(plan, comment: comment),
                    title: plan.title, summary: "\(plural(count, "row")) in \(plural(plan.sections.count, "section"))", lines: range,
                    structure: DocumentStructure(title: plan.title, approval: plan.approval, period: plan.period, sections: plan.sections.count, rows: count)))
            case .expectedResults(let table):
                let name = FileNaming.unique(FileNaming.slug(table.title, fallback: "expected-results"), folder: "expected-results", taken: &taken)
                let count = table.sections.reduce(0) { $0 + $1.rows.count }
                result.files.append(ImportedFile(
                    kind: .expectedResults, path: "expected-results/\(name).yaml", contents: YAMLEmitter.expectedResults(table, comment: comment),
                    title: table.title, summary: "\(plural(count, "row")) in \(plural(table.sections.count, "section"))", lines: range,
                    structure: DocumentStructure(title: table.title, approval: nil, period: nil, sections: table.sections.count, rows: count)))
            }
        }
        if let page = ProsePage.make(prose) {
            let stem = ((source as NSString).deletingPathExtension)
            let name = FileNaming.unique(FileNaming.fileSlug(stem), folder: "", taken: &taken)
            let first = prose.first!.firstLine
            let last = prose.last!.lines.last!.number
            let comment = "# Running text of \(source) outside its tables (lines \(first.number)–\(last)), kept as printed. Review it by hand.\n"
            result.files.append(ImportedFile(
                kind: .page, path: "\(name).md", contents: YAMLEmitter.page(page, comment: comment),
                title: page.title, summary: plural(prose.count, "paragraph"), lines: first.number...last))
            result.diagnostics.warning(
                .importProse,
                "\(plural(prose.count, "paragraph")) of text outside the tables (lines \(first.number)–\(last)) \(prose.count == 1 ? "was" : "were") written to the page \(name).md; review it by hand",
                at: SourceLocation(file: file, line: first.number, column: first.firstColumn))
        }
        result.diagnostics = result.diagnostics.summarisingRepeatedWarnings()
        return result
    }
}

func plural(_ count: Int, _ word: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? word : plural ?? word + "s")"
}

/// Reads an export's lines into document drafts and running text.
struct ExportReader {
    let lines: [SourceLine]
    let file: String
    private(set) var drafts: [DocumentDraft] = []
    private(set) var prose: [Paragraph] = []
    /// The paragraphs after the last table.
    private(set) var closing: [Paragraph] = []
    private(set) var diagnostics = Diagnostics()

    init(lines: [SourceLine], file: String) {
        self.lines = lines
        self.file = file
    }

    mutating func read() {
        let hits = TableScanner.headers(lines)
        var current: DocumentDraft?
        var tail = 0
        for (index, hit) in hits.enumerated() {
            var paragraphs = Paragraph.split(lines[tail..<hit.first])
            let regionEnd = index + 1 < hits.count ? hits[index + 1].first : lines.count
            let nextTail = TableScanner.tailStart(of: hit, regionEnd: regionEnd, lines: lines)
            defer { tail = nextTail }
            if var document = current {
                paragraphs = feedFragments(paragraphs, to: document.assembler)
                if hit.header.sameColumns(as: document.header) {
                    if paragraphs.isEmpty {
                        document.assembler.markPageBreak()
                        addBody(hit, to: &document, end: nextTail)
                        current = document
                        continue
                    }
                    var rest = paragraphs
                    if let unit = TitleBlock.tailUnit(&rest), TitleBlock.isSectionTitle(unit.title) {
                        prose += rest
                        document.assembler.startSection(unit.title, line: unit.firstLine.number, column: unit.firstLine.firstColumn)
                        addBody(hit, to: &document, end: nextTail)
                        current = document
                        continue
                    }
                }
                drafts.append(document)
            }
            current = newDocument(hit, paragraphs: paragraphs, previous: current, end: nextTail)
        }
        if let document = current {
            closing = feedFragments(Paragraph.split(lines[tail...]), to: document.assembler)
            drafts.append(document)
        } else {
            prose += Paragraph.split(lines)
        }
        prose.sort { $0.firstLine.number < $1.firstLine.number }
    }

    /// Paragraphs right after a table that start lower-case finish its last row.
    func feedFragments(_ paragraphs: [Paragraph], to assembler: RowAssembler) -> [Paragraph] {
        var rest = paragraphs[...]
        var fragments: [Paragraph] = []
        while let first = rest.first, assembler.hasRows, first.isArtefact || first.start == .lower {
            if !first.isArtefact { fragments.append(first) }
            rest = rest.dropFirst()
        }
        if !fragments.isEmpty { assembler.addParagraphs(fragments) }
        return Array(rest)
    }

    mutating func newDocument(_ hit: TableScanner.Hit, paragraphs: [Paragraph], previous: DocumentDraft?, end: Int) -> DocumentDraft {
        let block = TitleBlock.extract(paragraphs)
        prose += block.prose
        let headerLine = lines[hit.first]
        var title = block.title
        if title == nil {
            title = previous?.title ?? ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            diagnostics.warning(.importTitle, "no title is printed before this table; it is titled «\(title!)»", at: SourceLocation(file: file, line: headerLine.number, column: 1))
        }
        if let approval = block.approval, approval.body == nil {
            diagnostics.warning(.importApproval, "the approval «\(approval.text.count > 60 ? approval.text.prefix(60) + "…" : approval.text)» names no issuing body; it is written as 'approval:' without 'body:' (add the body if the document names it elsewhere)", at: SourceLocation(file: file, line: approval.line, column: 1))
        }
        let assembler = RowAssembler(header: hit.header, file: file)
        for column in hit.header.guessed {
            diagnostics.warning(.importColumn, "column «\(hit.header.titles[column])» is not a known column; its cells are imported as '\(hit.header.roles[column].key)'", at: SourceLocation(file: file, line: headerLine.number, column: 1))
        }
        let firstLine = [block.approval?.line, block.titleLine, block.intro.first?.firstLine.number, hit.first + 1].compactMap { $0 }.min()!
        var document = DocumentDraft(
            header: hit.header, headerLine: headerLine.number, title: title!, titleLine: block.titleLine ?? headerLine.number, approval: block.approval,
            source: block.source?.address,
            caption: block.caption, intro: block.intro, assembler: assembler, firstLine: firstLine, lastLine: lines[hit.last].number)
        if let section = block.section {
            assembler.startSection(section.title, line: section.line, column: section.column)
        }
        addBody(hit, to: &document, end: end)
        return document
    }

    func addBody(_ hit: TableScanner.Hit, to document: inout DocumentDraft, end: Int) {
        let body = lines[(hit.last + 1)..<max(hit.last + 1, end)]
        switch hit.style {
        case .tabbed: document.assembler.addTabbedBody(body)
        case .cellPerLine: document.assembler.addCellBody(body)
        }
        document.lastLine = max(document.lastLine, body.last(where: { !$0.isBlank })?.number ?? lines[hit.last].number)
    }
}

/// The page holding an export's running text.
enum ProsePage {
    /// At most this many paragraphs after the last roadmap table become its `outro`; more make a page.
    static let maximumClosingParagraphs = 3

    /// The first paragraph is the title; the rest is the body, paragraphs and `- ` lists kept, a
    /// paragraph broken off mid-sentence (a page break) joined to the one before.
    static func make(_ paragraphs: [Paragraph]) -> ImportedPage? {
        guard let first = paragraphs.first else { return nil }
        var blocks: [TextBlock] = []
        var previous: Paragraph?
        for paragraph in paragraphs.dropFirst() {
            let own = CellHTML.blocks(paragraph.text)
            // A sentence broken by a page break: the paragraph before stops unfinished, or is running
            // text (not a short heading) ending on a word, and this one starts lower-case.
            let broken = previous.map { $0.end == .unfinished || ($0.end == .open && $0.title.count >= 60) } ?? false
            if broken, let head = own.first, head.kind == .paragraph, paragraph.start == .lower, let last = blocks.last {
                var merged = last
                merged.lines += head.lines
                blocks[blocks.count - 1] = merged
                blocks += own.dropFirst()
            } else {
                blocks += own
            }
            previous = paragraph
        }
        return ImportedPage(title: first.title, body: MarkdownText.render(blocks))
    }
}

/// File names of imported documents: slugs of their titles.
enum FileNaming {
    /// Words that begin most titles and tell documents apart poorly.
    static let leadingPhrases = ["к проекту дорожной карты", "дорожная карта", "дорожной карты", "по направлению", "по развитию", "план мероприятий"]

    /// The title's slug without its generic opening words, cut at a word before 60 characters. A
    /// title that is nothing but generic words («ДОРОЖНАЯ КАРТА») keeps them, followed by the period.
    static func slug(_ title: String, fallback: String, period: (from: Int, to: Int)? = nil) -> String {
        let specific = slugWithoutGenericWords(title, fallback: "")
        if !specific.isEmpty { return specific }
        var name = Transliteration.slug(title, fallback: fallback)
        if let period { name += period.from == period.to ? "-\(period.from)" : "-\(period.from)-\(period.to)" }
        return name
    }

    static func slugWithoutGenericWords(_ title: String, fallback: String) -> String {
        var text = TextTools.normalized(title).replacingOccurrences(of: "«", with: "").replacingOccurrences(of: "»", with: "")
        var changed = true
        while changed {
            changed = false
            for phrase in leadingPhrases where text.hasPrefix(phrase) {
                text = String(text.dropFirst(phrase.count)).trimmingCharacters(in: .whitespaces)
                changed = true
            }
        }
        guard !text.isEmpty else { return fallback }
        let full = Transliteration.slug(text, fallback: fallback)
        var result = ""
        for word in full.split(separator: "-") {
            let next = result.isEmpty ? String(word) : result + "-" + word
            if next.count > 60, !result.isEmpty { break }
            result = next
        }
        return result.isEmpty ? fallback : result
    }

    static func fileSlug(_ stem: String) -> String {
        Transliteration.slug(stem, fallback: "imported")
    }

    /// The name, or the name with `-2`, `-3`, … when an earlier document of this run took it.
    static func unique(_ name: String, folder: String, taken: inout Set<String>) -> String {
        var candidate = name
        var counter = 2
        while taken.contains(folder + "/" + candidate) {
            candidate = "\(name)-\(counter)"
            counter += 1
        }
        taken.insert(folder + "/" + candidate)
        return candidate
    }
}
