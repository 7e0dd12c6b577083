import Foundation
import KartaSite
import Testing

/// An incremental build writes exactly what a full build of the same sources writes, byte for byte,
/// whatever changed; and it renders only what a change reaches.
///
/// Serialized: each case builds a site two or three times, and running them all at once would starve
/// the rest of the suite on a 2-core machine.
@Suite("Incremental rebuilds", .serialized)
struct IncrementalBuildTests {
    /// One change to the content or the templates, made between two builds.
    struct Change: Sendable, CustomTestStringConvertible {
        var name: String
        /// The content built first: the valid fixture, or another for the changes it cannot show.
        var fixture: URL = TestPaths.validContent
        var apply: @Sendable (SiteCopy) throws -> Void
        var testDescription: String { name }

        init(name: String, fixture: URL = TestPaths.validContent, apply: @escaping @Sendable (SiteCopy) throws -> Void) {
            self.name = name
            self.fixture = fixture
            self.apply = apply
        }
    }

    /// Two municipalities with glossaries of their own (`TerritoryGlossaryTests`).
    static let territories = TestPaths.fixtures.appendingPathComponent("territories")

    // The small valid fixture: every kind of change, one at a time.
    static let roadmap = "oblast/gorod/roadmaps/msoko-2020.yaml"

    static let changes: [Change] = [
        Change(name: "activity text edited") {
            try $0.replace(#"text: "Утверждение дорожной карты""#, with: #"text: "Принятие дорожной карты""#, in: roadmap)
        },
        Change(name: "deadline moved to another year") {
            try $0.replace(#"deadline: "октябрь 2019""#, with: #"deadline: "октябрь 2021""#, in: roadmap)
        },
        Change(name: "responsible body changed") {
            try $0.replace(#"responsible: ["МОУО"]"#, with: #"responsible: ["ИРО", "МОУО"]"#, in: roadmap)
        },
        Change(name: "roadmap added") {
            let text = try $0.read(roadmap).replacingOccurrences(of: "Дорожная карта по развитию", with: "Новая дорожная карта по развитию")
            try $0.write(text, to: "oblast/gorod/roadmaps/msoko-2021.yaml")
        },
        Change(name: "roadmap deleted") { try $0.remove(roadmap) },
        Change(name: "roadmap renamed") { try $0.move(roadmap, to: "oblast/gorod/roadmaps/msoko.yaml") },
        Change(name: "entity page edited") {
            try $0.append("\nЕщё один абзац.\n", to: "oblast/gorod/concept.md")
        },
        Change(name: "plan cell edited") {
            try $0.replace("Проведение региональных оценочных процедур", with: "Проведение региональных процедур", in: "oblast/plans/levels-2018.yaml")
        },
        Change(name: "about page retitled") {
            try $0.replace(#"title: "О сайте""#, with: #"title: "О портале""#, in: "about.md")
        },
        Change(name: "glossary edited") {
            try $0.replace(#"full: "образовательная организация""#, with: #"full: "общеобразовательная организация""#, in: "glossary.yaml")
        },
        Change(name: "entity renamed") {
            try $0.replace(#"short_name: "Тестовый""#, with: #"short_name: "ГО Тестовый""#, in: "oblast/gorod/entity.yaml")
        },
        Change(name: "entity glossary added") {
            try $0.write("\"МОУО\":\n  full: \"Управление образованием городского округа Тестовый\"\n  kind: organization\n  level: municipality\n", to: "oblast/gorod/glossary.yaml")
        },
        Change(name: "entity glossary edited", fixture: territories) {
            try $0.replace(#"full: "информационно-методический центр города Альфа""#, with: #"full: "методический центр Альфы""#, in: "oblast/gorod-a/glossary.yaml")
        },
        Change(name: "entity glossary removed", fixture: territories) { try $0.remove("oblast/gorod-b/glossary.yaml") },
        Change(name: "wording using the territory's own abbreviation", fixture: territories) {
            try $0.replace(#"text: "Отчёт руководителей""#, with: #"text: "Отчёт руководителей для ЦОКО""#, in: "oblast/gorod-b/roadmaps/msoko-2020.yaml")
        },
        Change(name: "wording using another territory's abbreviation", fixture: territories) {
            try $0.replace(#"text: "Отчёт руководителей""#, with: #"text: "Отчёт руководителей для ЦОКО""#, in: "oblast/gorod-a/roadmaps/msoko-2020.yaml")
        },
        Change(name: "template edited") { try $0.appendTemplate("\n<!-- edited -->\n", to: "layout.mustache") },
        Change(name: "stylesheet edited") { try $0.appendTemplate("\n/* edited */\n", to: "assets/karta.css") },
    ]

    @Test(.timeLimit(.minutes(10)), arguments: changes)
    func incrementalEqualsFullBuild(change: Change) throws {
        try withTemporaryDirectory { folder in
            let site = try SiteCopy(of: change.fixture, in: folder)
            let build = site.incrementalBuild()
            let first = build.build()
            #expect(first.succeeded && !first.incremental, "\(first.diagnostics.errors.map(\.description))")

            try change.apply(site)
            let second = build.build()
            #expect(second.succeeded, "\(second.diagnostics.errors.map(\.description)) \(second.writeFailure ?? "")")
            #expect(second.incremental)
            try site.expectSameAsFullBuild()
        }
    }

    // The bundled content: documents of every kind, edited in turn; each edit of a municipal document
    // renders less than half the pages, and after each the output equals a full build.
    static let kachkanar = "sverdlovskaya-oblast/kachkanar"
    static let municipal = kachkanar + "/roadmaps/msoko-2020.yaml"
    static let rasskazovo = "tambovskaya-oblast/rasskazovskiy-rayon"

    static let bundledChanges: [(change: Change, isLocal: Bool)] = [
        (Change(name: "activity text edited") {
            try $0.replace("Утверждение дорожной карты", with: "Принятие дорожной карты", in: municipal)
        }, true),
        (Change(name: "deadline moved to another year") {
            try $0.replace(#"deadline: "октябрь 2019""#, with: #"deadline: "октябрь 2021""#, in: municipal)
        }, true),
        (Change(name: "responsible body changed") {
            try $0.replace(#"responsible: ["МОУО"]"#, with: #"responsible: ["ГИМЦРО", "МОУО"]"#, in: municipal)
        }, true),
        (Change(name: "report edited") {
            try $0.replace("Управление образованием Качканарского городского округа", with: "Управление образования Качканарского городского округа", in: kachkanar + "/reports/2020.md")
        }, true),
        (Change(name: "indicator value changed") {
            try $0.replace("2019;98,6;", with: "2019;99,1;", in: kachkanar + "/indicators.csv")
        }, true),
        (Change(name: "expected result edited") {
            try $0.replaceFirstValue(in: rasskazovo + "/expected-results/expected-2020.yaml")
        }, true),
        (Change(name: "concept edited") {
            try $0.replace("Концепция муниципальной системы", with: "Концепция системы", in: rasskazovo + "/concept.md")
        }, true),
        (Change(name: "emblem redrawn") {
            try $0.replace("#1f4e79", with: "#7a1f1f", in: "karta-logo.svg")
        }, false),
        (Change(name: "regional roadmap renamed") {
            try $0.move("sverdlovskaya-oblast/roadmaps/rsoko-2019.yaml", to: "sverdlovskaya-oblast/roadmaps/rsoko.yaml")
        }, false),
    ]

    @Test(.timeLimit(.minutes(15)))
    func editsOfTheBundledContentStayEqualToFullBuilds() throws {
        try withTemporaryDirectory { folder in
            let site = try SiteCopy(of: TestPaths.packageRoot.appendingPathComponent("Content"), in: folder)
            let build = site.incrementalBuild()
            let first = build.build()
            #expect(first.succeeded)
            for (change, isLocal) in Self.bundledChanges {
                try change.apply(site)
                let report = build.build()
                #expect(report.succeeded, "\(change.name): \(report.diagnostics.errors.map(\.description))")
                if isLocal {
                    #expect(report.pagesRendered < first.pagesRendered / 2, "\(change.name): rendered \(report.pagesRendered) of \(first.pagesRendered)")
                }
                try site.expectSameAsFullBuild(change.name)
            }
        }
    }

    @Test(.timeLimit(.minutes(10)))
    func aBrokenFileWritesNothingAndItsFixIsBuilt() throws {
        try withTemporaryDirectory { folder in
            let site = try SiteCopy(of: TestPaths.validContent, in: folder)
            let build = site.incrementalBuild()
            #expect(build.build().succeeded)
            let before = try FileTree.read(site.output)

            let good = try site.read(Self.roadmap)
            try site.write("title: [unclosed\n", to: Self.roadmap)
            let broken = build.build()
            #expect(!broken.succeeded)
            #expect(broken.diagnostics.errors.contains { $0.location.file.hasSuffix(Self.roadmap) && $0.location.line > 0 })
            #expect(try FileTree.read(site.output) == before)

            try site.write(good.replacingOccurrences(of: "Утверждение дорожной карты", with: "Принятие дорожной карты"), to: Self.roadmap)
            let fixed = build.build()
            #expect(fixed.succeeded && fixed.incremental)
            try site.expectSameAsFullBuild()
        }
    }

    @Test(.timeLimit(.minutes(10)))
    func noChangeWritesNothing() throws {
        try withTemporaryDirectory { folder in
            let site = try SiteCopy(of: TestPaths.validContent, in: folder)
            let build = site.incrementalBuild()
            #expect(build.build().succeeded)
            let again = build.build()
            #expect(again.succeeded && again.incremental)
            #expect(again.pagesRendered == 0 && again.filesWritten == 0 && again.filesRemoved == 0)
        }
    }

    @Test(.timeLimit(.minutes(10)))
    func anEditWritesOnlyTheFilesThatChanged() throws {
        try withTemporaryDirectory { folder in
            let site = try SiteCopy(of: TestPaths.validContent, in: folder)
            let build = site.incrementalBuild()
            let first = build.build()
            try site.replace(#"text: "Утверждение дорожной карты""#, with: #"text: "Принятие дорожной карты""#, in: Self.roadmap)
            let second = build.build()
            #expect(second.filesWritten > 0 && second.filesWritten < first.filesWritten / 2, "\(second.filesWritten) of \(first.filesWritten)")
            #expect(second.filesRemoved == 0)
        }
    }
}

/// A copy of a content folder and the templates, with an output folder beside them.
struct SiteCopy: Sendable {
    let content: URL
    let templates: URL
    let output: URL
    let folder: URL

    init(of source: URL, in folder: URL) throws {
        self.folder = folder
        content = folder.appendingPathComponent("Content")
        templates = folder.appendingPathComponent("Templates")
        output = folder.appendingPathComponent("Output")
        try FileManager.default.copyItem(at: source, to: content)
        try FileManager.default.copyItem(at: TestPaths.templates, to: templates)
    }

    func incrementalBuild() -> IncrementalBuild {
        IncrementalBuild(content: content.path, templates: templates.path, output: output.path)
    }

    /// The content folder's files, read and written as every content test does.
    var files: ContentFixture { ContentFixture(root: content) }

    func read(_ relative: String) throws -> String { try files.read(relative) }

    func write(_ text: String, to relative: String) throws { try files.write(text, to: relative) }

    func append(_ text: String, to relative: String) throws {
        try write(try read(relative) + text, to: relative)
    }

    func appendTemplate(_ text: String, to relative: String) throws {
        let url = templates.appendingPathComponent(relative)
        try Data((try String(contentsOf: url, encoding: .utf8) + text).utf8).write(to: url)
    }

    /// Replaces the first occurrence of `old` (`ContentFixture.replace` wants it to be the only one;
    /// the bundled roadmaps repeat deadlines and bodies).
    func replace(_ old: String, with new: String, in relative: String) throws {
        let text = try read(relative)
        guard let range = text.range(of: old) else { throw FixtureError("'\(old)' is not in \(relative)") }
        try write(text.replacingCharacters(in: range, with: new), to: relative)
    }

    /// Changes the first quoted value of a `text:` key (or any quoted value) in a YAML file.
    func replaceFirstValue(in relative: String) throws {
        let key = try read(relative).contains(#"text: ""#) ? #"text: ""# : #": ""#
        try replace(key, with: key + "Изменено: ", in: relative)
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: content.appendingPathComponent(relative))
    }

    func move(_ relative: String, to other: String) throws {
        try FileManager.default.moveItem(at: content.appendingPathComponent(relative), to: content.appendingPathComponent(other))
    }

    /// A full build of the same sources into a fresh folder gives the same tree as the output.
    func expectSameAsFullBuild(_ after: String = "") throws {
        let fresh = folder.appendingPathComponent("Full-\(UUID().uuidString.prefix(6))")
        let report = SiteBuilder(content: content.path, templates: templates.path, output: fresh.path).build()
        #expect(report.succeeded, "\(report.diagnostics.errors.map(\.description))")
        let incremental = try FileTree.read(output)
        let full = try FileTree.read(fresh)
        #expect(incremental.differences(from: full) == [], "\(after)")
    }
}
