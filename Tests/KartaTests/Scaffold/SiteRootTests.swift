import Foundation
import KartaContent
import Testing

/// The content folder found from a folder upward, as git finds its repository.
@Suite("Site root search")
struct SiteRootTests {
    /// `folder/site/Content/site.yaml` and the folders `Content/a/b` below it.
    func makeSite(in folder: URL) throws -> URL {
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("Content/a/b"), withIntermediateDirectories: true)
        try Data("title: \"x\"\n".utf8).write(to: site.appendingPathComponent("Content/site.yaml"))
        return site
    }

    @Test func aContentChildIsFoundAtTheRoot() throws {
        try withTemporaryDirectory { folder in
            let site = try makeSite(in: folder)
            let found = try #require(SiteRoot.find(from: site.path))
            #expect(found == SiteRoot(content: "Content", folder: "."))
            #expect(found.resolve("Output") == "Output", "run at the root, defaults are as they always were")
        }
    }

    @Test func theContentFolderIsFoundFromInsideIt() throws {
        try withTemporaryDirectory { folder in
            let site = try makeSite(in: folder)
            let fromContent = try #require(SiteRoot.find(from: site.appendingPathComponent("Content").path))
            #expect(fromContent == SiteRoot(content: ".", folder: ".."))
            #expect(fromContent.resolve("Templates") == "../Templates")

            let deep = try #require(SiteRoot.find(from: site.appendingPathComponent("Content/a/b").path))
            #expect(deep == SiteRoot(content: "../..", folder: "../../.."))
            #expect(deep.resolve("Output") == "../../../Output")
            let resolved = URL(fileURLWithPath: deep.resolve("Output"), relativeTo: site.appendingPathComponent("Content/a/b/")).standardizedFileURL
            #expect(resolved.path == site.appendingPathComponent("Output").standardizedFileURL.path)
        }
    }

    @Test func aFolderBesideContentFindsTheSite() throws {
        try withTemporaryDirectory { folder in
            let site = try makeSite(in: folder)
            try FileManager.default.createDirectory(at: site.appendingPathComponent("notes"), withIntermediateDirectories: true)
            #expect(SiteRoot.find(from: site.appendingPathComponent("notes").path) == SiteRoot(content: "../Content", folder: ".."))
        }
    }

    /// As git does with nested repositories, the nearest site wins.
    @Test func theNearestSiteWins() throws {
        try withTemporaryDirectory { folder in
            let outer = try makeSite(in: folder)
            let inner = try makeSite(in: outer.appendingPathComponent("projects"))
            #expect(SiteRoot.find(from: inner.appendingPathComponent("Content/a").path) == SiteRoot(content: "..", folder: "../.."))
        }
    }

    /// A folder named `site.yaml` is not a site.
    @Test func nothingIsFoundOutsideASite() throws {
        try withTemporaryDirectory { folder in
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("x/site.yaml"), withIntermediateDirectories: true)
            #expect(SiteRoot.find(from: folder.appendingPathComponent("x").path) == nil)
            let message = SiteRoot.notFoundMessage(from: folder.path)
            #expect(message.hasPrefix("no site.yaml found in \(folder.path) or any parent folder"))
            #expect(message.hasSuffix("pass --content DIR"))
        }
    }
}
