import Foundation
import KartaModel
@testable import KartaRender
import KartaSite
import Testing

/// Roadmaps, plans, expected results and reports show what was approved; what Karta infers (stages,
/// levels, the management cycle, guessed directions) is on the analysis pages, which `analysis: hidden`
/// keeps out of the published site but not out of the preview.
@Suite("Analysis pages")
struct AnalysisPagesTests {
    /// What Karta infers, as the approved documents' pages used to print it.
    static let inferredMarks = ["Этап цикла", "этап:", "пробел", "неполный цикл", "направление:", "Управленческий цикл"]

    /// The valid fixture with a report, and its roadmap's second section's direction marked as the importer's guess.
    func siteWithAGuessedDirection(in folder: URL) throws -> (ContentFixture, TextPosition) {
        let site = try ReportFixture.make(in: folder)
        let position = try site.replace(
            "  - direction: training-quality\n    title: \"Система оценки качества подготовки обучающихся (муниципальный уровень)\"",
            with: "  - direction: training-quality\n    direction_guessed: true\n    title: \"Система оценки качества подготовки обучающихся (муниципальный уровень)\"",
            in: "oblast/gorod/roadmaps/msoko-2020.yaml", pointingAt: "training-quality")
        return (site, position)
    }

    func build(_ site: ContentFixture, in folder: URL, preview: Bool = false) throws -> (output: URL, report: BuildReport) {
        let output = folder.appendingPathComponent(preview ? "preview" : "out")
        let report: BuildReport
        if preview {
            report = IncrementalBuild(content: site.root.path, templates: TestPaths.templates.path, output: output.path, preview: true).build()
        } else {
            report = site.builder(output: output).build()
        }
        #expect(report.succeeded, "\(report.diagnostics.sorted.map(\.description)) \(report.writeFailure ?? "")")
        return (output, report)
    }

    func html(_ output: URL) throws -> [String: String] {
        var pages: [String: String] = [:]
        for path in try FileTree.read(output).files where path.hasSuffix(".html") {
            pages[path] = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }
        return pages
    }

    /// The pages of approved documents: roadmaps, plans, expected results and reports.
    static func isApprovedDocument(_ path: String) -> Bool {
        ["/roadmaps/", "/plans/", "/expected-results/", "/reports/"].contains { path.contains($0) } && !path.hasSuffix("/reports/index.html")
    }

    // MARK: - (a) The approved documents carry nothing inferred

    @Test func approvedDocumentPagesOfAFixtureWithAGuessedDirectionCarryNothingInferred() throws {
        try withTemporaryDirectory { folder in
            let (site, _) = try siteWithAGuessedDirection(in: folder)
            let pages = try html(try build(site, in: folder).output)
            let documents = pages.filter { Self.isApprovedDocument($0.key) }
            #expect(documents.keys.contains("oblast/gorod/roadmaps/msoko-2020/index.html"))
            #expect(documents.keys.contains("oblast/plans/levels-2018/index.html"))
            for (path, page) in documents {
                for mark in Self.inferredMarks { #expect(!page.contains(mark), "\(path) shows «\(mark)»") }
            }
            // The report groups the guessed section's activities under its printed title, not the guess.
            let report = try #require(documents["oblast/gorod/reports/2020/index.html"])
            #expect(report.contains("Система оценки качества подготовки обучающихся (муниципальный уровень)"))
            #expect(!report.contains(">Система оценки качества подготовки обучающихся<"))
        }
    }

    /// The bundled site has every approved kind, reports and expected results included.
    @Test func approvedDocumentPagesOfTheBundledSiteCarryNothingInferred() throws {
        let site = try RenderedSite.render(content: TestPaths.packageRoot.appendingPathComponent("Content"))
        let documents = site.pages.filter { Self.isApprovedDocument($0.key) }
        #expect(documents.keys.contains { $0.contains("/reports/") })
        #expect(documents.keys.contains { $0.contains("/expected-results/") })
        for (path, page) in documents {
            for mark in Self.inferredMarks { #expect(!page.contains(mark), "\(path) shows «\(mark)»") }
        }
        for (path, page) in site.pages where path.hasPrefix("20") || path.hasPrefix("responsible/") {
            #expect(!page.contains("Этап цикла"), "\(path) has a stage column")
        }
    }

    @Test func aGuessedDirectionIsAWarningAtItsValueAndNotOnThePages() throws {
        try withTemporaryDirectory { folder in
            let (site, position) = try siteWithAGuessedDirection(in: folder)
            let (output, report) = try build(site, in: folder)
            let warning = try #require(report.diagnostics.sorted.first { $0.code == DiagnosticCode.directionGuessed.rawValue })
            #expect(warning.location.file == site.displayPath("oblast/gorod/roadmaps/msoko-2020.yaml"))
            #expect(warning.location.line == position.line && warning.location.column == position.column, "\(warning)")
            #expect(warning.message.contains("direction_guessed: true"))
            let analysis = try String(contentsOf: output.appendingPathComponent("oblast/gorod/analysis/index.html"), encoding: .utf8)
            #expect(analysis.contains("Формирование нормативно-правового обеспечения"), "a section the author filed is listed")
            #expect(!analysis.contains("Система оценки качества подготовки обучающихся (муниципальный уровень)"), "the guessed one is not")
        }
    }

    // MARK: - (b) The analysis pages

    @Test func theEntityAndDirectionAnalysisPagesCarryTheCycleAndSayHowTheyWereMade() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let pages = try html(try build(site, in: folder).output)
            let analysis = try #require(pages["oblast/gorod/analysis/index.html"])
            #expect(analysis.contains(#"<body data-kind="analysis""#))
            #expect(analysis.contains(#"<table class="cycle">"#))
            #expect(analysis.contains("Управленческий цикл"))
            #expect(analysis.contains("<th scope=\"col\">Этап цикла</th>"))
            #expect(analysis.contains("это не часть утверждённых документов"))
            #expect(analysis.contains("<caption"))
            let direction = try #require(pages["directions/training-quality/analysis/index.html"])
            #expect(direction.contains(#"<table class="cycle">"#))
            #expect(direction.contains("это не часть утверждённых документов"))
            #expect(direction.contains(#"href="../../../oblast/gorod/analysis/index.html#cycle-oblast--gorod""#))
            let index = try #require(pages["analysis/index.html"])
            #expect(index.contains(#"href="../oblast/gorod/analysis/index.html""#))
            #expect(index.contains(#"href="../directions/training-quality/analysis/index.html""#))

            let entity = try #require(pages["oblast/gorod/index.html"])
            #expect(entity.contains(#"analysis/index.html">Анализ</a>"#))
            #expect(!entity.contains(#"<table class="cycle">"#))
            #expect(try #require(pages["directions/training-quality/index.html"]).contains(#"analysis/index.html">Анализ</a>"#))
            #expect(!(try #require(pages["directions/index.html"])).contains(#"<table class="cycle">"#))
            #expect(try #require(pages["index.html"]).contains(#"analysis/index.html">Анализ</a>"#), "the site's navigation links the list")
            #expect(pages["oblast/gorod/shkola-1/analysis/index.html"] == nil, "an entity without documents has no analysis page")
        }
    }

    // MARK: - (c) analysis: hidden

    @Test func hiddenAnalysisIsLeftOutOfTheBuildButNotOutOfThePreview() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.write(try site.read("site.yaml") + "analysis: hidden\nbase_url: \"https://uo.example.ru/\"\n", to: "site.yaml")
            let published = try html(try build(site, in: folder).output)
            #expect(published.keys.filter { $0.contains("analysis/") }.isEmpty, "\(published.keys.filter { $0.contains("analysis/") })")
            for (path, page) in published {
                #expect(!page.contains("analysis/index.html"), "\(path) links an analysis page")
                #expect(!page.contains(">Анализ</a>"), "\(path) links an analysis page")
            }
            let sitemap = try String(contentsOf: folder.appendingPathComponent("out/sitemap.xml"), encoding: .utf8)
            #expect(!sitemap.contains("analysis/"))

            let preview = try html(try build(site, in: folder, preview: true).output)
            #expect(preview["oblast/gorod/analysis/index.html"]?.contains(#"<table class="cycle">"#) == true)
            #expect(preview["analysis/index.html"] != nil)
            #expect(preview["directions/training-quality/analysis/index.html"] != nil)
            #expect(preview["oblast/gorod/index.html"]?.contains(#"analysis/index.html">Анализ</a>"#) == true)
        }
    }

    // MARK: - (d) A bad value

    @Test(arguments: ["private", "yes", "Public"])
    func aBadAnalysisValueIsAnErrorAtIt(_ value: String) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let text = try site.read("site.yaml")
            try site.write(text + "analysis: \(value)\n", to: "site.yaml")
            let errors = site.load().diagnostics.errors
            let error = try #require(errors.first, "no error for analysis: \(value)")
            #expect(errors.count == 1, "\(errors.map(\.description))")
            #expect(error.location.file == site.displayPath("site.yaml"))
            #expect(error.location.line == text.split(separator: "\n", omittingEmptySubsequences: false).count)
            #expect(error.location.column == 11)
            #expect(error.message.contains("public, hidden"))
        }
    }

    @Test func analysisIsAReservedName() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.write("# Анализ\n", to: "oblast/gorod/analysis.md")
            let errors = site.load().diagnostics.errors
            #expect(errors.contains { $0.code == "reserved" && $0.location.file.hasSuffix("oblast/gorod/analysis.md") }, "\(errors.map(\.description))")
        }
    }
}
