import Foundation
@testable import KartaRender
@testable import KartaSite
import Testing

/// `PageKind` is the one list of page kinds: its templates are checked before anything renders, and
/// every page says the kind the list gives it.
@Suite("Page kinds")
struct PageKindTests {
    /// A copy of the project's templates that a test may break.
    func withTemplates<Result>(_ body: (URL, URL) throws -> Result) throws -> Result {
        try withTemporaryDirectory { folder in
            let templates = folder.appendingPathComponent("templates")
            try FileManager.default.copyItem(at: TestPaths.templates, to: templates)
            return try body(folder, templates)
        }
    }

    @Test(arguments: PageKind.allCases)
    func bundledTemplateNamesItsKind(_ kind: PageKind) throws {
        let text = try String(contentsOf: TestPaths.templates.appendingPathComponent(kind.template + ".mustache"), encoding: .utf8)
        #expect(PageKindBlock(in: text)?.kind == kind.dataKind)
    }

    @Test func requiredTemplatesComeFromTheKinds() {
        #expect(TemplateSet.required.first == "layout")
        #expect(Set(TemplateSet.required).count == TemplateSet.required.count)
        for kind in PageKind.allCases {
            #expect(TemplateSet.required.contains(kind.template) == kind.isTemplateRequired, "\(kind)")
        }
    }

    /// Every page of the bundled site, which has pages of every kind, is written with the `data-kind`
    /// of its job's kind.
    @Test func everyPageCarriesTheDataKindOfItsKind() throws {
        let bundled = TestPaths.packageRoot.appendingPathComponent("Content")
        let (content, templates, report) = SiteBuilder(content: bundled.path, templates: TestPaths.templates.path, output: "").check()
        #expect(!report.diagnostics.hasErrors)
        let generator = SiteGenerator(content: try #require(content), templates: try #require(templates))
        let pages = Dictionary(uniqueKeysWithValues: generator.pages().map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
        #expect(Set(generator.pageJobs.map(\.kind)) == Set(PageKind.allCases), "the bundled site shows every kind")
        for job in generator.pageJobs {
            let html = try #require(pages[SitePath.file(for: job.path)])
            #expect(html.contains("<body data-kind=\"\(job.kind.dataKind)\""), "\(job.path)")
        }
    }

    /// Year pages are not required of every site; a site that has them and no `year.mustache` used to
    /// get empty year pages. Now the build stops before rendering, and the old output stays.
    @Test func missingTemplateOfAKindWithPagesStopsTheBuild() throws {
        try withTemplates { folder, templates in
            try FileManager.default.removeItem(at: templates.appendingPathComponent("year.mustache"))
            let output = folder.appendingPathComponent("out")
            let report = SiteBuilder(content: TestPaths.validContent.path, templates: templates.path, output: output.path).build()
            #expect(!report.succeeded)
            let problems = report.diagnostics.sorted.filter { $0.code == "missing-template" }
            #expect(problems.count == 1)
            #expect(problems.first?.message.contains("'year.mustache'") == true)
            #expect(FileManager.default.fileExists(atPath: output.path) == false)
        }
    }

    /// A template saved under another kind's name (or copied and not adapted) is an error at its
    /// `{{$kind}}` block, not a page sorted as the wrong kind.
    @Test func templateNamingAnotherKindIsAnError() throws {
        try withTemplates { _, templates in
            let file = templates.appendingPathComponent("direction.mustache")
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: "{{$kind}}direction{{/kind}}", with: "{{$kind}}year{{/kind}}").write(to: file, atomically: true, encoding: .utf8)
            guard case .failure(let diagnostics) = TemplateSet.load(from: templates.path) else {
                Issue.record("the misnamed template was accepted")
                return
            }
            let problem = try #require(diagnostics.sorted.first { $0.code == "template-kind" })
            #expect(problem.location.file == file.path)
            #expect(problem.location.line == 2)
            #expect(problem.location.column == 1)
            #expect(problem.message.contains("'year'") && problem.message.contains("'direction'"))
        }
    }

    @Test func kindBlockIsFoundByScalarPosition() {
        let block = PageKindBlock(in: "{{<layout}}\r\n  «ё» {{$kind}}entity{{/kind}}")
        #expect(block?.kind == "entity")
        #expect(block?.line == 2)
        #expect(block?.column == 7)
        #expect(PageKindBlock(in: "<p>no kind</p>") == nil)
    }
}
