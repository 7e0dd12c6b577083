import Foundation
import KartaContent
import KartaModel
import Testing

/// Problems that are worth a look but do not stop the build.
@Suite("Content warnings")
struct ContentWarningTests {
    static let roadmap = "oblast/gorod/roadmaps/msoko-2020.yaml"

    @Test func capitalisedPartyMissingFromTheGlossaryIsAWarningAtItsItem() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace(#"responsible: "ОО""#, with: #"responsible: ["ОО", "ТКДН и ЗП"]"#, in: Self.roadmap)
            let item = try #require(TextPosition.of("training-quality-1", in: try site.read(Self.roadmap)))

            let result = site.load()
            #expect(result.diagnostics.errors.isEmpty)
            #expect(result.diagnostics.warnings.map(\.code) == ["unknown-abbreviation", "unknown-abbreviation"])
            #expect(result.diagnostics.warnings.map(\.message).contains { $0.contains("'ТКДН'") })
            #expect(result.diagnostics.warnings.map(\.message).contains { $0.contains("'ЗП'") })
            #expect(result.diagnostics.warnings.allSatisfy {
                $0.location == SourceLocation(file: site.displayPath(Self.roadmap), line: item.line, column: item.column)
            })
        }
    }

    @Test func variantThatIsAlsoAnotherSpellingIsAWarning() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace(#"variants: ["МОУО УО"]"#, with: #"variants: ["МОУО УО", "ИРО"]"#, in: "glossary.yaml")
            let key = try #require(TextPosition.of(#""ИРО":"#, in: try site.read("glossary.yaml")))

            let result = site.load()
            #expect(result.diagnostics.errors.isEmpty)
            let warning = try #require(result.diagnostics.warnings.first)
            #expect(result.diagnostics.warnings.count == 1)
            #expect(warning.code == "glossary-variant")
            #expect(warning.location == SourceLocation(file: site.displayPath("glossary.yaml"), line: key.line, column: key.column))
        }
    }

    @Test func strayFileIsAWarningAndTheBuildStillSucceeds() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.write("черновик\n", to: "oblast/notes.txt")

            let report = site.builder(output: folder.appendingPathComponent("out")).build()
            #expect(report.succeeded)
            #expect(report.diagnostics.warnings.map(\.code) == ["ignored"])
            #expect(report.diagnostics.warnings.first?.location == SourceLocation(file: site.displayPath("oblast/notes.txt")))
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/oblast/notes.txt").path))
        }
    }

    @Test func unknownAbbreviationInTextIsReportedOnceAtItsFirstPlace() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let page = "oblast/gorod/concept.md"
            try site.write(try site.read(page) + "\nПОЛОЖЕНИЕ О СИСТЕМЕ ОЦЕНКИ\n\nДанные КДР и снова КДР.\n", to: page)
            let text = try site.read(page)
            let position = try #require(TextPosition.of("КДР", in: text))

            let warnings = site.load().diagnostics.warnings
            #expect(warnings.map(\.message) == ["'КДР' looks like an abbreviation but is not in glossary.yaml; it is shown without an expansion"],
                    "a heading set in capitals is not a list of abbreviations")
            #expect(warnings.first?.location == SourceLocation(file: site.displayPath(page), line: position.line, column: position.column))
        }
    }
}
