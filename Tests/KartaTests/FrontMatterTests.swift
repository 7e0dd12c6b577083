@testable import KartaContent
import Foundation
import Testing

/// `---` / YAML / `---` / Markdown body.
@Suite("Front matter split")
struct FrontMatterTests {
    @Test func splitsYAMLFromBody() throws {
        let split = try #require(FrontMatter.split("---\ntitle: \"О сайте\"\nkind: about\n---\nТекст.\n\nВторой абзац.\n"))
        #expect(split.yaml == "title: \"О сайте\"\nkind: about")
        #expect(split.body == "Текст.\n\nВторой абзац.\n")
    }

    @Test func bodyMayBeEmptyAndMayHoldRulesOfItsOwn() throws {
        #expect(try #require(FrontMatter.split("---\ntitle: x\n---")).body == "")
        let split = try #require(FrontMatter.split("---\ntitle: x\n---\nabove\n---\nbelow\n"))
        #expect(split.yaml == "title: x")
        #expect(split.body == "above\n---\nbelow\n")
    }

    @Test func dotsCloseTheFrontMatterToo() throws {
        let split = try #require(FrontMatter.split("---\ntitle: x\n...\nbody"))
        #expect(split.yaml == "title: x")
        #expect(split.body == "body")
    }

    @Test func delimitersMayCarryTrailingSpaces() throws {
        let split = try #require(FrontMatter.split("---  \ntitle: x\n--- \nbody"))
        #expect(split.yaml == "title: x")
    }

    @Test(arguments: ["title: x\n---\nbody", "Текст без шапки", "", "---\ntitle: x\nno closing line", "\n---\ntitle: x\n---\n"])
    func textWithoutFrontMatterIsNotSplit(_ text: String) {
        #expect(FrontMatter.split(text) == nil)
    }

    /// The split on bytes gives what splitting into `Character` lines, trimming and joining gave.
    @Test(arguments: [
        "---\ntitle: x\n---\nТекст.\n\n- пункт\n--- \n...\n",
        "---\n---\nbody",
        "---\n---",
        "---\na: 1\nb: 2\n...",
        "---\r\ntitle: x\r\n---\r\nbody\r\n",
        "---\ntitle: x\r\n---\r\nbody\n---\nmore",
        "\u{00A0}---\u{3000}\ntitle: x\n\u{2003}...\u{00A0}\nbody",
        "---\ntitle: x\n\u{200B}---\nbody",
        "---\ntitle: x\n-- -\n.. .\n----\n\t---\t\nbody",
        "---\nё: «ж»\nЁ---\n---\n😀\n",
        "---\n",
        "---",
    ])
    func splitsAsLinesTrimmedAndJoined(_ text: String) {
        let split = FrontMatter.split(text)
        let expected = Self.reference(text)
        #expect(split?.yaml == expected?.yaml)
        #expect(split?.body == expected?.body)
        #expect(split?.bodyLine == expected?.bodyLine)
    }

    /// The split as it was written before it read bytes.
    static func reference(_ text: String) -> (yaml: String, body: String, bodyLine: Int)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingCharacters(in: .whitespaces) }) == "---" else { return nil }
        lines.removeFirst()
        guard let end = lines.firstIndex(where: { ["---", "..."].contains($0.trimmingCharacters(in: .whitespaces)) }) else { return nil }
        return (lines[..<end].joined(separator: "\n"), lines[(end + 1)...].joined(separator: "\n"), end + 3)
    }
}
