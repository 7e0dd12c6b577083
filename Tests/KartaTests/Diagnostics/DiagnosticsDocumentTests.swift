import Foundation
import KartaModel
import Testing

/// docs/diagnostics.md explains every code of `DiagnosticCode`, and `karta explain` prints its entries
/// from the copy compiled into the binary (issue 16 point 5).
@Suite("Diagnostics: every code explained")
struct DiagnosticsDocumentTests {
    static let document = TestPaths.packageRoot.appendingPathComponent("docs/diagnostics.md")

    @Test func everyCodeHasAnEntryAndEveryEntryACode() throws {
        let documented = Set(DiagnosticExplanation.entries(in: try String(contentsOf: Self.document, encoding: .utf8)).map(\.code))
        let declared = Set(DiagnosticCode.allCases.map(\.rawValue))
        #expect(declared.subtracting(documented).sorted() == [], "codes without an entry in docs/diagnostics.md")
        #expect(documented.subtracting(declared).sorted() == [], "entries in docs/diagnostics.md for codes that no longer exist")
    }

    @Test func everyEntryHasAnExampleAndAFix() {
        for entry in DiagnosticExplanation.all {
            #expect(entry.text.contains("\nExample: `"), "\(entry.code) has no example")
            #expect(entry.text.contains("\nFix: "), "\(entry.code) has no fix")
        }
    }

    @Test func theCompiledCopyIsTheDocument() throws {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        #expect(DiagnosticsDocument.text + "\n" == text, "docs/diagnostics.md changed: run make diagnostics-doc")
    }

    @Test func entriesAreCutAtTheirHeadings() {
        let entries = DiagnosticExplanation.entries(in: "# D\n\n## Reading\n\n### `a-b`\n\nOne.\n\nFix: x\n\n## Next\n\n### `c`\nTwo.\n")
        #expect(entries.map { [$0.code, $0.text] } == [["a-b", "### `a-b`\n\nOne.\n\nFix: x"], ["c", "### `c`\nTwo."]])
    }

    @Test func nearMatchesAreTyposAndPartsClosestFirst() {
        let codes = ["unknown-direction", "unknown-parent", "yaml", "yaml-tab", "yaml-quote"]
        #expect(DiagnosticExplanation.nearMatches(to: "unkown-direction", among: codes) == ["unknown-direction"])
        #expect(DiagnosticExplanation.nearMatches(to: "YAML", among: codes) == ["yaml", "yaml-tab", "yaml-quote"])
        #expect(DiagnosticExplanation.nearMatches(to: "zzz-qqq", among: codes) == [])
    }
}
