import Foundation
import KartaDiff
@testable import KartaDiffRender
import KartaMarkdown
import KartaRender
import Testing

/// Each change readable on its own (issue 17, points 3 and 4): rows named by section and number, moved rows with
/// their text, paragraphs quoted, added text whole; long section titles shortened with the whole title on hover;
/// deleted and inserted words apart when the page is read as text.
@Suite("karta diff: context of each change")
struct DiffContextTests {
    /// A section title as long as the bundled content's (190 characters).
    static let longTitle = "Подготовка обучающихся: оценка предметных и метапредметных результатов, функциональной грамотности и готовности к продолжению образования в образовательных организациях городского округа Тестовый"

    /// The fixture with its second section's title made long in both versions, then `edit` applied to the new one.
    func diff(_ edit: (ContentFixture) throws -> Void) throws -> ContentDiff {
        try DiffFixture.diff { fixture in
            for site in [fixture.old, fixture.new] {
                try site.replace(#"title: "Подготовка обучающихся""#, with: "title: \"\(Self.longTitle)\"", in: DiffFixture.roadmap)
            }
            try edit(fixture.new)
        }
    }

    /// Moves «tq-3» from the long-titled section to the start of «Объективность оценки».
    static func moveAcrossSections(_ site: ContentFixture) throws {
        let text = try site.read(DiffFixture.roadmap)
        let start = text.range(of: "      - id: tq-3")!.lowerBound
        let end = text.range(of: "  - direction: objectivity")!.lowerBound
        let item = String(text[start..<end])
        try site.write(
            text.replacingCharacters(in: start..<end, with: "").replacingOccurrences(of: "    items:\n      - id: ob-1", with: "    items:\n" + item + "      - id: ob-1"),
            to: DiffFixture.roadmap)
    }

    func markdownLines(_ diff: ContentDiff) -> [String] {
        DiffReport(diff).markdown().split(separator: "\n").map(String.init)
    }

    func roadmapPage(_ diff: ContentDiff) throws -> String {
        let templates = try TemplateSet.load(from: TestPaths.templates.path).get()
        let file = try #require(try DiffReport(diff).files(templates: templates).first { $0.path == "oblast/gorod/roadmaps/msoko/index.html" })
        return String(decoding: file.data, as: UTF8.self)
    }

    @Test func movedRowIsNamedBySectionAndShowsItsText() throws {
        let lines = markdownLines(try diff(Self.moveAcrossSections))
        #expect(lines.contains(
            "- ↕ **раздел «Объективность оценки», № 2.3** «Методические семинары по использованию результатов оценочных процедур» перенесено из раздела «Подготовка обучающихся: оценка предметных и метапредметных…»"),
            "\(lines)")
    }

    @Test func movedRowNoteShortensTheSectionTitle() throws {
        let html = try roadmapPage(try diff(Self.moveAcrossSections))
        let note = ##"<a href="#moved-from-tq-3" title="из раздела «\##(Self.longTitle)»">перенесено из раздела «Подготовка обучающихся: оценка предметных и метапредметных…», было № 2.3</a>"##
        #expect(html.contains(note), "\(html)")
        #expect(html.contains("перенесено отсюда в раздел «Объективность оценки» (№ 2.3) — «Методические семинары по использованию результатов оценочных процедур»"))
    }

    @Test func paragraphEditQuotesItsParagraph() throws {
        let lines = markdownLines(try diff { site in
            try site.replace("включает региональные", with: "объединяет региональные", in: DiffFixture.concept)
        })
        #expect(lines.contains(
            "- ✎ абзац «Система оценки качества образования объединяет региональные и муниципальные …»: Система оценки качества образования ~~включает~~ → **объединяет** региональные и муниципальные процедуры."),
            "\(lines)")
    }

    /// Unchanged words far from an edit give way to «…»; the words next to it stay.
    @Test func longUnchangedRunsAroundAnEditAreCut() {
        let words = "один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать"
        let comparison = TextDiffer.compare(words + " было " + words, words + " стало " + words)
        guard let diff = comparison.diff else {
            Issue.record("no diff: \(comparison)")
            return
        }
        #expect(DiffMarkdown.change(diff) == "… семь восемь девять десять одиннадцать двенадцать ~~было~~ → **стало** один два три четыре пять шесть …")
    }

    /// A hidden edit is named as its row is: «3.1» alone names a row in no particular section.
    @Test func hiddenEditIsNamedBySectionAndNumber() throws {
        let lines = markdownLines(try diff { site in
            try site.replace(#"оценки качества - \"ВПР\""#, with: "оценки качества — «ВПР»", in: DiffFixture.roadmap)
        })
        #expect(lines.contains { $0.hasPrefix("- раздел «Объективность оценки», № 3.1, Мероприятие (типографика: кавычки, тире, пробелы, «ё»): «") }, "\(lines)")
    }

    /// «✎ **, ДКР»**» of the issue: marks beside punctuation get the space that lets GitLab and GitHub read them as bold.
    @Test func insertedPunctuationIsStillBold() throws {
        let diff = try #require(TextDiffer.compare("Отчёт подготовлен в целях обеспечения открытости", "Отчёт подготовлен в целях, ДКР обеспечения открытости").diff)
        let line = DiffMarkdown.change(diff)
        #expect(line == "Отчёт подготовлен в целях **, ДКР** обеспечения открытости")
        #expect(MarkdownRenderer(allowRawHTML: false).cellHTML(line).contains("<strong>, ДКР</strong>"))
    }

    @Test func addedTextIsWholeOrCutAtAWord() throws {
        let long = (1...40).map { "слово\($0)" }.joined(separator: " ")
        let veryLong = (1...80).map { "слово\($0)" }.joined(separator: " ")
        let lines = markdownLines(try diff { site in
            let item = { (id: String, number: String, text: String) in
                "      - id: \(id)\n        number: \"\(number)\"\n        text: \"\(text)\"\n        deadline: \"2024\"\n        responsible: [\"ИРО\"]\n"
            }
            try site.replace(
                "  - direction: training-quality", with: item("nb-4", "1.4", long) + item("nb-5", "1.5", veryLong) + "  - direction: training-quality",
                in: DiffFixture.roadmap)
        })
        #expect(long.count > 200)
        #expect(lines.contains("- + **раздел «Нормативное обеспечение», № 1.4** \(long)"), "\(lines)")
        let cut = try #require(lines.first { $0.hasPrefix("- + **раздел «Нормативное обеспечение», № 1.5** ") })
        #expect(cut.hasSuffix("…") && cut.contains(" слово40 ") && !cut.contains("слово80"), "\(cut)")
        #expect(veryLong.hasPrefix(String(cut.dropFirst("- + **раздел «Нормативное обеспечение», № 1.5** ".count).dropLast())), "cut at a word")
    }

    /// Read as text (a screen reader, copying, text extraction) a replaced word and its replacement stay apart.
    @Test func deletedAndInsertedWordsStayApartAsText() throws {
        let html = try roadmapPage(try diff { site in
            try site.replace("Проведение региональных", with: "Проведение муниципальных", in: DiffFixture.roadmap)
        })
        let text = html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        #expect(text.contains("Проведение удалено: региональных добавлено: муниципальных диагностических"))
        #expect(!text.contains("региональныхдобавлено"))
    }

    /// A replacement that keeps a space of its own gets no second one.
    @Test func separatorOnlyWhereTheWordsWouldTouch() {
        let segments = DiffViewBuilder.separated([
            DiffViewBuilder.segment(.deleted("было")), DiffViewBuilder.segment(.inserted("стало")),
            DiffViewBuilder.segment(.deleted("было ")), DiffViewBuilder.segment(.inserted("стало")),
            DiffViewBuilder.segment(.equal("и")), DiffViewBuilder.segment(.inserted("ещё")),
        ])
        #expect(segments.map(\.isSeparated) == [false, true, false, false, false, false])
    }
}
