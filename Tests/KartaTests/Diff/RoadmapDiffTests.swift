import Foundation
import KartaDiff
import KartaDiffRender
import Testing

/// The cases of issue 6 «Done when», one edit each to the fixture roadmap.
@Suite("karta diff: roadmaps")
struct RoadmapDiffTests {
    static let roadmap = DiffFixture.roadmap

    func roadmap(_ edit: (ContentFixture) throws -> Void) throws -> TableDiff {
        try withTemporaryDirectory { folder in try DiffFixture.make(in: folder).roadmap(edit) }
    }

    @Test func identicalVersionsHaveNoChanges() throws {
        let diff = try withTemporaryDirectory { folder in try DiffFixture.make(in: folder).diff() }
        #expect(!diff.hasChanges)
        #expect(diff.counts == ChangeCounts())
        #expect(diff.changedDocuments.isEmpty)
    }

    @Test func itemInsertedAtTheTopFlagsNothingElse() throws {
        let diff = try roadmap { site in
            try site.replace("""
                    items:
                      - id: nb-1
                        number: "1.1"
                """, with: """
                    items:
                      - id: nb-0
                        number: "1.1"
                        text: "Создание рабочей группы по оценке качества образования"
                        deadline: "январь 2024"
                        responsible: ["МОУО"]
                      - id: nb-1
                        number: "1.2"
                """, in: Self.roadmap)
            try site.replace("id: nb-2\n        number: \"1.2\"", with: "id: nb-2\n        number: \"1.3\"", in: Self.roadmap)
            try site.replace("id: nb-3\n        number: \"1.3\"", with: "id: nb-3\n        number: \"1.4\"", in: Self.roadmap)
        }
        #expect(diff.touchedIDs == ["nb-0"])
        #expect(diff.counts.added == 1 && diff.counts.changed == 0 && diff.counts.moved == 0 && diff.counts.removed == 0)
        let renumbered = try #require(diff.row("nb-1"))
        #expect(renumbered.action == .unchanged)
        #expect(renumbered.number == "1.2" && renumbered.oldNumber == "1.1")
        #expect(diff.sections[0].diffs.map(\.id) == ["nb-0", "nb-1", "nb-2", "nb-3"])
    }

    @Test func itemRemoved() throws {
        let diff = try roadmap { site in
            try site.remove("""
                      - id: tq-3
                        number: "2.3"
                        text: "Методические семинары по использованию результатов оценочных процедур"
                        deadline: "2024"
                        responsible: ["ИРО"]

                """, in: Self.roadmap)
        }
        #expect(diff.touchedIDs == ["tq-3"])
        #expect(diff.row("tq-3")?.action == .removed)
        #expect(diff.counts.removed == 1 && diff.counts.added == 0 && diff.counts.changed == 0)
    }

    @Test func twoNeighboursSwappedShowOneMove() throws {
        let diff = try roadmap { site in
            let text = try site.read(Self.roadmap)
            let first = text.range(of: "      - id: nb-1")!.lowerBound
            let second = text.range(of: "      - id: nb-2")!.lowerBound
            let third = text.range(of: "      - id: nb-3")!.lowerBound
            let swapped = text[..<first] + text[second..<third] + text[first..<second] + text[third...]
            try site.write(String(swapped), to: Self.roadmap)
        }
        #expect(diff.counts.moved == 1)
        #expect(diff.counts.changed == 0 && diff.counts.added == 0 && diff.counts.removed == 0)
        let moved = try #require(diff.rows.first { $0.move != nil })
        #expect(moved.move?.isAcrossDirections == false)
        let ghosts = diff.sections[0].rows.filter { if case .movedAway = $0 { true } else { false } }
        #expect(ghosts.count == 1)
    }

    @Test func itemMovedToAnotherDirection() throws {
        let diff = try roadmap { site in
            let item = """
                      - id: tq-3
                        number: "2.3"
                        text: "Методические семинары по использованию результатов оценочных процедур"
                        deadline: "2024"
                        responsible: ["ИРО"]

                """
            try site.remove(item, in: Self.roadmap)
            try site.replace("    items:\n      - id: ob-1", with: "    items:\n" + item.replacingOccurrences(of: "\n\n", with: "\n") + "      - id: ob-1", in: Self.roadmap)
        }
        #expect(diff.touchedIDs == ["tq-3"])
        let moved = try #require(diff.row("tq-3"))
        #expect(moved.action == .unchanged)
        #expect(moved.move?.fromDirectionID == "training-quality")
        #expect(moved.move?.toDirectionID == "objectivity")
        #expect(moved.move?.isAcrossDirections == true)
        #expect(diff.counts.moved == 1 && diff.counts.changed == 0)
    }

    @Test func deadlineChangedShowsTheShift() throws {
        let diff = try roadmap { site in
            try site.replace("""
                        deadline: "до 1 октября 2024 г."
                        responsible: ["МОУО"]
                        indicator: "Доля
                """, with: """
                        deadline: "до 1 декабря 2024 г."
                        responsible: ["МОУО"]
                        indicator: "Доля
                """, in: Self.roadmap)
        }
        #expect(diff.touchedIDs == ["tq-1"])
        let cell = try #require(diff.row("tq-1")?.cell("deadline"))
        #expect(cell.category == .deadline)
        guard case .deadline(let old, let new, let shift, _) = cell.change else { Issue.record("not a deadline change: \(cell.change)"); return }
        #expect(old == "до 1 октября 2024 г." && new == "до 1 декабря 2024 г.")
        #expect(shift == 61)
        #expect(DiffWording.shift(61) == "позже на 61 день")
        #expect(DiffWording.shift(-2) == "раньше на 2 дня")
        #expect(diff.counts.categories[.deadline] == 1)
    }

    @Test func deadlineFormatChangedOnlyIsNoChange() throws {
        let diff = try roadmap { site in
            try site.replace(#"deadline: "01.09.2024""#, with: #"deadline: "1 сентября 2024 г.""#, in: Self.roadmap)
        }
        #expect(diff.touchedIDs.isEmpty)
        #expect(diff.action == .unchanged)
        #expect(diff.hidden.map(\.kind) == [.deadlineFormat])
    }

    @Test func responsibleBodyAdded() throws {
        let diff = try roadmap { site in
            try site.replace("""
                        deadline: "до 1 октября 2024 г."
                        responsible: ["МОУО"]
                        indicator: "Наличие
                """, with: """
                        deadline: "до 1 октября 2024 г."
                        responsible: ["МОУО", "ЦОКО"]
                        indicator: "Наличие
                """, in: Self.roadmap)
        }
        #expect(diff.touchedIDs == ["nb-1"])
        guard case .parties(let parties)? = diff.row("nb-1")?.cell("responsible")?.change else { Issue.record("no party change"); return }
        #expect(parties.added == ["ЦОКО"] && parties.removed.isEmpty && parties.kept == ["МОУО"])
    }

    @Test func responsibleBodiesReorderedIsNoChange() throws {
        let diff = try roadmap { site in
            try site.replace(#"deadline: "01.09.2024"\#n        responsible: ["МОУО", "ОО"]"#, with: #"deadline: "01.09.2024"\#n        responsible: ["ОО", "МОУО"]"#, in: Self.roadmap)
        }
        #expect(diff.touchedIDs.isEmpty)
        #expect(diff.hidden.map(\.kind) == [.partiesOrder])
    }

    @Test(arguments: ["муниципальный орган управления образованием", "Муниципальный орган управления образованием.", "МОУО УО"])
    func abbreviationWrittenOutIsNoChange(spelling: String) throws {
        let diff = try roadmap { site in
            try site.replace(#"deadline: "постоянно"\#n        responsible: ["МОУО"]"#, with: #"deadline: "постоянно"\#n        responsible: ["\#(spelling)"]"#, in: Self.roadmap)
        }
        #expect(diff.touchedIDs.isEmpty)
        #expect(diff.hidden.map(\.kind) == [.partiesSpelling])
    }

    @Test func oneWordChanged() throws {
        let diff = try roadmap { site in
            try site.replace("Проведение региональных диагностических", with: "Проведение муниципальных диагностических", in: Self.roadmap)
        }
        #expect(diff.touchedIDs == ["tq-1"])
        guard case .text(let text)? = diff.row("tq-1")?.cell("text")?.change else { Issue.record("no text change"); return }
        #expect(!text.isRewrite)
        #expect(text.segments.filter { if case .equal = $0 { false } else { true } } == [.deleted("региональных"), .inserted("муниципальных")])
        #expect(text.segments.first == .equal("Проведение "))
    }

    @Test func textFullyRewrittenIsShownAsBlocks() throws {
        let diff = try roadmap { site in
            try site.replace(
                "Формирование муниципального банка контрольно-измерительных материалов",
                with: "Создание электронного журнала для учителей начальных классов", in: Self.roadmap)
        }
        #expect(diff.touchedIDs == ["ob-2"])
        guard case .text(let text)? = diff.row("ob-2")?.cell("text")?.change else { Issue.record("no text change"); return }
        #expect(text.isRewrite)
        #expect(text.segments == [
            .deleted("Формирование муниципального банка контрольно-измерительных материалов"),
            .inserted("Создание электронного журнала для учителей начальных классов"),
        ])
    }

    @Test func idChangedWithTheTextKeptIsPairedWithAWarning() throws {
        let diff = try roadmap { site in
            try site.replace("id: nb-3\n", with: "id: nb-3-new\n", in: Self.roadmap)
        }
        #expect(diff.counts.added == 0 && diff.counts.removed == 0)
        #expect(diff.counts.changed == 1)
        let row = try #require(diff.row("nb-3-new"))
        #expect(row.oldID == "nb-3")
        #expect(row.cells.isEmpty)
        #expect(diff.warnings.map(\.kind) == [.idChanged])
        #expect(diff.warnings.first?.oldID == "nb-3" && diff.warnings.first?.id == "nb-3-new")
    }

    @Test func duplicateIDsAreAnErrorAndNothingIsCompared() throws {
        try withTemporaryDirectory { folder in
            let fixture = try DiffFixture.make(in: folder)
            let position = try fixture.new.replace("id: tq-2\n", with: "id: tq-1\n", in: Self.roadmap, pointingAt: "tq-1")
            let outcome = Comparison(old: "old", new: "new", contentFolder: "Content", directory: folder.path).run()
            #expect(outcome.diff == nil)
            let error = try #require(outcome.diagnostics.errors.first)
            #expect(error.code == "duplicate-id", "\(error)")
            #expect(error.location.file.hasSuffix("new/" + Self.roadmap))
            #expect(error.location.line == position.line && error.location.column == position.column)
        }
    }

    @Test func typographyOnlyEditIsHiddenAndCounted() throws {
        let diff = try roadmap { site in
            try site.replace(#"оценки качества - \"ВПР\" и олимпиад"#, with: "оценки качества — «ВПР» и\u{00A0}олимпиад", in: Self.roadmap)
        }
        #expect(diff.touchedIDs.isEmpty)
        #expect(diff.counts.hidden == 1)
        #expect(diff.hidden.first?.kind == .typography)
        #expect(diff.hidden.first?.place == "3.1")
        #expect(!diff.counts.hasChanges)
    }

    @Test func columnAddedIsABannerNotARowChange() throws {
        let diff = try roadmap { site in
            try site.replace(#"  - {key: indicator, title: "Показатель"}"#, with: "  - {key: indicator, title: \"Показатель\"}\n  - {key: result, title: \"Результат\"}", in: Self.roadmap)
            try site.replace(#"indicator: "Наличие приказа""#, with: "indicator: \"Наличие приказа\"\n        result: \"Приказ утверждён\"", in: Self.roadmap)
        }
        #expect(diff.columnChanges.map(\.kind) == [.added])
        #expect(diff.columnChanges.first?.key == "result" && diff.columnChanges.first?.newTitle == "Результат")
        #expect(diff.addedColumns == ["result"])
        #expect(diff.touchedIDs.isEmpty)
        #expect(diff.counts.metadata == 1)
        #expect(diff.action == .changed)
        #expect(DiffWording.columnChange(diff.columnChanges[0]) == "добавлен столбец «Результат»")
    }

    @Test func indicatorTargetChangeShowsPercentagePoints() throws {
        let diff = try roadmap { site in
            try site.replace("не менее 85 %", with: "не менее 90 %", in: Self.roadmap)
        }
        #expect(diff.touchedIDs == ["tq-1"])
        let cell = try #require(diff.row("tq-1")?.cell("indicator"))
        #expect(cell.category == .indicator)
        guard case .text(let text) = cell.change else { Issue.record("no text change"); return }
        #expect(text.deltas.map(DiffWording.delta) == ["+5 п.п."])
        #expect(diff.counts.categories[.indicator] == 1)
    }

    @Test func subitemEditsMakeTheItemChanged() throws {
        let diff = try roadmap { site in
            try site.replace("Семинар для заместителей директоров", with: "Семинар для заместителей директоров и методистов", in: Self.roadmap)
        }
        let row = try #require(diff.row("tq-2"))
        #expect(row.action == .changed)
        #expect(row.subrows.map(\.action) == [.changed])
        #expect(row.categories == [.wording])
    }

    @Test func metadataChangesAreCounted() throws {
        let diff = try roadmap { site in
            try site.replace(#"number: "12""#, with: #"number: "14""#, in: Self.roadmap)
            try site.replace("period: {from: 2024, to: 2025}", with: "period: {from: 2024, to: 2026}", in: Self.roadmap)
        }
        #expect(diff.metadata.map(\.key) == ["approval", "period"])
        #expect(diff.touchedIDs.isEmpty)
        #expect(diff.counts.metadata == 2)
    }

    @Test func sameInputsGiveTheSameReport() throws {
        try withTemporaryDirectory { folder in
            let fixture = try DiffFixture.make(in: folder)
            try fixture.new.replace("не менее 85 %", with: "не менее 90 %", in: Self.roadmap)
            try fixture.new.replace("id: nb-3\n", with: "id: nb-3-new\n", in: Self.roadmap)
            let first = try DiffReport(fixture.diff())
            let second = try DiffReport(fixture.diff())
            #expect(try first.json() == second.json())
            #expect(first.markdown() == second.markdown())
        }
    }
}
