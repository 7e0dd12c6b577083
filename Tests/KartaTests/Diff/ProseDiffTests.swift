import Foundation
import KartaDiff
import KartaMarkdown
import Testing

/// Pages and reports: blocks aligned first, words inside changed blocks, moved paragraphs, table rows by key.
@Suite("karta diff: pages and reports")
struct ProseDiffTests {
    func page(_ edit: (ContentFixture) throws -> Void) throws -> ProseDiff {
        try withTemporaryDirectory { folder in
            let fixture = try DiffFixture.make(in: folder)
            try edit(fixture.new)
            return try #require(try fixture.diff().prose(.page, "oblast/gorod/concept"))
        }
    }

    @Test func markdownSplitsIntoBlocks() {
        let blocks = MarkdownRenderer().blocks("## Заголовок\n\nАбзац\nв две строки.\n\n- один\n  - вложенный\n- два\n\n| Код | Значение |\n|---|---|\n| 1.1 | 5 |\n")
        #expect(blocks.map(\.kind) == [
            .heading(level: 2), .paragraph, .listItem(marker: "–", depth: 0), .listItem(marker: "–", depth: 1),
            .listItem(marker: "–", depth: 0), .tableRow(isHeader: true), .tableRow(isHeader: false),
        ])
        #expect(blocks[1].text == "Абзац в две строки.")
        #expect(blocks[6].cells == ["1.1", "5"])
    }

    @Test func oneWordInAParagraph() throws {
        let diff = try page { try $0.replace("региональные и муниципальные процедуры", with: "региональные и школьные процедуры", in: DiffFixture.concept) }
        #expect(diff.counts.changed == 1 && diff.counts.added == 0 && diff.counts.removed == 0)
        let block = try #require(diff.blocks.first { $0.action == .changed })
        #expect(block.text?.segments.contains(.inserted("школьные")) == true)
    }

    @Test func movedParagraphIsMarkedMoved() throws {
        let paragraph = "Система оценки качества образования включает региональные и муниципальные процедуры.\n\n"
        let diff = try page { site in
            try site.remove(paragraph, in: DiffFixture.concept)
            try site.replace("## Выводы\n\n", with: "## Выводы\n\n" + paragraph, in: DiffFixture.concept)
        }
        #expect(diff.counts.moved == 1)
        #expect(diff.counts.added == 0 && diff.counts.removed == 0 && diff.counts.changed == 0)
        let ghosts = diff.rows.filter { if case .movedAway = $0 { true } else { false } }
        #expect(ghosts.count == 1)
    }

    @Test func tableRowsAreKeyedByTheirFirstCell() throws {
        let diff = try page { site in
            try site.replace("| 1.1.2 | Доля участников олимпиад | 40 % |", with: "| 1.1.2 | Доля участников олимпиад | 45 % |", in: DiffFixture.concept)
        }
        let row = try #require(diff.blocks.first { $0.action == .changed })
        #expect(row.block.cells.first == "1.1.2")
        #expect(row.cells[2].diff?.deltas.first?.change == 5)
        #expect(diff.counts.changed == 1)
    }

    @Test func addedParagraphAndTypography() throws {
        let diff = try page { site in
            try site.replace("## Выводы\n\n", with: "## Выводы\n\nНовый абзац о результатах мониторинга.\n\n", in: DiffFixture.concept)
            try site.replace("первый принцип: объективность оценки;", with: "первый принцип:\u{00A0}объективность оценки;", in: DiffFixture.concept)
        }
        #expect(diff.counts.added == 1 && diff.counts.changed == 0)
        #expect(diff.hidden.map(\.kind) == [.typography])
    }

    @Test func pageMetadataChanges() throws {
        let diff = try page { try $0.replace("date: 2024-02-01", with: "date: 2024-02-15", in: DiffFixture.concept) }
        #expect(diff.metadata.map(\.key) == ["date"])
        #expect(diff.action == .changed)
    }

    @Test func reportsAreDiffedAsPages() throws {
        let diff = try withTemporaryDirectory { folder in
            let fixture = try DiffFixture.make(in: folder)
            try fixture.new.replace("работали 12 общеобразовательных", with: "работали 13 общеобразовательных", in: DiffFixture.report)
            try fixture.new.replace("compiled_by: \"Управление образованием\"", with: "compiled_by: \"Отдел образования\"", in: DiffFixture.report)
            return try #require(try fixture.diff().prose(.report, "2023"))
        }
        #expect(diff.entityID == "oblast/gorod")
        #expect(diff.counts.changed == 1)
        #expect(diff.metadata.map(\.key) == ["compiled_by"])
        #expect(diff.blocks.first { $0.action == .changed }?.text?.deltas.first?.isPercent == false)
    }

    @Test func addedReportIsAnAddedDocument() throws {
        let diff = try withTemporaryDirectory { folder in
            let fixture = try DiffFixture.make(in: folder)
            try fixture.new.write("---\ntitle: \"Отчёт за 2025 год\"\n---\n## Вводная часть\n\nТекст.\n", to: "oblast/gorod/reports/2025.md")
            return try fixture.diff()
        }
        let report = try #require(diff.prose(.report, "2025"))
        #expect(report.action == .added)
        #expect(report.counts.added == 2)
    }
}

/// `indicators.csv`: rows by indicator code and year, figures with their unit.
@Suite("karta diff: indicators")
struct IndicatorDiffTests {
    @Test func indicatorValueChangeIsInPercentagePoints() throws {
        let diff = try withTemporaryDirectory { folder in
            let fixture = try DiffFixture.make(in: folder)
            try fixture.new.replace("2023;88;90", with: "2023;93;90", in: "oblast/gorod/indicators.csv")
            return try #require(try fixture.diff().table(.indicators, "indicators"))
        }
        #expect(diff.touchedIDs == ["1.1.1/2023"])
        guard case .text(let text)? = diff.row("1.1.1/2023")?.cell("value")?.change else { Issue.record("no value change"); return }
        #expect(text.deltas.first.map { $0.change } == 5)
        #expect(text.deltas.first?.isPercent == true)
    }
}
