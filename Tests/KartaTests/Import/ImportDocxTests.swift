import Foundation
@testable import KartaImport
import KartaModel
import Testing

/// `.docx` and `.odt` read as documents: the same content as their text export, merged cells,
/// automatic numbers, bold section rows, line breaks inside cells.
@Suite("Import: Word and LibreOffice documents")
struct ImportDocxTests {
    typealias F = OfficeFixtures

    static let preamble = [
        "УТВЕРЖДЕН",
        "приказом Министерства образования Тестовой области от 05.03.2021 № 12-д",
        "Дорожная карта по развитию системы оценки качества образования на 2021–2023 годы",
    ]
    static let section = "Формирование нормативно-правового обеспечения системы оценки"
    static let rows = [
        ["1.", "Утверждение положения о системе оценки", "март 2021", "Министерство образования"],
        ["2.", "Проведение мониторинга:\n- предметных результатов;\n- метапредметных результатов", "ежегодно, октябрь", "ИМЦ"],
    ]

    /// The same roadmap as Word's text export prints it (one cell per line).
    static var textExport: String {
        var text = preamble.joined(separator: "\n") + "\n\n"
        for row in [F.roadmapHeader, [section]] + rows {
            text += row.map { "\t" + $0 }.joined(separator: "\n") + "\n\n"
        }
        return text
    }

    static var docx: Data {
        get throws {
            let body = preamble.map { F.p($0) }.joined()
                + "<w:tbl>" + F.tr(F.roadmapHeader.map { F.tc($0) }, header: true)
                + F.tr([F.tc(section, span: 4)])
                + rows.map { F.tr($0.map { F.tc($0) }) }.joined() + "</w:tbl>"
            return try F.docx(body)
        }
    }

    static var odt: Data {
        get throws {
            let body = preamble.map { F.odtP($0) }.joined()
                + F.odtTable([F.roadmapHeader, [section, "", "", ""]] + rows).replacingOccurrences(
                    of: F.odtCell(section) + F.odtCell("") + F.odtCell("") + F.odtCell(""), with: F.odtCell(section, span: 4))
            return try F.odt(body)
        }
    }

    /// The YAML of every file without its first line (the comment naming the input and its lines).
    static func yaml(_ result: ImportResult) -> [String] {
        result.files.map { $0.path + "\n" + $0.contents.split(separator: "\n", maxSplits: 1).dropFirst().joined() }
    }

    @Test func docxGivesTheSameYAMLAsItsTextExport() throws {
        let text = ImportFixtures.convert(text: Self.textExport, name: "roadmap.txt")
        let word = Importer.convert(try Self.docx, file: "roadmap.docx")
        #expect(!text.diagnostics.hasErrors && !word.diagnostics.hasErrors, "\(word.diagnostics.all.map(\.description))")
        #expect(!text.files.isEmpty)
        #expect(Self.yaml(word) == Self.yaml(text))
    }

    @Test func odtGivesTheSameYAMLAsItsTextExport() throws {
        let text = ImportFixtures.convert(text: Self.textExport, name: "roadmap.txt")
        let writer = Importer.convert(try Self.odt, file: "roadmap.odt")
        #expect(!writer.diagnostics.hasErrors, "\(writer.diagnostics.all.map(\.description))")
        #expect(Self.yaml(writer) == Self.yaml(text))
    }

    @Test func docxLoadsWithTitleApprovalSectionsAndItems() throws {
        try withTemporaryDirectory { folder in
            let content = try ImportSandbox(in: folder).loaded(Importer.convert(try Self.docx, file: "roadmap.docx"))
            let roadmap = try #require(content.roadmaps.first)
            #expect(roadmap.title == Self.preamble[2])
            #expect(roadmap.approval?.number == "12-д")
            #expect(roadmap.sections.map(\.title) == [Self.section])
            #expect(roadmap.items.map(\.number) == ["1.", "2."])
            #expect(roadmap.items[1].text == "Проведение мониторинга:\n\n- предметных результатов;\n- метапредметных результатов")
        }
    }

    @Test func automaticNumbersArePrintedAsWordShowsThem() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>\
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>\
            <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
            """
        func numbered(_ level: Int) -> String { F.tc(F.p("", numbered: (1, level))) }
        let bullets = F.p("Проведение:") + F.p("первого этапа;", numbered: (2, 0)) + F.p("второго этапа", numbered: (2, 0))
        let body = F.p("План мероприятий на 2022 год") + "<w:tbl>" + F.tr(F.roadmapHeader.map { F.tc($0) }, header: true)
            + F.tr([numbered(0), F.tc("Первое"), F.tc("2022"), F.tc("ИМЦ")])
            + F.tr([numbered(1), F.tc("Первое-первое"), F.tc("2022"), F.tc("ИМЦ")])
            + F.tr([numbered(1), F.tc(bullets), F.tc("2022"), F.tc("ИМЦ")])
            + F.tr([numbered(0), F.tc("Второе"), F.tc("2022"), F.tc("ИМЦ")]) + "</w:tbl>"
        let result = Importer.convert(try F.docx(body, numbering: numbering), file: "numbered.docx")
        let yaml = try #require(result.file(.roadmap)).contents
        #expect(yaml.contains("number: \"1.\""))
        #expect(yaml.contains("number: \"1.1.\""))
        #expect(yaml.contains("number: \"1.2.\""))
        #expect(yaml.contains("number: \"2.\""))
        #expect(yaml.contains("- первого этапа;"))
        #expect(result.warnings("import-numbering").isEmpty)
    }

    @Test func mergedCellsKeepTheGridAndBoldRowsAreSections() throws {
        let body = F.p("Дорожная карта на 2022 год") + "<w:tbl>" + F.tr(F.roadmapHeader.map { F.tc($0) }, header: true)
            + F.tr([F.tc("Работа с кадрами", span: 4, bold: true)])
            + F.tr([F.tc("1."), F.tc("Семинары для учителей"), F.tc("март 2022", vMerge: "restart"), F.tc("ИМЦ")])
            + F.tr([F.tc("2."), F.tc("Курсы для директоров"), F.tc("", vMerge: ""), F.tc("Управление образования")])
            + "</w:tbl>"
        try withTemporaryDirectory { folder in
            let result = Importer.convert(try F.docx(body), file: "merged.docx")
            let roadmap = try #require(try ImportSandbox(in: folder).loaded(result).roadmaps.first)
            #expect(roadmap.sections.map(\.title) == ["Работа с кадрами"])
            #expect(roadmap.items.map(\.text) == ["Семинары для учителей", "Курсы для директоров"])
            #expect(roadmap.items[0].responsible == ["ИМЦ"])
            #expect(roadmap.items[1].responsible == ["Управление образования"])
        }
    }

    @Test func warningsNameTheParagraphNumber() throws {
        // Paragraph 1 is the title, the table's rows are 2 (header), 3 and 4.
        let body = F.p("Дорожная карта на 2022 год") + F.tbl([F.roadmapHeader, ["1.", "Первое", "2022", "ИМЦ"], ["3.", "Третье", "2022", "ИМЦ"]])
        let result = Importer.convert(try F.docx(body), file: "gap.docx")
        let warning = try #require(result.warnings.first { $0.message.contains("2 is missing") || $0.message.contains("missing") })
        #expect(warning.location.line == 4)
    }

    /// A cell's paragraphs stay paragraphs: a responsible cell with one paragraph per list item of
    /// the activity gives sub-items, as the text export with `<p>` markup does (seed 004). Before,
    /// the paragraphs ran together into one and the parts were lost.
    @Test(arguments: ["docx", "odt"])
    func paragraphsOfACellStayApartAndGiveSubitems(_ kind: String) throws {
        let activity = "Определить порядок проведения ВПР:\n- в районе;\n- в школах."
        let responsible = "Отдел образования\nшколы"
        let text = ImportFixtures.convert(text: "Дорожная карта на 2022 год\n\n№ п/п\tМероприятие\tСроки\tОтветственные\n"
            + "1.\t<p>Определить порядок проведения ВПР:</p><ul><li>в районе;</li><li>в школах.</li></ul>\t2022\t<p>Отдел образования</p><p>школы</p>\n")
        let rows = [F.roadmapHeader, ["1.", activity, "2022", responsible]]
        let data = kind == "docx"
            ? try F.docx(F.p("Дорожная карта на 2022 год") + F.tbl(rows))
            : try F.odt(F.odtP("Дорожная карта на 2022 год") + F.odtTable(rows))
        let document = Importer.convert(data, file: "cells.\(kind)")
        let yaml = try #require(document.file(.roadmap)).contents
        #expect(yaml.contains("responsible: [\"Отдел образования\"]") && yaml.contains("responsible: [\"школы\"]"), "\(yaml)")
        #expect(Self.yaml(document) == Self.yaml(text))
    }

}
