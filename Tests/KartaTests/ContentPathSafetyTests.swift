import Foundation
import KartaModel
@testable import KartaSite
import Testing

/// Names in the content folder become paths in the output, so only slugs are accepted, the site's
/// own top-level names are reserved, and symbolic links are never followed.
@Suite("Content names and links")
struct ContentPathSafetyTests {
    /// Folder names that are not `[a-z0-9-]` starting with a letter or digit.
    static let badFolderNames = ["школа-1", "Gorod", "a..b", "..", "sosh 7", "-lead", "sosh_7", "sosh.7", "a%2e%2e"]

    @Test(arguments: badFolderNames)
    func entityFolderWithABadNameIsRejected(_ name: String) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            // `..` itself cannot be a folder name; `x/..` is how it reaches a path, so use it literally in a page path instead.
            let folderName = name == ".." ? "up..up" : name
            try site.write("level: school\nname: \"Школа\"\n", to: "oblast/gorod/\(folderName)/entity.yaml")

            let result = site.load()
            #expect(result.diagnostics.errors.map(\.code) == ["slug"])
            #expect(result.diagnostics.errors.first?.location == SourceLocation(file: site.displayPath("oblast/gorod/\(folderName)")))
            #expect(result.content?.entities.count == 3, "the badly named folder is not loaded")
        }
    }

    @Test(arguments: ["About.md", "о-сайте.md", "a..b.md", "roadmap_1.md", "oblast/gorod/roadmaps/Карта.yaml", "oblast/gorod/roadmaps/MSOKO.yaml"])
    func fileWithABadNameIsRejected(_ path: String) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.write(try site.read(path.hasSuffix(".md") ? "about.md" : "oblast/gorod/roadmaps/msoko-2020.yaml"), to: path)

            let errors = site.load().diagnostics.errors
            #expect(errors.map(\.code) == ["slug"])
            #expect(errors.first?.location == SourceLocation(file: site.displayPath(path)))
        }
    }

    @Test(arguments: ["data", "glossary", "assets", "2020"])
    func reservedTopLevelNameIsRejected(_ name: String) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.write("level: region\nname: \"Область\"\n", to: "\(name)/entity.yaml")

            let errors = site.load().diagnostics.errors
            #expect(errors.map(\.code) == ["reserved"])
            #expect(errors.first?.location == SourceLocation(file: site.displayPath(name)))
        }
    }

    struct Link: Sendable, CustomTestStringConvertible {
        var path: String
        /// Relative to the link's folder, or absolute.
        var target: String
        var testDescription: String { "\(path) → \(target)" }
    }

    static let links = [
        Link(path: "oblast/gorod-copy", target: "gorod"),
        Link(path: "about-copy.md", target: "about.md"),
        Link(path: "oblast/gorod/roadmaps/outside.yaml", target: "../../../../outside.yaml"),
        Link(path: "system", target: "/etc"),
    ]

    @Test(arguments: links)
    func symbolicLinkIsRefused(_ link: Link) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try Data("title: \"Вне папки\"\n".utf8).write(to: folder.appendingPathComponent("outside.yaml"))
            try FileManager.default.createSymbolicLink(atPath: site.url(link.path).path, withDestinationPath: link.target)

            let result = site.load()
            #expect(result.diagnostics.errors.map(\.code) == ["symlink"], "\(result.diagnostics.sorted.map(\.description))")
            #expect(result.diagnostics.errors.first?.location == SourceLocation(file: site.displayPath(link.path)))
            #expect(result.content?.entities.count == 3)
            #expect(result.content?.roadmaps.count == 1)
            #expect(result.content?.pages.count == 2)
        }
    }

    /// A link named like a file the loader asks for by name (`entity.yaml`, `site.yaml`) is reported
    /// by the folder walk, but the loader then reads it anyway, through the link.
    @Test(arguments: ["oblast/gorod/shkola-1/entity.yaml", "site.yaml"])
    func linkedCatalogueOrEntityFileIsNotRead(_ path: String) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let outside = folder.appendingPathComponent("outside.yaml")
            try Data("SECRET OUTSIDE THE CONTENT FOLDER\n".utf8).write(to: outside)
            try FileManager.default.removeItem(at: site.url(path))
            try FileManager.default.createSymbolicLink(atPath: site.url(path).path, withDestinationPath: outside.path)

            let result = site.load()
            #expect(result.diagnostics.errors.contains { $0.code == "symlink" && $0.location.file == site.displayPath(path) })
            #expect(result.diagnostics.errors.map(\.code) == ["symlink"], "\(result.diagnostics.sorted.map(\.description))")
            #expect(!result.diagnostics.all.contains { $0.message.contains("SECRET") }, "the linked file's text reaches the messages")
        }
    }

    /// Names starting with a dot are hidden files (`.git`, `.DS_Store`): they are skipped, so a
    /// `..`-like folder can never become part of a path.
    @Test(arguments: ["..hidden", ".drafts"])
    func dotFolderIsNeverPublished(_ name: String) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.write("level: school\nname: \"Черновик\"\n", to: "oblast/\(name)/entity.yaml")

            let result = site.load()
            #expect(!result.diagnostics.hasErrors)
            #expect(result.content?.entities.map(\.id) == ["oblast", "oblast/gorod", "oblast/gorod/shkola-1"])
        }
    }

    /// Names that look like slugs, or like `..`, but are not ASCII: fullwidth letters, a right-to-left
    /// override, a combining accent, a zero-width space, one-dot leaders, a division slash, Cyrillic
    /// look-alikes, a line break.
    static let oddUnicodeNames = [
        "ｇｏｒｏｄ", "gorod\u{202E}dog", "go\u{0301}rod", "gorod\u{200B}", "\u{2024}\u{2024}", "a\u{2215}b", "ѕсhооl", "a\nb", "a\u{FEFF}",
    ]

    @Test(arguments: oddUnicodeNames)
    func folderWithAnOddUnicodeNameIsRejected(_ name: String) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.write("level: school\nname: \"Школа\"\n", to: "oblast/gorod/\(name)/entity.yaml")

            let result = site.load()
            #expect(result.diagnostics.errors.map(\.code) == ["slug"])
            #expect(result.content?.entities.count == 3)
        }
    }

    /// Ids become anchors, never paths, but still follow the slug rule: no `/`, no NUL, no leading dot.
    @Test(arguments: ["../../etc/passwd", "/etc/passwd", "a\\u0000b", ".hidden", "a/b", "пункт-1", "a b"])
    func itemIDThatIsNotASlugIsRejected(_ id: String) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.replace("id: normative-base-1", with: "id: \"\(id)\"", in: "oblast/gorod/roadmaps/msoko-2020.yaml")
            let errors = site.load().diagnostics.errors
            #expect(errors.map(\.code) == ["id"], "\(errors.map(\.description))")
        }
    }

    /// The writer's own check, the last line of defence whatever a future page kind produces.
    @Test(arguments: ["../x.html", "a/../../x", "/etc/passwd", "a/\u{0}b", "a\\b", "a//b", "", ".", "a/./b", "a/", "a/.."])
    func writerRefusesAPathOutsideTheOutputAndLeavesItIntact(_ path: String) throws {
        try withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("out")
            try OutputWriter(output: output.path).write([OutputFile(path: "index.html", text: "old")])
            let before = try FileTree.read(folder)
            #expect(!OutputPath.isSafe(path))
            #expect(throws: OutputWriter.WriteError.self) {
                try OutputWriter(output: output.path).write([OutputFile(path: "page.html", text: "new"), OutputFile(path: path, text: "escaped")])
            }
            #expect(try FileTree.read(folder) == before, "nothing was written, inside or beside the output")
        }
    }

    @Test func linkedFolderPointingOutsideIsRefusedWithAClearMessage() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let outside = folder.appendingPathComponent("elsewhere")
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            try Data("level: school\nname: \"Чужая школа\"\n".utf8).write(to: outside.appendingPathComponent("entity.yaml"))
            try FileManager.default.createSymbolicLink(atPath: site.url("oblast/gorod/linked").path, withDestinationPath: outside.path)

            let run = try KartaExecutable.run(["check", "--content", site.root.path], in: folder)
            #expect(run.status == 1)
            #expect(run.stderr.contains("\(site.displayPath("oblast/gorod/linked")): error: symbolic links are not followed in the content folder; copy the file in instead"), "\(run.stderr)")
            #expect(!run.combined.contains("Чужая"))
        }
    }
}
