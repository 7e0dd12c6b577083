@testable import KartaContent
import KartaModel
import Testing

/// YAML is parsed without typing scalars (`Resolver.basic`); keys that only the types tell apart must still be
/// two keys, and a real repeated key is still reported at its second occurrence.
@Suite("YAML documents")
struct YAMLDocumentTests {
    @Test(arguments: [
        "1: a\n\"1\": b\n",
        "true: a\n'true': b\n",
        "null: a\n\"null\": b\n",
        "2024-01-01: a\n\"2024-01-01\": b\n",
    ])
    func keysDistinctByTypeAreNotDuplicates(_ text: String) throws {
        let root = try YAMLDocument.parse(text, file: "a.yaml").get()
        #expect(root?.mapping?.count == 2)
    }

    @Test(arguments: [
        ("title: a\nperiod: b\ntitle: c\n", 3),
        ("sections:\n  - id: x\n    text: a\n    id: y\n", 4),
        ("1: a\n1: b\n", 2),
    ])
    func repeatedKeyIsReportedAtItsSecondOccurrence(_ text: String, _ line: Int) {
        guard case .failure(let diagnostic) = YAMLDocument.parse(text, file: "a.yaml") else {
            Issue.record("a repeated key must fail")
            return
        }
        #expect(diagnostic.code == "duplicate-key")
        #expect(diagnostic.location.line == line)
    }

    @Test func scalarsStayAsWritten() throws {
        let root = try YAMLDocument.parse("year: 2021\ndemo: yes\nempty: ~\nfrom: 2024-01-01\n", file: "a.yaml").get()
        let values = root?.mapping?.map { $0.value.scalar?.string }
        #expect(values == ["2021", "yes", "~", "2024-01-01"])
    }
}
