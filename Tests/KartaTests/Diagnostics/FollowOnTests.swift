@testable import KartaContent
import KartaModel
import Testing

/// A file that could not be read has its own error; the documents that name it get no second error,
/// only one `follow-on` note each (issue 16 point 5).
@Suite("Diagnostics: follow-on errors suppressed")
struct FollowOnTests {
    static let roadmap = "oblast/gorod/roadmaps/msoko-2020.yaml"
    static let roadmapTitle = #"title: "Дорожная карта по развитию муниципальной системы оценки качества образования""#

    func notes(_ diagnostics: Diagnostics, in relative: String) -> [Diagnostic] {
        diagnostics.all.filter { $0.code == "follow-on" && $0.location.file.hasSuffix(relative) }
    }

    @Test func aBrokenRoadmapLeavesOneNoteInTheReportThatNamesIt() throws {
        try withTemporaryDirectory { folder in
            let site = try ReportFixture.make(in: folder)
            try site.replace(Self.roadmapTitle, with: #"title: "Дорожная карта"#, in: Self.roadmap)
            let diagnostics = site.load().diagnostics
            #expect(diagnostics.errors.map(\.code) == ["yaml-quote"], "\(diagnostics.errors.map(\.description))")
            let notes = notes(diagnostics, in: ReportFixture.report)
            #expect(notes.count == 1, "\(diagnostics.sorted.map(\.description))")
            #expect(notes.first?.message == "'msoko-2020' is not checked because \(site.root.path)/\(Self.roadmap) has errors")
            #expect(!diagnostics.all.contains { $0.message.hasPrefix("no roadmap activity") }, "the execution section is empty because of the roadmap's errors")
        }
    }

    @Test func brokenDirectionsAreNotAlsoUnknownToEverySection() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace(
                #"title: "Формирование нормативно-правового обеспечения""#, with: "title: Формирование: нормативная база", in: "directions.yaml")
            let diagnostics = site.load().diagnostics
            #expect(diagnostics.errors.map(\.code) == ["yaml-colon"], "\(diagnostics.errors.map(\.description))")
            #expect(notes(diagnostics, in: Self.roadmap).count == 1, "\(diagnostics.sorted.map(\.description))")
        }
    }

    @Test func aBrokenParentEntityIsNotAlsoAWrongLevelForItsChildren() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace(#"short_name: "Тестовый""#, with: "short_name: \"Тестовый", in: "oblast/gorod/entity.yaml")
            let diagnostics = site.load().diagnostics
            #expect(diagnostics.errors.map(\.code) == ["yaml-quote"], "\(diagnostics.errors.map(\.description))")
            #expect(notes(diagnostics, in: "oblast/gorod/shkola-1/entity.yaml").count == 1, "\(diagnostics.sorted.map(\.description))")
        }
    }

    @Test func aBadNumberIsNotAlsoAMissingName() throws {
        try withTemporaryDirectory { folder in
            let site = try ReportFixture.make(in: folder)
            try site.replace("1.1.1;Охват детей дошкольным образованием;%;2018;80,1;", with: "1.1.1;Охват детей дошкольным образованием;%;2018;80,1x;", in: ReportFixture.indicators)
            let diagnostics = site.load().diagnostics
            #expect(diagnostics.errors.map(\.code) == ["type"], "\(diagnostics.errors.map(\.description))")
            #expect(!diagnostics.all.contains { $0.message.contains("must give its name") })
            #expect(notes(diagnostics, in: ReportFixture.report).count == 1, "\(diagnostics.sorted.map(\.description))")
        }
    }

    @Test func oneNotePerFileTheFirst() {
        let first = BrokenFiles.note("'a'", in: "x.yaml", at: SourceLocation(file: "r.md", line: 3))
        let second = BrokenFiles.note("'b'", in: "y.yaml", at: SourceLocation(file: "r.md", line: 9))
        let other = BrokenFiles.note("'a'", in: "x.yaml", at: SourceLocation(file: "s.md", line: 1))
        let error = Diagnostic.error(.unknownItem, "e", at: SourceLocation(file: "r.md", line: 10))
        let kept = BrokenFiles.oneNotePerFile(Diagnostics([first, second, other, error])).all
        #expect(kept == [first, other, error])
    }
}
