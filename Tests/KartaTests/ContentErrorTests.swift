import Foundation
import KartaContent
import KartaModel
import Testing

/// Bad input, one problem at a time: each case copies the valid site, changes one snippet of one
/// file, and expects the error it causes with its code and the `file:line:column` of the snippet.
@Suite("Content errors are reported with code and location")
struct ContentErrorTests {
    struct BadInput: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        var old: String
        var new: String
        /// The part of `new` the diagnostic must point at.
        var marker: String
        var code: String
        /// Other errors the same change causes by design (a misspelt `title` is also a missing `title`).
        var otherErrors: [String] = []
        /// Set when the location is known to be wrong because of a bug in Sources (see the report).

        var testDescription: String { name }
    }

    static let roadmap = "oblast/gorod/roadmaps/msoko-2020.yaml"
    static let roadmapTitle = #"title: "Дорожная карта по развитию муниципальной системы оценки качества образования""#

    static let cases: [BadInput] = [
        BadInput(
            name: "a colon inside a plain YAML value", file: roadmap,
            old: roadmapTitle, new: "title: Дорожная карта: план",
            marker: ": план", code: "yaml-colon"),
        BadInput(
            name: "a TAB in YAML indentation", file: roadmap,
            old: "      - id: normative-base-1", new: "\t    - id: normative-base-1",
            marker: "\t    - id", code: "yaml-tab"),
        BadInput(
            name: "unknown direction id in a roadmap", file: roadmap,
            old: "direction: training-quality", new: "direction: training-qualty",
            marker: "training-qualty", code: "unknown-direction"),
        BadInput(
            name: "unknown direction id in a plan", file: "oblast/plans/levels-2018.yaml",
            old: "direction: training-quality", new: "direction: exam-quality",
            marker: "exam-quality", code: "unknown-direction"),
        BadInput(
            name: "duplicate item id within a roadmap", file: roadmap,
            old: "id: training-quality-2", new: "id: normative-base-1",
            marker: "normative-base-1", code: "duplicate-id"),
        BadInput(
            name: "unknown parent entity", file: "oblast/gorod/entity.yaml",
            old: "parent: oblast", new: "parent: nowhere",
            marker: "nowhere", code: "unknown-parent"),
        BadInput(
            name: "parent that does not match the folder", file: "oblast/gorod/shkola-1/entity.yaml",
            old: "parent: oblast/gorod", new: "parent: oblast",
            marker: "oblast", code: "parent-mismatch"),
        BadInput(
            name: "item without text", file: roadmap,
            old: "- id: training-quality-1\n        text: \"Мониторинг результатов оценочных процедур\"\n",
            new: "- id: training-quality-1\n",
            marker: "id: training-quality-1", code: "missing-field"),
        BadInput(
            name: "roadmap without title", file: roadmap,
            old: roadmapTitle + "\napproval:", new: "approval:",
            marker: "approval", code: "missing-field"),
        BadInput(
            name: "unknown key (titel: for title:)", file: roadmap,
            old: roadmapTitle, new: #"titel: "Дорожная карта""#,
            marker: "titel", code: "unknown-key", otherErrors: ["missing-field"]),
        BadInput(
            name: "unknown key for an optional field", file: "oblast/gorod/entity.yaml",
            old: "short_name:", new: "shortname:",
            marker: "shortname", code: "unknown-key"),
        BadInput(
            name: "since that is not a year", file: "oblast/gorod/shkola-1/entity.yaml",
            old: "level: school", new: "level: school\nsince: двадцать пятый",
            marker: "двадцать пятый", code: "type"),
        BadInput(
            name: "since out of the plausible years", file: "oblast/gorod/shkola-1/entity.yaml",
            old: "level: school", new: "level: school\nsince: 225",
            marker: "225", code: "value"),
        BadInput(
            name: "name_prepositional with its preposition", file: "oblast/gorod/entity.yaml",
            old: #"short_name: "Тестовый""#, new: #"short_name: "Тестовый"\#nname_prepositional: "в городском округе Тестовый""#,
            marker: #""в городском"#, code: "value"),
        BadInput(
            name: "an empty name_genitive", file: "oblast/gorod/entity.yaml",
            old: #"short_name: "Тестовый""#, new: #"short_name: "Тестовый"\#nname_genitive: " ""#,
            marker: #"" ""#, code: "value"),
        BadInput(
            name: "unknown key in page front matter (line numbers count the opening ---)", file: "oblast/gorod/concept.md",
            old: "summary:", new: "sumary:",
            marker: "sumary", code: "unknown-key"),
        BadInput(
            name: "a colon inside a plain YAML value in page front matter", file: "oblast/gorod/concept.md",
            old: "kind: concept", new: "kind: concept: x",
            marker: ": x", code: "yaml-colon"),
        BadInput(
            name: "value outside the allowed list", file: "glossary.yaml",
            old: "kind: organization\n  uncertain: true", new: "kind: organisation\n  uncertain: true",
            marker: "organisation", code: "value"),
        BadInput(
            name: "item field without a column", file: roadmap,
            old: #"deadline: "август""#, new: #"deadline: "август"\#n        indicator: "Справка""#,
            marker: #""Справка""#, code: "no-column"),
        BadInput(
            name: "date that is not YYYY-MM-DD", file: roadmap,
            old: "date: 2020-06-19", new: "date: 19.06.2020",
            marker: "19.06.2020", code: "type"),
        BadInput(
            name: "duplicate key in one mapping", file: "oblast/gorod/shkola-1/entity.yaml",
            old: "responsible_as:", new: "name: \"Школа\"\nresponsible_as:",
            marker: "name: \"Школа\"", code: "duplicate-key"),
    ]

    @Test(arguments: cases)
    func reportsTheErrorAtTheChangedSnippet(_ input: BadInput) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let expected = try site.replace(input.old, with: input.new, in: input.file, pointingAt: input.marker)

            let errors = site.load().diagnostics.errors
            #expect(errors.map(\.code).sorted() == ([input.code] + input.otherErrors).sorted(), "\(errors.map(\.description))")
            let error = try #require(errors.first { $0.code == input.code })
            let file = site.displayPath(input.file)
            #expect(error.location == SourceLocation(file: file, line: expected.line, column: expected.column))
            #expect(error.description.hasPrefix("\(file):\(expected.line):\(expected.column): error: "))
        }
    }

    /// libyaml says «found character that cannot start any token»; the author is told about the TAB.
    @Test func aTabIsNamed() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace("      - id: normative-base-1", with: "\t    - id: normative-base-1", in: Self.roadmap)
            let error = try #require(site.load().diagnostics.errors.first)
            #expect(error.message.contains("TAB") && error.message.contains("spaces"), "\(error)")
        }
    }

    /// A roadmap that cannot be read has its own error; the report that names it gets no second one
    /// («'msoko-2020' is not a roadmap of …; it has none», which was listed first).
    @Test func aBrokenRoadmapIsNotAlsoUnknownToItsReport() throws {
        try withTemporaryDirectory { folder in
            let site = try ReportFixture.make(in: folder)
            try site.replace(Self.roadmapTitle, with: "title: Дорожная карта: план", in: Self.roadmap)
            let errors = site.load().diagnostics.errors
            #expect(errors.map(\.code) == ["yaml-colon"], "\(errors.map(\.description))")
        }
    }

    @Test func duplicateItemIDNamesTheFirstUse() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace("id: training-quality-2", with: "id: normative-base-1", in: Self.roadmap)
            let first = try #require(TextPosition.of("normative-base-1", in: try site.read(Self.roadmap)))
            let error = try #require(site.load().diagnostics.errors.first)
            #expect(error.message.contains("\(site.displayPath(Self.roadmap)):\(first.line):\(first.column)"))
        }
    }

    @Test func misspeltKeySuggestsTheRightOne() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace(Self.roadmapTitle, with: #"titel: "Дорожная карта""#, in: Self.roadmap)
            let error = try #require(site.load().diagnostics.errors.first { $0.code == "unknown-key" })
            #expect(error.message.contains("'titel'"))
            #expect(error.message.contains("did you mean 'title'?"))
        }
    }

    @Test func everyProblemOfTheRunIsReported() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let parent = try site.replace("parent: oblast/gorod", with: "parent: nowhere", in: "oblast/gorod/shkola-1/entity.yaml", pointingAt: "nowhere")
            let duplicate = try site.replace("id: training-quality-2", with: "id: training-quality-1", in: Self.roadmap, pointingAt: "training-quality-1")

            let errors = site.load().diagnostics.sorted.filter { $0.severity == .error }
            #expect(errors.count == 2, "\(errors.map(\.description))")
            #expect(errors.contains {
                $0.code == "unknown-parent"
                    && $0.location == SourceLocation(file: site.displayPath("oblast/gorod/shkola-1/entity.yaml"), line: parent.line, column: parent.column)
            })
            #expect(errors.contains {
                $0.code == "duplicate-id"
                    && $0.location == SourceLocation(file: site.displayPath(Self.roadmap), line: duplicate.line, column: duplicate.column)
            })
        }
    }

    /// The format says a field set where no column shows it is an error, because it would be
    /// invisible; items are checked, sub-items are not.
    @Test func subitemFieldWithoutAColumnIsAnError() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let file = "oblast/gorod/roadmaps/mini.yaml"
            let text = """
                title: "Малая карта"
                columns:
                  - {key: text, title: "Мероприятие"}
                sections:
                  - direction: normative-base
                    title: "Нормативная база"
                    items:
                      - id: one
                        text: "Мероприятие"
                        subitems:
                          - text: "Подпункт"
                            deadline: "2020"

                """
            try site.write(text, to: file)
            let position = try #require(TextPosition.of(#""2020""#, in: text))

            let errors = site.load().diagnostics.errors
            #expect(errors.map(\.code) == ["no-column"])
            #expect(errors.first?.location == SourceLocation(file: site.displayPath(file), line: position.line, column: position.column))
        }
    }

    @Test func missingRequiredFileIsNamed() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try FileManager.default.removeItem(at: site.url("directions.yaml"))
            let result = site.load()
            let error = try #require(result.diagnostics.errors.first { $0.code == "missing-file" })
            #expect(error.location.file == site.displayPath("directions.yaml"))
        }
    }
}
