import KartaContent
import Testing

/// Folder and file names become URL segments: `[a-z0-9-]`, not starting with `-`, at most 100.
@Suite("Slug rule")
struct SlugTests {
    @Test(arguments: ["kachkanar", "sosh-7", "msoko-2020", "2020", "a", "7-shkola", "sosh-", String(repeating: "a", count: 100)])
    func validSlugs(_ name: String) {
        #expect(Slug.isValid(name))
    }

    @Test(arguments: [
        "", ".", "..", "a..b", "../etc", "a/b", "Kachkanar", "SOSH-7", "школа", "kachkanаr" /* Cyrillic а */, "-lead",
        "sosh_7", "sosh 7", "sosh.7", ".git", "a\\b", "é", String(repeating: "a", count: 101),
    ])
    func invalidSlugs(_ name: String) {
        #expect(!Slug.isValid(name))
    }

    @Test func itemIDsMayAlsoHoldDotsAndUnderscores() {
        #expect(Slug.isValidID("5.1-a"))
        #expect(Slug.isValidID("item_2"))
        #expect(!Slug.isValidID("Item-2"))
        #expect(!Slug.isValidID(".5"))
        #expect(!Slug.isValidID("-5"))
    }

    @Test func yearsAndReservedNames() {
        #expect(Slug.isYear("2020"))
        #expect(!Slug.isYear("20201"))
        #expect(!Slug.isYear("msoko"))
        #expect(Slug.reservedTopLevel.isSuperset(of: ["assets", "data", "glossary"]))
    }
}
