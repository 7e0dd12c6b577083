import Foundation
import KartaContent
import Testing

/// `FolderRescan` keeps each folder's names between snapshots; what it returns must always be what a
/// fresh walk (`FileStamp.snapshot`) returns, however quickly the folders change.
struct FolderRescanTests {
    func write(_ text: String, to path: String, in folder: URL) throws {
        let file = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    @Test func everySnapshotEqualsAFreshWalkThroughAddsEditsRemovalsAndRenames() throws {
        try withTemporaryDirectory { folder in
            try write("a", to: "site.yaml", in: folder)
            try write("b", to: "oblast/entity.yaml", in: folder)
            try write("c", to: "oblast/roadmaps/one.yaml", in: folder)
            try write("h", to: "oblast/.hidden.swp", in: folder)
            let rescan = FolderRescan(folder: folder.path)
            let manager = FileManager.default
            let steps: [(String, () throws -> Void)] = [
                ("nothing", {}),
                ("a file added in a folder changed a moment ago", { try self.write("d", to: "oblast/roadmaps/two.yaml", in: folder) }),
                ("an edit", { try self.write("cc", to: "oblast/roadmaps/one.yaml", in: folder) }),
                ("a folder added", { try self.write("e", to: "oblast/gorod/entity.yaml", in: folder) }),
                ("a rename", {
                    try manager.moveItem(atPath: folder.path + "/oblast/roadmaps/two.yaml", toPath: folder.path + "/oblast/roadmaps/three.yaml")
                }),
                ("a folder removed", { try manager.removeItem(atPath: folder.path + "/oblast/gorod") }),
                ("a folder replaced by a file", {
                    try manager.removeItem(atPath: folder.path + "/oblast/roadmaps")
                    try self.write("f", to: "oblast/roadmaps", in: folder)
                }),
            ]
            for (step, change) in steps {
                try change()
                // Twice: the second snapshot reuses what the first one read.
                #expect(rescan.snapshot() == FileStamp.snapshot(of: folder.path), "\(step)")
                #expect(rescan.snapshot() == FileStamp.snapshot(of: folder.path), "\(step), again")
            }
            #expect(rescan.snapshot().keys.sorted() == ["oblast/entity.yaml", "oblast/roadmaps", "site.yaml"])
        }
    }
}
