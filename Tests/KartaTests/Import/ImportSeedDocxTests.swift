import Foundation
@testable import KartaImport
import KartaModel
import Testing

/// Issue 14, point 2: a seed imported from its text export and from a `.docx` of the same document
/// gives the same content. The `.docx` is written here from what the text import read — the
/// preamble as printed, then one table: the header marked as repeating, section rows as one bold
/// cell spanning the grid, every row's cells with their page-break pieces put together — so it is
/// the clean document the export was saved from, without the export's page-break damage.
@Suite("Import: seeds as .docx", .enabled(if: SeedDocuments.folder != nil, "../shared/seeds not found (set KARTA_SHARED)"))
struct ImportSeedDocxTests {
    typealias F = OfficeFixtures

    @Test(arguments: ["001_b50d69540b3e092f.txt", "004_47720d2e2853d68a.txt"])
    func docxGivesTheSameRoadmapsAsTheTextExport(_ name: String) throws {
        let data = try Data(contentsOf: try #require(SeedDocuments.folder).appendingPathComponent(name))
        let text = Importer.convert(data, file: name)
        let roadmaps = SeedDocuments.roadmapDrafts(data, file: name)
        #expect(!roadmaps.isEmpty)
        for draft in roadmaps {
            let word = Importer.convert(try SeedDocuments.docx(draft), file: "seed.docx")
            #expect(!word.diagnostics.hasErrors, "\(word.diagnostics.all.map(\.description))")
            let fromWord = try #require(word.files.first { $0.kind == .roadmap })
            let fromText = try #require(text.files.first { $0.kind == .roadmap && $0.title == draft.title })
            let wordLines = SeedDocuments.body(fromWord).split(separator: "\n", omittingEmptySubsequences: false)
            let textLines = SeedDocuments.body(fromText).split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(wordLines, textLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(wordLines.count, textLines.count)
            #expect(wordLines == textLines, "\(draft.title): from line \(first + 2), .docx «\(wordLines.dropFirst(first).prefix(3).joined(separator: "⏎"))» ≠ text «\(textLines.dropFirst(first).prefix(3).joined(separator: "⏎"))»")
        }
    }
}

/// The seed exports in `../shared/seeds/`, and `.docx` documents written from their roadmaps.
enum SeedDocuments {
    typealias F = OfficeFixtures

    static var folder: URL? {
        let shared = ProcessInfo.processInfo.environment["KARTA_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? TestPaths.packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        let seeds = shared.appendingPathComponent("seeds")
        return FileManager.default.fileExists(atPath: seeds.path) ? seeds : nil
    }

    /// The roadmap drafts of an export, as the text importer reads them.
    static func roadmapDrafts(_ data: Data, file: String) -> [DocumentDraft] {
        guard case .success(let decoded) = ImportDecoder.decode(data) else { return [] }
        var reader = ExportReader(lines: SourceLine.split(decoded.text), file: file)
        reader.read()
        return reader.drafts.filter { $0.header.kind == .roadmap && $0.assembler.rowCount > 0 }
    }

    /// A `.docx` of one roadmap: its approval and title paragraphs, then its table.
    static func docx(_ draft: DocumentDraft) throws -> Data {
        var body = (draft.approval?.printedLines ?? []).map { F.p($0) }.joined() + F.p(draft.title)
        body += "<w:tbl>" + F.tr(draft.header.titles.map { F.tc($0) }, header: true)
        for event in draft.assembler.events {
            switch event {
            case .section(let title, _, _):
                body += F.tr([F.tc(title, span: draft.header.count, bold: true)])
            case .row(let row):
                body += F.tr(row.cells.map(cell))
            case .numberOnly(let number, _, _):
                body += F.tr([F.tc(number)] + Array(repeating: F.tc(""), count: draft.header.count - 1))
            }
        }
        return try F.docx(body + "</w:tbl>")
    }

    /// A cell as Word would hold it: a paragraph for each block the text import read (page-break
    /// pieces already joined), its lines kept apart by line breaks, list items with their dash.
    static func cell(_ cell: Cell) -> String {
        let paragraphs = DocumentBuilder.blocks(cell).map { block in
            let lines = block.lines.map(CellHTML.withoutBoldMarkers)
            return F.p((block.kind == .item ? "- " : "") + lines.joined(separator: "\n"))
        }
        return paragraphs.isEmpty ? F.tc("") : F.tc(paragraphs.joined())
    }

    /// A written file without its first line (the comment naming the input and its lines).
    static func body(_ file: ImportedFile) -> String {
        file.contents.split(separator: "\n", maxSplits: 1).dropFirst().joined()
    }
}
