import Foundation
import KartaContent
import KartaModel
import KartaSite
import Testing

/// What `SiteBuilder.build()` writes: the same bytes every time, the data catalogue and the
/// per-roadmap exports it lists, and nothing outside the output folder.
@Suite("Build output")
struct BuildOutputTests {
    /// Builds the valid fixture into `output` and fails the test if the build does not succeed.
    func build(_ site: ContentFixture, into output: URL) {
        let report = site.builder(output: output).build()
        #expect(report.succeeded, "\(report.diagnostics.sorted.map(\.description)) \(report.writeFailure ?? "")")
    }

    @Test func twoBuildsGiveByteIdenticalTrees() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let first = folder.appendingPathComponent("first")
            let second = folder.appendingPathComponent("second")
            build(site, into: first)
            build(site, into: second)

            let a = try FileTree.read(first)
            let b = try FileTree.read(second)
            #expect(a.files.count > 10, "\(a)")
            #expect(a.differences(from: b) == [])
            #expect(a == b)
        }
    }

    @Test func catalogueListsEntitiesAndRoadmapsWithTheirExports() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let output = folder.appendingPathComponent("out")
            build(site, into: output)
            let content = try #require(site.load().content)

            let data = try Data(contentsOf: output.appendingPathComponent("data/index.json"))
            let catalogue = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(Set(catalogue.keys).isSuperset(of: ["entities", "roadmaps"]))

            let entities = try #require(catalogue["entities"] as? [[String: Any]])
            #expect(entities.map { Set($0.keys) } == Array(repeating: ["id", "level", "name", "url", "parent"], count: 3))
            #expect(entities.map { $0["id"] as? String } == ["oblast", "oblast/gorod", "oblast/gorod/shkola-1"])
            #expect(entities.map { $0["level"] as? String } == ["region", "municipality", "school"])
            #expect(entities[0]["parent"] is NSNull)
            #expect(entities.map { $0["parent"] as? String } == [nil, "oblast", "oblast/gorod"])
            for entity in entities {
                let url = try #require(entity["url"] as? String)
                #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(url + "index.html").path), "no page at \(url)")
            }

            let roadmaps = try #require(catalogue["roadmaps"] as? [[String: Any]])
            #expect(roadmaps.count == 1)
            for record in roadmaps {
                #expect(Set(record.keys) == ["id", "title", "entity", "url", "json", "csv", "items"])
                let roadmap = try #require(content.roadmaps.first { $0.id == record["id"] as? String && $0.entityID == record["entity"] as? String })
                let itemIDs = roadmap.items.map(\.id)
                #expect(record["title"] as? String == roadmap.title)
                #expect(record["items"] as? Int == itemIDs.count)
                let url = try #require(record["url"] as? String)
                #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(url + "index.html").path))

                let jsonURL = output.appendingPathComponent(try #require(record["json"] as? String))
                let export = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: jsonURL)) as? [String: Any])
                let items = try #require(export["items"] as? [[String: Any]])
                #expect(items.map { $0["id"] as? String } == itemIDs)
                #expect(items.map { $0["text"] as? String } == roadmap.items.map(\.text))
                #expect(items.map { $0["direction"] as? String } == ["normative-base", "normative-base", "training-quality", "training-quality"])
                let subitems = try #require(items[1]["subitems"] as? [[String: Any]])
                #expect(subitems.map { $0["number"] as? String } == ["2.1"])

                let csvData = try Data(contentsOf: output.appendingPathComponent(try #require(record["csv"] as? String)))
                #expect(csvData.starts(with: [0xEF, 0xBB, 0xBF]), "CSV starts with a BOM so Excel reads it as UTF-8")
                let rows = CSV.rows(String(decoding: csvData.dropFirst(3), as: UTF8.self))
                let header = try #require(rows.first)
                #expect(header.first == "id")
                let parentColumn = try #require(header.firstIndex(of: "parent"))
                let itemRows = rows.dropFirst().filter { $0[parentColumn].isEmpty }
                #expect(itemRows.map(\.first) == itemIDs)
                #expect(rows.allSatisfy { $0.count == header.count }, "\(rows)")
                let textColumn = try #require(header.firstIndex(of: "text"))
                #expect(itemRows.map { $0[textColumn] } == roadmap.items.map(\.text))
                let subitemRows = rows.dropFirst().filter { !$0[parentColumn].isEmpty }
                #expect(subitemRows.map(\.first) == ["normative-base-2/1"], "a subitem row is keyed <item>/<n>")
                #expect(subitemRows.map { $0[parentColumn] } == ["normative-base-2"])
            }
        }
    }

    @Test func topLevelDotFilesOfTheOutputSurviveARebuild() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let output = folder.appendingPathComponent("out")
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            try Data().write(to: output.appendingPathComponent(".gitkeep"))
            try Data("keep me\n".utf8).write(to: output.appendingPathComponent(".nojekyll"))
            try FileManager.default.createDirectory(at: output.appendingPathComponent(".git"), withIntermediateDirectories: true)
            try Data("ref: refs/heads/main\n".utf8).write(to: output.appendingPathComponent(".git/HEAD"))
            build(site, into: output)
            try Self.addPageOfAnEarlierBuild("stale.html", to: output)
            build(site, into: output)

            let tree = try FileTree.read(output)
            #expect(tree.entries[".gitkeep"] == .some(Data()))
            #expect(tree.entries[".nojekyll"] == .some(Data("keep me\n".utf8)))
            #expect(tree.entries[".git/HEAD"] == .some(Data("ref: refs/heads/main\n".utf8)), "a publishing checkout in the output survives")
            #expect(tree.entries["stale.html"] == nil, "a rebuild replaces the site; only top-level dot-files are carried over")
            #expect(tree.entries["index.html"] != nil)
        }
    }

    /// A page an earlier build wrote and this one no longer does (a deleted roadmap): in the folder and
    /// in its manifest.
    static func addPageOfAnEarlierBuild(_ path: String, to output: URL) throws {
        try Data("old page\n".utf8).write(to: output.appendingPathComponent(path))
        let manifest = try #require(OutputManifest.read(in: output.path))
        try OutputManifest(kind: manifest.kind, paths: manifest.paths + [path]).file.data.write(to: output.appendingPathComponent(OutputManifest.fileName))
    }

    @Test func nothingIsWrittenOutsideTheOutputFolder() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let output = folder.appendingPathComponent("site/out")
            build(site, into: output)
            try Self.addPageOfAnEarlierBuild("old.html", to: output)
            let before = try FileTree.read(folder)

            build(site, into: output)

            let after = try FileTree.read(folder)
            let outside = after.differences(from: before).filter { !$0.hasSuffix(": site/out") && !$0.contains(" site/out/") }
            #expect(outside == [], "only site/out may change; the content copy beside it must not")
            #expect(try FileTree.read(folder.appendingPathComponent("site")).paths.filter { !$0.hasPrefix("out") } == [],
                    "no staging or retired folder is left beside the output")
            #expect(try FileTree.read(output).files.allSatisfy { !$0.contains("..") })
        }
    }

    /// `karta build --output .` from the folder that holds `Content/`, or `--output Content`:
    /// the swap replaces the whole folder, content included.
    @Test(arguments: ["", "content"])
    func outputFolderThatHoldsTheContentIsRefused(_ output: String) throws {
        try withTemporaryDirectory { folder in
            let project = folder.appendingPathComponent("project")
            let site = try ContentFixture.copyOfValid(in: project)
            try Data("notes that are not part of any site\n".utf8).write(to: project.appendingPathComponent("notes.txt"))
            let before = try FileTree.read(project)

            let report = site.builder(output: output.isEmpty ? project : project.appendingPathComponent(output)).build()
            let after = try FileTree.read(project)

            #expect(!report.succeeded, "the build must refuse an output folder that is or holds the content folder")
            #expect(FileManager.default.fileExists(atPath: site.url("site.yaml").path), "the content folder was deleted")
            #expect(after == before)
        }
    }
}
