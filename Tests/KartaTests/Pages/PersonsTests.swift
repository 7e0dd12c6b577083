import Foundation
import KartaContent
import KartaDiff
import KartaModel
import KartaRender
import Testing

/// Issue 14, point 4: people named as responsible are persons, not bodies — `persons:` in a roadmap item,
/// read with located diagnostics, shown in the responsible column after the bodies, never given a body's
/// page, compared by the diff; names left inside `responsible:` by older content still build.
@Suite("Persons")
struct PersonsTests {
    static let roadmap = "oblast/gorod/roadmaps/msoko-2020.yaml"
    static let withPersons = """
        responsible: ["МОУО"]
                persons: ["Петров П.П.", "И. О. Сидорова"]
        """

    // MARK: - The recogniser

    @Test(arguments: ["Петров П.П.", "Петров П. П.", "П.П. Петров", "И. О. Фамилия", "Семёнов Ё.Ё.", "Петрова-Водкина А.А.", "Иванов И."])
    func namesAreRecognised(_ name: String) {
        #expect(PersonName.isName(name))
    }

    @Test(arguments: ["МОУО", "Управление образования", "руководители ОО", "ГАОУ ДПО СО «ИРО»", "зам. директора Петров П.П.", "МОУ СОШ им. К.Н. Новикова", "П.П.", "Петров"])
    func othersAreNoNames(_ text: String) {
        #expect(!PersonName.isName(text))
    }

    @Test func everyPrintingOfOneNameHasOneKey() {
        let keys = Set(["Петров П.П.", "Петров П. П.", "П.П. Петров", "П. П. Петров"].compactMap { PersonName($0)?.key })
        #expect(keys == ["петров п.п."])
        #expect(PersonName("Семёнов Ё.Ё.")?.key == PersonName("Семенов Е.Е.")?.key)
        #expect(PersonName("Петров П.П.")?.key != PersonName("Петров А.П.")?.key)
    }

    // MARK: - Loading

    @Test func personsAreLoadedAsPrinted() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace(#"responsible: ["МОУО"]"#, with: Self.withPersons, in: Self.roadmap)
            let result = site.load()
            #expect(result.diagnostics.errors.isEmpty && result.diagnostics.warnings.isEmpty, "\(result.diagnostics.sorted.map(\.description))")
            let item = try #require(result.content?.roadmaps.first?.sections.first?.items.first)
            #expect(item.responsible == ["МОУО"])
            #expect(item.persons == ["Петров П.П.", "И. О. Сидорова"])
        }
    }

    @Test func aSubitemHasPersonsToo() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace(#"responsible: ["ИРО"]"#, with: #"responsible: ["ИРО"]\#n            persons: ["Петров П.П."]"#, in: Self.roadmap)
            let result = site.load()
            #expect(!result.diagnostics.hasErrors)
            let item = try #require(result.content?.roadmaps.first?.sections.first?.items.dropFirst().first)
            #expect(item.subitems.first?.persons == ["Петров П.П."])
        }
    }

    @Test func anEntryThatIsNoNameIsAWarningAtIt() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let at = try site.replace(#"responsible: ["МОУО"]"#, with: #"persons: ["Петров П.П.", "ИМЦ"]"#, in: Self.roadmap, pointingAt: #""ИМЦ""#)
            let result = site.load()
            #expect(result.diagnostics.errors.isEmpty)
            let warning = try #require(result.diagnostics.warnings.first { $0.code == "person-name" })
            #expect(warning.location == SourceLocation(file: site.displayPath(Self.roadmap), line: at.line, column: at.column))
            #expect(warning.message.contains("«ИМЦ»"))
            // Shown as written all the same.
            #expect(result.content?.roadmaps.first?.sections.first?.items.first?.persons == ["Петров П.П.", "ИМЦ"])
        }
    }

    @Test func personsNeedTheResponsibleColumn() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            var text = try site.read(Self.roadmap).replacingOccurrences(of: "  - {key: responsible, title: \"Ответственные\"}\n", with: "")
            text = text.replacingOccurrences(of: #"(?m)^ *responsible: .*\n"#, with: "", options: .regularExpression)
            try site.write(text, to: Self.roadmap)
            let at = try site.replace(#"status: done"#, with: #"persons: ["Петров П.П."]\#n        status: done"#, in: Self.roadmap, pointingAt: #"["Петров"#)
            let result = site.load()
            let error = try #require(result.diagnostics.errors.first)
            #expect(error.code == "no-column")
            #expect(error.location == SourceLocation(file: site.displayPath(Self.roadmap), line: at.line, column: at.column))
        }
    }

    @Test func aListOfPersonsMustHoldTexts() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace(#"responsible: ["МОУО"]"#, with: #"persons: [{name: "Петров П.П."}]"#, in: Self.roadmap)
            #expect(site.load().diagnostics.errors.map(\.code) == ["type"])
        }
    }

    // MARK: - Activities and pages

    @Test func personsAreNoBodies() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace(#"responsible: ["МОУО"]"#, with: Self.withPersons, in: Self.roadmap)
            let content = try #require(site.load().content)
            let activity = try #require(ActivityIndex(content: content).activities.first)
            #expect(activity.parties == ["МОУО"])
            #expect(activity.persons == ["Петров П.П.", "И. О. Сидорова"])
            #expect(!ResponsibleBodies(content: content).bodies.contains { $0.name.contains("Петров") })
        }
    }

    /// Content written before `persons:` names people among the parties: it still builds, the name is shown where
    /// it was printed, and it gets no body page.
    @Test func aNameInsideResponsibleStillBuildsWithoutABodyPage() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace(#"responsible: ["МОУО"]"#, with: #"responsible: ["МОУО", "О.А. Ефимова"]"#, in: Self.roadmap)
            let result = site.load()
            #expect(result.diagnostics.errors.isEmpty && result.diagnostics.warnings.isEmpty, "\(result.diagnostics.sorted.map(\.description))")
            let content = try #require(result.content)
            #expect(ActivityIndex(content: content).activities.first?.parties == ["МОУО"])
            let rendered = try RenderedSite.render(content: site.root)
            #expect(!rendered.pages.keys.contains { $0.hasPrefix("responsible/") && $0.contains("efimova") })
            #expect(try rendered.page("oblast/gorod/roadmaps/msoko-2020/index.html").contains("О.А.\u{A0}Ефимова"))
        }
    }

    @Test func theRoadmapRowShowsPersonsAfterTheBodies() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace(#"responsible: ["МОУО"]"#, with: Self.withPersons, in: Self.roadmap)
            let rendered = try RenderedSite.render(content: site.root)
            let page = try rendered.page("oblast/gorod/roadmaps/msoko-2020/index.html")
            let plain = PlainText.of(html: page)
            let body = try #require(plain.range(of: "МОУО"))
            let first = try #require(plain.range(of: "Петров"))
            let second = try #require(plain.range(of: "Сидорова"))
            #expect(body.lowerBound < first.lowerBound && first.lowerBound < second.lowerBound)
            #expect(!rendered.pages.keys.contains { $0.hasPrefix("responsible/") && ($0.contains("petrov") || $0.contains("sidorova")) })
            // On the entity's year page (the site year page is a summary) the activity's row shows them too.
            #expect(PlainText.of(html: try rendered.page("2019/oblast/gorod/index.html")).contains("Сидорова"))
        }
    }

    // MARK: - Diff

    @Test func aPersonAddedIsAChangeOfTheResponsibleCell() throws {
        let diff = try withTemporaryDirectory { folder in
            try DiffFixture.make(in: folder).roadmap { site in
                try site.replace(#"responsible: ["ЦОКО"]"#, with: #"responsible: ["ЦОКО"]\#n        persons: ["Петров П.П."]"#, in: DiffFixture.roadmap)
            }
        }
        #expect(diff.touchedIDs == ["nb-3"])
        guard case .parties(let parties)? = diff.row("nb-3")?.cell("responsible")?.change else { Issue.record("no party change"); return }
        #expect(parties.added == ["Петров П.П."] && parties.removed.isEmpty && parties.kept == ["ЦОКО"])
    }

    /// A space is typography; the initials moved before the surname are the same person written otherwise.
    @Test(arguments: [("П.П. Петров", HiddenEdit.Kind.partiesSpelling), ("Петров П. П.", .typography), ("П. П. Петров", .partiesSpelling)])
    func aNamePrintedAnotherWayIsNoChange(_ spelling: String, _ kind: HiddenEdit.Kind) throws {
        let diff = try DiffFixture.diff { fixture in
            for (site, name) in [(fixture.old, "Петров П.П."), (fixture.new, spelling)] {
                try site.replace(#"responsible: ["ЦОКО"]"#, with: "responsible: [\"ЦОКО\"]\n        persons: [\"\(name)\"]", in: DiffFixture.roadmap)
            }
        }
        let table = try #require(diff.table(.roadmap, "msoko"))
        #expect(table.touchedIDs.isEmpty)
        #expect(table.hidden.map(\.kind) == [kind])
    }

    @Test func aNameMovedFromResponsibleToPersonsIsNoChange() throws {
        let diff = try DiffFixture.diff { fixture in
            try fixture.old.replace(#"responsible: ["ЦОКО"]"#, with: #"responsible: ["ЦОКО", "Петров П.П."]"#, in: DiffFixture.roadmap)
            try fixture.new.replace(#"responsible: ["ЦОКО"]"#, with: #"responsible: ["ЦОКО"]\#n        persons: ["Петров П.П."]"#, in: DiffFixture.roadmap)
        }
        #expect(try #require(diff.table(.roadmap, "msoko")).touchedIDs.isEmpty)
    }
}
