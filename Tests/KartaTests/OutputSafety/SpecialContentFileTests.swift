import Foundation
import KartaContent
import KartaModel
import Testing

/// Only regular files are content: a FIFO, a device or a socket is an error naming it, found without
/// opening it. `mkfifo Content/glossary.yaml` used to drop the glossary silently, and a `site.yaml`
/// FIFO gave "Built 0 pages … 0 errors".
@Suite("Special files in the content")
struct SpecialContentFileTests {
    @Test(arguments: ["glossary.yaml", "site.yaml", "oblast/entity.yaml", "oblast/gorod/roadmaps/msoko-2020.yaml", "about.md"])
    func fifoIsAnErrorNamingIt(relative: String) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try? FileManager.default.removeItem(at: site.url(relative))
            #expect(mkfifo(site.url(relative).path, 0o644) == 0)

            let result = site.load()

            let errors = result.diagnostics.errors.filter { $0.location.file == site.displayPath(relative) }
            #expect(errors.map(\.code) == ["not-a-file"], "\(result.diagnostics.sorted.map(\.description))")
            #expect(errors.first?.message.contains("named pipe (FIFO)") == true)
        }
    }

    @Test func characterDeviceIsAnError() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            // A device node needs root; a link to /dev/null would be refused as a link, so make one.
            guard mknod(site.url("notes.md").path, S_IFCHR | 0o644, dev_t((1 << 8) | 3)) == 0 else { return }
            let result = site.load()
            #expect(result.diagnostics.errors.contains { $0.code == "not-a-file" && $0.message.contains("character device") })
        }
    }
}

/// Every diagnostic with a place in a file has its line and column: a control character in front
/// matter and a NUL byte used to be reported as `file: error: …`.
@Suite("Located encoding errors")
struct LocatedEncodingErrorTests {
    @Test func controlCharacterInFrontMatterHasItsPosition() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.write("---\ntitle: \"О нас\u{07}\"\n---\nТекст.\n", to: "about.md")
            let result = site.load()
            let error = try #require(result.diagnostics.errors.first { $0.location.file == site.displayPath("about.md") })
            #expect(error.location.line == 2)
            #expect(error.location.column == 14)
            #expect(error.message.contains("U+0007"))
        }
    }

    @Test func nulByteHasItsPosition() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.write("---\ntitle: \"О нас\"\n---\nТе\u{0}кст.\n", to: "about.md")
            let result = site.load()
            let error = try #require(result.diagnostics.errors.first { $0.location.file == site.displayPath("about.md") })
            #expect(error.code == "encoding")
            #expect(error.location.line == 4)
            #expect(error.location.column == 3)
        }
    }
}

/// `allow_raw_html: "yes"` (a string) was taken as a yes and let raw HTML through.
@Suite("Switches in site.yaml")
struct SiteSwitchTests {
    @Test(arguments: ["\"yes\"", "'true'"])
    func quotedSwitchIsAnError(value: String) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.write(try site.read("site.yaml") + "allow_raw_html: \(value)\n", to: "site.yaml")
            let result = site.load()
            let error = try #require(result.diagnostics.errors.first { $0.location.file == site.displayPath("site.yaml") })
            #expect(error.code == "type")
            #expect(error.location.line > 0)
        }
    }
}
