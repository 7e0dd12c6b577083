import Foundation
import KartaContent
import KartaDiff
import KartaModel
import KartaRender
import KartaSite
import Testing

/// Issue 15, point 3: a `glossary.yaml` in an entity folder holds that territory's own abbreviations. The
/// fixture `territories` has two municipalities that each explain «ИМЦ» their own way, and a third that
/// explains it nowhere.
@Suite("Territorial glossaries")
struct TerritoryGlossaryTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("territories")
    static let alpha = "информационно-методический центр города Альфа"
    static let beta = "инновационный методический центр Беты"
    static let common = "информационно-методический центр"

    static func abbr(_ title: String, _ text: String = "ИМЦ") -> String { "<abbr title=\"\(title)\">\(text)</abbr>" }

    @Test func eachMunicipalityPageExpandsItsOwnAbbreviation() throws {
        let site = try RenderedSite.render(content: Self.folder)
        let a = try site.page("oblast/gorod-a/roadmaps/msoko-2020/index.html")
        let b = try site.page("oblast/gorod-b/roadmaps/msoko-2020/index.html")
        #expect(a.contains(Self.abbr(Self.alpha)) && !a.contains(Self.beta) && !a.contains(Self.abbr(Self.common)))
        #expect(b.contains(Self.abbr(Self.beta)) && !b.contains(Self.alpha) && !b.contains(Self.abbr(Self.common)))
        // A territory without its own «ИМЦ» reads the root glossary's, never another territory's.
        let c = try site.page("oblast/gorod-c/roadmaps/msoko-2020/index.html")
        #expect(c.contains(Self.abbr(Self.common)) && !c.contains(Self.alpha) && !c.contains(Self.beta))
        #expect(c.contains("Отчёт ЦОКО") && !c.contains("центр оценки качества образования Беты"))
        // What the root glossary holds is common to everyone.
        #expect(a.contains("<abbr title=\"образовательная организация\">ОО</abbr>"))
    }

    @Test func aSharedYearPageExpandsEachRowByItsOwnTerritory() throws {
        let site = try RenderedSite.render(content: Self.folder)
        // Альфа's year page lists its own rows and the region's row that names it (as «МОУО»).
        let year = try site.page("2020/oblast/gorod-a/index.html")
        #expect(year.contains("Семинар " + Self.abbr(Self.alpha) + " для руководителей"))
        #expect(year.contains("Мониторинг работы " + Self.abbr(Self.common)))
        #expect(!year.contains(Self.beta))
        // The direction page gathers the rows of every territory.
        let direction = try site.page("directions/normative-base/index.html")
        #expect(direction.contains("Семинар " + Self.abbr(Self.alpha) + " для руководителей"))
        #expect(direction.contains("Семинар " + Self.abbr(Self.beta) + " для руководителей"))
        // A long page keeps the title of each abbreviation's first use with one expansion (`AbbreviationTitles`).
        #expect(direction.contains("Семинар <abbr>ИМЦ</abbr> для педагогов"))
        #expect(direction.contains("Мониторинг работы " + Self.abbr(Self.common)))
        // The search page's list (without JavaScript) too.
        let search = try site.page("search/index.html")
        #expect(search.contains("Семинар " + Self.abbr(Self.alpha) + " для руководителей"))
        #expect(search.contains("Семинар " + Self.abbr(Self.beta) + " для руководителей"))
        for page in [year, direction, search] { #expect(!page.contains("karta-territory"), "the marks are left out") }
    }

    @Test func theGlossaryPageListsEachTerritorysOwnEntries() throws {
        let site = try RenderedSite.render(content: Self.folder)
        let page = try site.page("glossary/index.html")
        #expect(page.contains("id=\"term-oblast-gorod-a-ИМЦ\"") && page.contains(Self.alpha))
        #expect(page.contains("id=\"term-oblast-gorod-b-ИМЦ\"") && page.contains(Self.beta))
        // An unconfirmed expansion is a note for the editors, not text for the public.
        #expect(!page.contains("не подтверждена"))
    }

    @Test func bodiesOfAGenericNameArePerTerritory() throws {
        let site = try RenderedSite.render(content: Self.folder)
        let imc = site.pages.keys.filter { $0.hasPrefix("responsible/imc") }.sorted()
        #expect(imc == ["responsible/imc-gorod-a/index.html", "responsible/imc-gorod-b/index.html"])
        // A page whose typographer reads the region's glossary would give Альфа's «ИМЦ» the common title.
        let a = try site.page("responsible/imc-gorod-a/index.html")
        #expect(a.contains("Городской округ Альфа") && a.contains(Self.alpha) && !a.contains(Self.beta))
        #expect(a.contains("Территория: <a href=\"../../oblast/gorod-a/index.html\">Городской округ Альфа</a>"))
    }

    @Test func checkWarnsOfAnAbbreviationOnlyAnotherTerritoryExplains() throws {
        let result = ContentLoader(root: Self.folder.path).load()
        let warnings = result.diagnostics.all.filter { $0.code == DiagnosticCode.abbreviationOtherTerritory.rawValue }
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.severity == .warning)
        #expect(warning.location.file.hasSuffix("oblast/gorod-c/roadmaps/msoko-2020.yaml"))
        #expect(warning.location.line == 17 && warning.location.column > 0)
        #expect(warning.message.contains("'ЦОКО'") && warning.message.contains("gorod-b/glossary.yaml") && !warning.message.contains("gorod-a"))
        // Neither municipality that explains it is warned, nor is it an unknown abbreviation.
        #expect(!result.diagnostics.all.contains { $0.code == DiagnosticCode.unknownAbbreviation.rawValue })
    }

    @Test func anUnconfirmedExpansionIsANoteOfKartaCheckOnly() throws {
        let result = ContentLoader(root: Self.folder.path).load()
        #expect(!result.diagnostics.all.contains { $0.code == DiagnosticCode.glossaryUncertain.rawValue })
        let (_, _, report) = SiteBuilder(content: Self.folder.path, templates: TestPaths.templates.path, output: "").check(notes: true)
        let notes = report.diagnostics.all.filter { $0.code == DiagnosticCode.glossaryUncertain.rawValue }
        #expect(notes.map(\.severity) == [.note])
        #expect(notes.first?.location.file.hasSuffix("territories/glossary.yaml") == true)
        #expect(notes.first?.message.contains("'РУМО'") == true)
        #expect(!report.diagnostics.hasErrors)
    }

    @Test func kartaCheckPrintsTheNoteAndTheWarningWithTheirPlaces() throws {
        let run = try KartaExecutable.run(["check", "--content", Self.folder.path, "--templates", TestPaths.templates.path], in: Self.folder)
        #expect(run.status == 0, "\(run.combined)")
        #expect(run.combined.contains("glossary.yaml:22:1: note: the expansion of 'РУМО' is not confirmed"), "\(run.combined)")
        #expect(run.combined.contains("oblast/gorod-c/roadmaps/msoko-2020.yaml:17:"), "\(run.combined)")
        #expect(run.combined.contains("warning: 'ЦОКО' is explained only by the glossary of another territory"), "\(run.combined)")
    }

    /// The wording fast path of `karta serve` checks an edited roadmap through its own territory's glossary:
    /// Бета's «ЦОКО» is explained in Бета, so the edit stays on the fast path; in Альфа it is not, so the
    /// build loads everything and warns as a full load does. Either way the output is a full build's.
    @Test func aWordingEditIsCheckedThroughItsTerritorysGlossary() throws {
        try withTemporaryDirectory { folder in
            let site = try SiteCopy(of: Self.folder, in: folder)
            let build = site.incrementalBuild()
            #expect(build.build().succeeded)
            try site.replace(#"text: "Отчёт руководителей""#, with: #"text: "Отчёт руководителей для ЦОКО""#, in: "oblast/gorod-b/roadmaps/msoko-2020.yaml")
            let own = build.build()
            #expect(own.succeeded && own.wordingOnly)
            try site.expectSameAsFullBuild()
            try site.replace(#"text: "Отчёт руководителей""#, with: #"text: "Отчёт руководителей для ЦОКО""#, in: "oblast/gorod-a/roadmaps/msoko-2020.yaml")
            let other = build.build()
            #expect(other.succeeded && !other.wordingOnly)
            let warned = other.diagnostics.all.filter { $0.code == DiagnosticCode.abbreviationOtherTerritory.rawValue }.map(\.location.file)
            #expect(warned.contains { $0.hasSuffix("oblast/gorod-a/roadmaps/msoko-2020.yaml") }, "\(warned)")
            try site.expectSameAsFullBuild()
        }
    }

    /// `karta diff` shows an edit of a territory's own glossary as a change of that territory's glossary.
    @Test func theDiffShowsAnEditOfATerritorysGlossary() throws {
        try withTemporaryDirectory { folder in
            let old = folder.appendingPathComponent("old")
            let new = folder.appendingPathComponent("new")
            try FileManager.default.copyItem(at: Self.folder, to: old)
            try FileManager.default.copyItem(at: Self.folder, to: new)
            let glossary = new.appendingPathComponent("oblast/gorod-a/glossary.yaml")
            let text = try String(contentsOf: glossary, encoding: .utf8)
            try text.replacingOccurrences(of: Self.alpha, with: "методический центр Альфы").write(to: glossary, atomically: true, encoding: .utf8)
            let diff = try DiffFixture.diff(old: old, new: new)
            let changed = diff.documents.filter(\.hasChanges).map { "\($0.kind.rawValue):\($0.entityID ?? "")" }
            #expect(changed == ["glossary:oblast/gorod-a"])
        }
    }
}

