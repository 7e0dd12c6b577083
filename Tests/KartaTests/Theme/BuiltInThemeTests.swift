import Foundation
@testable import KartaRender
@testable import KartaSite
import KartaTheme
import Testing

/// The theme compiled into karta (issue 16): the same bytes as `Templates/`, the same site, and a
/// templates folder that overrides it file by file.
@Suite("Built-in theme")
struct BuiltInThemeTests {
    /// Every file of `Templates/` (hidden ones aside, as the generator skips them) and its bytes.
    static func templatesFolderFiles() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for entry in try FileTree.read(TestPaths.templates).entries {
            guard let data = entry.value, !entry.key.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            files[entry.key] = data
        }
        return files
    }

    /// A stale `BuiltInTheme+Files.swift` fails here: `make theme` writes it again from `Templates/`.
    @Test func embeddedThemeIsTemplatesByteForByte() throws {
        let folder = try Self.templatesFolderFiles()
        #expect(folder.count > 40, "Templates/ was read")
        let missing = Set(folder.keys).subtracting(BuiltInTheme.files.keys).sorted()
        let extra = Set(BuiltInTheme.files.keys).subtracting(folder.keys).sorted()
        let different = folder.keys.filter { name in BuiltInTheme.files[name].map { $0 != folder[name] } ?? false }.sorted()
        #expect(missing.isEmpty && extra.isEmpty && different.isEmpty, """
            the built-in theme is not Templates/: run `make theme` (Scripts/embed-theme.py) and commit \
            Sources/KartaTheme/BuiltInTheme+Files.swift. Not embedded: \(missing); no longer in Templates/: \(extra); \
            different bytes: \(different)
            """)
    }

    /// `karta build` with no templates folder and with `Templates/` write the same bundled site.
    @Test func builtInThemeAndTemplatesBuildTheSameSite() throws {
        try withTemporaryDirectory { folder in
            let content = TestPaths.packageRoot.appendingPathComponent("Content").path
            let fromFolder = folder.appendingPathComponent("from-templates")
            let fromBuiltIn = folder.appendingPathComponent("from-built-in")
            let folderReport = SiteBuilder(content: content, templates: TestPaths.templates.path, output: fromFolder.path).build()
            let builtInReport = SiteBuilder(
                content: content, templates: folder.appendingPathComponent("Templates").path, output: fromBuiltIn.path, overBuiltInTheme: true
            ).build()
            #expect(folderReport.succeeded && builtInReport.succeeded)
            #expect(builtInReport.theme?.builtInCount == BuiltInTheme.files.count)
            #expect(builtInReport.theme?.fromFolder.isEmpty == true)
            let expected = try FileTree.read(fromFolder)
            let built = try FileTree.read(fromBuiltIn)
            #expect(expected.files.count > 100, "the bundled site was built")
            #expect(expected.differences(from: built).isEmpty, "\(expected.differences(from: built).prefix(10))")
        }
    }

    /// A folder holding only `year.mustache` changes the year pages and nothing else.
    @Test func overridingOneTemplateChangesOnlyItsPages() throws {
        try withTemporaryDirectory { folder in
            let templates = folder.appendingPathComponent("Templates")
            try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
            let marker = "<p>overridden year page</p>"
            let year = try String(contentsOf: TestPaths.templates.appendingPathComponent("year.mustache"), encoding: .utf8)
            try year.replacingOccurrences(of: "{{$content}}\n", with: "{{$content}}\n\(marker)\n")
                .write(to: templates.appendingPathComponent("year.mustache"), atomically: true, encoding: .utf8)

            let plain = folder.appendingPathComponent("plain")
            let overridden = folder.appendingPathComponent("overridden")
            let content = TestPaths.validContent.path
            #expect(SiteBuilder(content: content, templates: folder.appendingPathComponent("none").path, output: plain.path, overBuiltInTheme: true).build().succeeded)
            let report = SiteBuilder(content: content, templates: templates.path, output: overridden.path, overBuiltInTheme: true).build()
            #expect(report.succeeded, "\(report.diagnostics.sorted)")
            #expect(report.theme?.fromFolder == ["year.mustache"])
            #expect(report.theme?.builtInCount == BuiltInTheme.files.count - 1)

            let before = try FileTree.read(plain)
            let after = try FileTree.read(overridden)
            #expect(before.paths == after.paths)
            let changed = before.files.filter { before.entries[$0] != after.entries[$0] }
            let (loaded, theme, _) = SiteBuilder(content: content, templates: templates.path, output: "", overBuiltInTheme: true).check()
            let generator = SiteGenerator(content: try #require(loaded), templates: try #require(theme))
            let yearPages = generator.pageJobs.filter { $0.kind.template == "year" }.map { SitePath.file(for: $0.path) }.sorted()
            #expect(!yearPages.isEmpty, "the fixture has year pages")
            #expect(changed == yearPages, "only the year pages differ")
            for page in yearPages {
                #expect(String(decoding: (after.entries[page] ?? nil) ?? Data(), as: UTF8.self).contains(marker), "\(page)")
            }
        }
    }

    /// `karta serve` without a templates folder: an override that appears, changes the stylesheet and
    /// goes again is rebuilt each time as a full build would write it.
    @Test func incrementalBuildFollowsAnOverrideThatComesAndGoes() throws {
        try withTemporaryDirectory { folder in
            let templates = folder.appendingPathComponent("Templates")
            let output = folder.appendingPathComponent("Output")
            let build = IncrementalBuild(content: TestPaths.validContent.path, templates: templates.path, output: output.path, overBuiltInTheme: true)
            let stylesheet = output.appendingPathComponent("assets/karta.css")
            #expect(build.build().succeeded)
            #expect(try Data(contentsOf: stylesheet) == BuiltInTheme.files["assets/karta.css"])

            try FileManager.default.createDirectory(at: templates.appendingPathComponent("assets"), withIntermediateDirectories: true)
            let changed = Data("body { color: black; }\n".utf8)
            try changed.write(to: templates.appendingPathComponent("assets/karta.css"))
            let overridden = build.build()
            #expect(overridden.succeeded && overridden.incremental)
            #expect(try Data(contentsOf: stylesheet) == changed)
            let full = folder.appendingPathComponent("full")
            #expect(SiteBuilder(content: TestPaths.validContent.path, templates: templates.path, output: full.path, overBuiltInTheme: true).build().succeeded)
            #expect(try FileTree.read(full).differences(from: try FileTree.read(output)).isEmpty)

            try FileManager.default.removeItem(at: templates)
            #expect(build.build().succeeded)
            #expect(try Data(contentsOf: stylesheet) == BuiltInTheme.files["assets/karta.css"])
        }
    }

    /// A syntax error in an overriding template is reported at the folder's file (the built-in
    /// templates that use the broken partial then say it is missing).
    @Test func errorInAnOverrideNamesTheFoldersFile() throws {
        try withTemporaryDirectory { folder in
            let partials = folder.appendingPathComponent("Templates/partials")
            try FileManager.default.createDirectory(at: partials, withIntermediateDirectories: true)
            try "{{#unclosed}}\n".write(to: partials.appendingPathComponent("link.mustache"), atomically: true, encoding: .utf8)
            guard case .failure(let diagnostics) = TemplateSet.load(from: folder.appendingPathComponent("Templates").path, overBuiltIn: true) else {
                Issue.record("the broken partial was accepted")
                return
            }
            let syntax = diagnostics.sorted.filter { $0.code == "template" }
            #expect(syntax.map(\.location.file) == [partials.appendingPathComponent("link.mustache").path])
        }
    }

    /// A missing folder is the built-in theme alone when it overrides; read on its own, it is an error
    /// naming the option.
    @Test func missingFolderIsTheBuiltInThemeOnlyWhenItOverrides() throws {
        let missing = "/nonexistent/Templates"
        let theme = try ThemeFiles.gather(folder: missing, overBuiltIn: true).get()
        #expect(theme.names == BuiltInTheme.paths)
        #expect(theme.files["layout.mustache"]?.location == BuiltInTheme.label + "/layout.mustache")
        #expect(theme.assetNames.contains("karta.css"))
        guard case .failure(let diagnostics) = ThemeFiles.gather(folder: missing, overBuiltIn: false) else {
            Issue.record("a missing folder was accepted on its own")
            return
        }
        #expect(diagnostics.sorted.first?.message.contains("--templates") == true)
    }
}
