import Foundation
import KartaContent
import KartaModel
import Testing

/// The valid fixture loads without a single diagnostic and into the model the format describes.
@Suite("Loading the valid fixture site")
struct ValidFixtureLoadingTests {
    let result = ContentLoader(root: TestPaths.validContent.path).load()

    @Test func loadsWithoutErrorsOrWarnings() throws {
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.sorted.map(\.description))")
        #expect(result.content != nil)
    }

    @Test func siteConfigAndCatalogues() throws {
        let content = try #require(result.content)
        #expect(content.config.title == "Тестовый сайт дорожных карт")
        #expect(content.config.allowRawHTML == false)
        #expect(content.glossary.entries.map(\.abbreviation) == ["МОУО", "ОО", "ИРО"])
        #expect(content.glossary.entry(for: "ИРО")?.uncertain == true)
        #expect(content.directions.map(\.id) == ["normative-base", "training-quality"])
        #expect(content.directions.map(\.group) == [.none, .results])
        #expect(content.direction("normative-base")?.shortTitle == "Нормативная база")
    }

    @Test func entityTreeFollowsTheFolders() throws {
        let content = try #require(result.content)
        #expect(content.entities.map(\.id) == ["oblast", "oblast/gorod", "oblast/gorod/shkola-1"])
        #expect(content.entities.map(\.level) == [.region, .municipality, .school])
        #expect(content.entities.map(\.parentID) == [nil, "oblast", "oblast/gorod"])
        #expect(content.ancestry(of: "oblast/gorod/shkola-1").map(\.id) == ["oblast", "oblast/gorod", "oblast/gorod/shkola-1"])
        let municipality = try #require(content.entity("oblast/gorod"))
        #expect(municipality.shortName == "Тестовый")
        #expect(municipality.responsibleAs == ["МОУО"])
        #expect(municipality.details.map(\.label) == ["Орган управления образованием"])
    }

    @Test func roadmapHasSectionsItemsAndSubitems() throws {
        let content = try #require(result.content)
        let roadmap = try #require(content.roadmaps.first)
        #expect(content.roadmaps.count == 1)
        #expect(roadmap.id == "msoko-2020")
        #expect(roadmap.entityID == "oblast/gorod")
        #expect(roadmap.approval?.date == CalendarDate(year: 2020, month: 6, day: 19))
        #expect(roadmap.period == Period(from: 2019, to: 2021))
        #expect(roadmap.columns.map(\.key) == [.number, .text, .deadline, .responsible, .status])
        #expect(roadmap.sections.map(\.directionID) == ["normative-base", "training-quality"])
        #expect(roadmap.items.map(\.id) == ["normative-base-1", "normative-base-2", "training-quality-1", "training-quality-2"])
        #expect(roadmap.items.map(\.number) == ["1.", "2.", nil, "4"])
        #expect(roadmap.items[1].text == "Утверждение положения о муниципальной системе оценки качества:\nподготовка проекта\n")
        #expect(roadmap.items[1].subitems.map(\.number) == ["2.1"])
        #expect(roadmap.items[1].subitems.first?.responsible == ["ИРО"])
        // A single string is accepted as a list of one party.
        #expect(roadmap.items[2].responsible == ["ОО"])
        #expect(roadmap.items.map(\.status) == [.done, nil, .inProgress, nil])
    }

    @Test func levelPlanKeepsDashAsNothingAndLeavesOmittedCellsEmpty() throws {
        let content = try #require(result.content)
        let plan = try #require(content.plans.first)
        #expect(plan.entityID == "oblast")
        let rows = try #require(plan.sections.first?.rows)
        #expect(rows.map(\.year) == ["2018", nil])
        #expect(rows[0].cells[.municipality] == .nothing)
        #expect(rows[0].cells[.region] == .text("Проведение региональных оценочных процедур"))
        #expect(rows[1].cells[.municipality] == nil)
    }

    @Test func pagesReadTheirFrontMatter() throws {
        let content = try #require(result.content)
        #expect(content.pages.map(\.id) == ["about", "oblast/gorod/concept"])
        let concept = try #require(content.pages.last)
        #expect(concept.title == "Концепция муниципальной системы оценки качества образования")
        #expect(concept.kind == .concept)
        #expect(concept.date == CalendarDate(year: 2019, month: 4, day: 8))
        #expect(concept.summary == "Основные положения")
        #expect(concept.entityID == "oblast/gorod")
        #expect(concept.body.hasPrefix("Текст концепции в **Markdown**."))
        #expect(content.pages.first?.kind == .about)
    }
}
