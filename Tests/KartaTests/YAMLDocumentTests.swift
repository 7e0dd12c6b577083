@testable import KartaContent
import KartaModel
import Testing
import Yams

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

    /// `YAMLComposer` reads the usual files itself; whatever it reads must be the tree Yams gives, positions included.
    @Test(arguments: [
        "title: \"Дорожная карта\"\nperiod: {from: 2022, to: 2024}\nsections:\n  - direction: a\n    items:\n      - id: x\n        text: |\n          Строка один\n          Строка два\n        deadline: ежегодно\n        responsible: [\"директор\", 'завуч']\n",
        "a: ~\nb: ''\nc: >\n  folded\n  text\nd:\n  - 1\n  - - nested\n",
        "# only a comment\n",
        "",
        "---\n",
        "plain text\n",
        "ключ: «значение» с ё и 😀\nдругой: 2024-01-01\n",
    ])
    func composerGivesYamsTree(_ text: String) throws {
        let composed = try #require(YAMLComposer.compose(text))
        let viaYams = try Yams.compose(yaml: text, .basic).map(YAMLNode.init)
        #expect(Self.outline(composed) == Self.outline(viaYams))
    }

    /// Anchors, aliases, tags, repeated or non-text keys and every error are left to Yams.
    @Test(arguments: [
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: 1\na: 2\n",
        "? [a, b]\n: c\n",
        "a: [1, 2\n",
        "a: 1\n---\nb: 2\n",
        "a:\tb\n\u{1}",
    ])
    func unusualDocumentsAreLeftToYams(_ text: String) {
        #expect(YAMLComposer.compose(text) == nil)
    }

    @Test func aliasesStillResolveThroughYams() throws {
        let root = try YAMLDocument.parse("a: &x текст\nb: *x\n", file: "a.yaml").get()
        #expect(root?.mapping?.map { $0.value.scalar?.string } == ["текст", "текст"])
    }

    /// Every node with its kind, position and text, so two trees compare as strings.
    static func outline(_ node: YAMLNode?) -> String {
        guard let node else { return "nil" }
        let at = "@\(node.mark.line):\(node.mark.column)"
        switch node {
        case .scalar(let scalar): return "s\(at)\(scalar.isPlain ? "p" : "q")[\(scalar.string)]"
        case .sequence(let sequence): return "[\(at) " + sequence.map { outline($0) }.joined(separator: ", ") + "]"
        case .mapping(let mapping): return "{\(at) " + mapping.map { outline($0.key) + ": " + outline($0.value) }.joined(separator: ", ") + "}"
        }
    }
}
