@testable import KartaContent
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
}
