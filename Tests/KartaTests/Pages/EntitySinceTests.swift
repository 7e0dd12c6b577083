import Foundation
import KartaModel
import Testing

/// `since:` in `entity.yaml` (issue 15 point 6): an entity inherits no activity of its ancestors'
/// roadmaps from before it existed. The school of the valid fixture answers as «ОО» for the town's
/// 2019–2021 roadmap; opened in 2021, it keeps only what falls due from 2021.
@Suite("Entity since")
struct EntitySinceTests {
    static let school = "oblast/gorod/shkola-1"

    @Test func aSchoolOpenedLaterKeepsNoEarlierInheritedActivity() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let before = try RenderedSite.render(content: site.root)
            #expect(try before.page("\(Self.school)/index.html").contains("Утверждение положения"), "the 2019–2020 activity is inherited without since")
            #expect(before.pages["2019/\(Self.school)/index.html"] != nil)

            try site.replace("level: school", with: "level: school\nsince: 2021", in: "\(Self.school)/entity.yaml")
            let after = try RenderedSite.render(content: site.root)
            // The typographer's non-breaking spaces read as spaces.
            let page = try after.page("\(Self.school)/index.html").replacingOccurrences(of: "\u{A0}", with: " ")
            #expect(!page.contains("Утверждение положения"), "the 2019–2020 activity falls due only before 2021")
            #expect(page.contains("Мониторинг результатов оценочных процедур"), "the yearly activity goes on in 2021")
            #expect(!page.contains("2019 год") && !page.contains("2020 год"))
            #expect(page.contains("<dt>Год создания</dt>\n<dd>2021; мероприятия вышестоящих органов со сроками до 2021 года здесь не указаны</dd>"))
            #expect(after.pages["2019/\(Self.school)/index.html"] == nil)
            #expect(after.pages["2020/\(Self.school)/index.html"] == nil)
            let year = try after.page("2021/\(Self.school)/index.html")
            #expect(year.contains("Мониторинг результатов оценочных процедур"))
            #expect(!year.contains("rel=\"prev\""), "no earlier year of the school to go back to")
            #expect(!(try after.page("2019/index.html")).contains("2019/\(Self.school)/"), "the site's 2019 page does not count the school")
        }
    }

    @Test func anEntitysOwnRoadmapsAreKeptWhole() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace("level: municipality", with: "level: municipality\nsince: 2021", in: "oblast/gorod/entity.yaml")
            let pages = try RenderedSite.render(content: site.root)
            #expect(try pages.page("2019/oblast/gorod/index.html").contains("Утверждение дорожной карты"))
        }
    }

    @Test func sinceIsRead() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace("level: school", with: "level: school\nsince: 2021", in: "\(Self.school)/entity.yaml")
            let result = site.load()
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics.sorted.map(\.description))")
            #expect(result.content?.entity(Self.school)?.since == 2021)
        }
    }
}
