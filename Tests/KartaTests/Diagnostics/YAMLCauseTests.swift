@testable import KartaContent
import KartaModel
import Testing

/// YAML errors name the real cause and the fix instead of libyaml's words: a TAB, a quote never closed
/// (at the line where it opens, not where libyaml stops) and a colon in a value that needs quotes.
@Suite("Diagnostics: YAML causes")
struct YAMLCauseTests {
    func failure(_ text: String, lineOffset: Int = 0) -> Diagnostic? {
        guard case .failure(let diagnostic) = YAMLDocument.parse(text, file: "a.yaml", lineOffset: lineOffset) else { return nil }
        return diagnostic
    }

    @Test func aTabIsNamed() throws {
        let diagnostic = try #require(failure("title: x\nitems:\n\t- a\n"))
        #expect(diagnostic.code == "yaml-tab")
        #expect(diagnostic.location.line == 3)
        #expect(diagnostic.message.contains("TAB") && diagnostic.message.contains("spaces"))
    }

    @Test(arguments: [
        ("title: \"Приказ о мониторинге\nperiod: x\nitems:\n  - a\n", "\""),
        ("a: b\ntitle: 'Приказ\nperiod: x\n", "'"),
        // Closed by a later quote, libyaml complains lines below; the cause is still where the quote opens.
        ("title: \"Приказ о мониторинге\nperiod: {from: 2020, to: 2024}\nsections:\n  - direction: \"a\"\n", "\""),
    ])
    func anUnclosedQuoteIsReportedWhereItOpens(_ text: String, _ quote: String) throws {
        let diagnostic = try #require(failure(text, lineOffset: 1))
        let opening = try #require(TextPosition.of(quote, in: text))
        #expect(diagnostic.code == "yaml-quote")
        #expect(diagnostic.location.line == opening.line + 1 && diagnostic.location.column == opening.column, "\(diagnostic)")
        #expect(diagnostic.message.contains("«\(quote)Приказ"), "\(diagnostic)")
        #expect(diagnostic.message.contains("never closed; end the value with \(quote)"), "\(diagnostic)")
    }

    @Test(arguments: [
        ("a: b\ntitle: Приказ: о мониторинге\n", "title: \"Приказ: о мониторинге\""),
        ("items:\n  - text: Приказ «О мерах»: о \"мониторинге\"\n", "- text: \"Приказ «О мерах»: о \\\"мониторинге\\\"\""),
    ])
    func aColonInAPlainValueAsksForQuotes(_ text: String, _ fixed: String) throws {
        let diagnostic = try #require(failure(text))
        #expect(diagnostic.code == "yaml-colon")
        #expect(diagnostic.location.line == 2)
        #expect(diagnostic.message.hasSuffix("put the value in quotes: \(fixed)"), "\(diagnostic)")
    }

    @Test func quotesInsidePlainValuesOrClosedOnTheirLineOpenNothing() throws {
        let text = "text: Приказ \"О мерах\" и 'прочее'\nb: \"a \\\" b\" # \"\nc: 'it''s'\nd: x\n"
        let end = try #require(try YAMLDocument.parse(text, file: "a.yaml").get())
        #expect(end.mapping?.count == 4)
        #expect(YAMLDocument.quoteSpanningLines(upTo: 4, in: text) == nil)
    }

    /// Other syntax errors keep libyaml's words.
    @Test func otherErrorsStayAsTheyWere() throws {
        let diagnostic = try #require(failure("a: \"x\" y\n"))
        #expect(diagnostic.code == "yaml")
        #expect(diagnostic.message.hasPrefix("YAML syntax error: "))
    }
}
