import Foundation
import KartaContent
import Testing

/// `FolderRescan` keeps each folder's names between snapshots and, where the kernel watches the tree,
/// examines only the names it reports; what it returns must always be what a fresh walk
/// (`FileStamp.snapshot`) returns, however quickly the folders change.
struct FolderRescanTests {
    func write(_ text: String, to path: String, in folder: URL) throws {
        let file = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// Changes one file's bytes where it is, without renaming or truncating it: its folder's stamp does
    /// not change, only the file's.
    func overwrite(_ text: String, at path: String, in folder: URL) throws {
        let handle = try FileHandle(forWritingTo: folder.appendingPathComponent(path))
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    @Test(arguments: [true, false])
    func everySnapshotEqualsAFreshWalkThroughAddsEditsRemovalsAndRenames(watching: Bool) throws {
        try withTemporaryDirectory { folder in
            try write("a", to: "site.yaml", in: folder)
            try write("b", to: "oblast/entity.yaml", in: folder)
            try write("c", to: "oblast/roadmaps/one.yaml", in: folder)
            try write("h", to: "oblast/.hidden.swp", in: folder)
            let rescan = FolderRescan(folder: folder.path, watching: watching)
            let manager = FileManager.default
            let path = folder.path
            let steps: [(String, () throws -> Void)] = [
                ("nothing", {}),
                ("a file added in a folder changed a moment ago", { try self.write("d", to: "oblast/roadmaps/two.yaml", in: folder) }),
                ("an edit", { try self.write("cc", to: "oblast/roadmaps/one.yaml", in: folder) }),
                ("an edit in place, the folder untouched", { try self.overwrite("x", at: "oblast/roadmaps/one.yaml", in: folder) }),
                ("a hidden file written", { try self.write("hh", to: "oblast/roadmaps/.one.yaml.swp", in: folder) }),
                ("a file at the top added", { try self.write("g", to: "glossary.yaml", in: folder) }),
                ("a folder added", { try self.write("e", to: "oblast/gorod/entity.yaml", in: folder) }),
                ("a folder added and a file at once written in it", {
                    try self.write("s", to: "oblast/gorod/shkola/entity.yaml", in: folder)
                    try self.write("r", to: "oblast/gorod/shkola/roadmaps/plan.yaml", in: folder)
                }),
                ("a rename", { try manager.moveItem(atPath: path + "/oblast/roadmaps/two.yaml", toPath: path + "/oblast/roadmaps/three.yaml") }),
                ("a folder renamed", { try manager.moveItem(atPath: path + "/oblast/gorod/shkola", toPath: path + "/oblast/gorod/licey") }),
                ("an edit in a renamed folder", { try self.overwrite("y", at: "oblast/gorod/licey/entity.yaml", in: folder) }),
                ("a folder moved out of the tree", { try manager.moveItem(atPath: path + "/oblast/gorod/licey", toPath: path + "-moved-out") }),
                ("an edit in the folder moved out", { try Data("w".utf8).write(to: URL(fileURLWithPath: path + "-moved-out/entity.yaml")) }),
                ("a file moved in", { try manager.moveItem(atPath: path + "-moved-out/entity.yaml", toPath: path + "/oblast/gorod/licey.yaml") }),
                ("a file removed", { try manager.removeItem(atPath: path + "/oblast/gorod/licey.yaml") }),
                ("a folder removed", { try manager.removeItem(atPath: path + "/oblast/gorod") }),
                ("a file replaced by a folder", {
                    try manager.removeItem(atPath: path + "/glossary.yaml")
                    try self.write("f", to: "glossary.yaml/inside.yaml", in: folder)
                }),
                ("a folder replaced by a file", {
                    try manager.removeItem(atPath: path + "/oblast/roadmaps")
                    try self.write("f", to: "oblast/roadmaps", in: folder)
                }),
                ("the folder itself removed", { try manager.removeItem(atPath: path) }),
                ("the folder made again", {
                    try self.write("a", to: "site.yaml", in: folder)
                    try self.write("b", to: "oblast/entity.yaml", in: folder)
                }),
                ("an edit in the folder made again", { try self.overwrite("z", at: "oblast/entity.yaml", in: folder) }),
            ]
            defer { try? manager.removeItem(atPath: path + "-moved-out") }
            for (step, change) in steps {
                try change()
                // Twice: the second snapshot reuses what the first one read.
                #expect(rescan.snapshot() == FileStamp.snapshot(of: path), "\(step)")
                #expect(rescan.snapshot() == FileStamp.snapshot(of: path), "\(step), again")
            }
            #expect(rescan.snapshot().keys.sorted() == ["oblast/entity.yaml", "site.yaml"])
        }
    }

    /// Where the kernel watches the tree, an edit is found without walking it; a new folder walks it again.
    @Test func aWatchedTreeIsWalkedOnlyWhenItsShapeChanges() throws {
        try withTemporaryDirectory { folder in
            try write("a", to: "site.yaml", in: folder)
            try write("c", to: "oblast/roadmaps/one.yaml", in: folder)
            let rescan = FolderRescan(folder: folder.path)
            _ = rescan.snapshot()
            // Temporary folders on a file system that is not watched (NFS) walk every time, correctly.
            guard rescan.isWatching else { return }
            try overwrite("x", at: "oblast/roadmaps/one.yaml", in: folder)
            try write("d", to: "oblast/roadmaps/two.yaml", in: folder)
            try write("s", to: "oblast/.one.yaml.swp", in: folder)
            #expect(rescan.snapshot() == FileStamp.snapshot(of: folder.path))
            #expect(rescan.walks == 1)
            try write("e", to: "oblast/gorod/entity.yaml", in: folder)
            #expect(rescan.snapshot() == FileStamp.snapshot(of: folder.path))
            #expect(rescan.walks == 2)
            #expect(rescan.isWatching)
        }
    }

    /// Snapshots taken while another thread changes the tree: once the changes stop, the next snapshot
    /// is exact, whatever the snapshots in between saw.
    @Test(arguments: [true, false])
    func aSnapshotAfterChangesMadeDuringSnapshotsIsExact(watching: Bool) throws {
        try withTemporaryDirectory { folder in
            try write("a", to: "site.yaml", in: folder)
            let rescan = FolderRescan(folder: folder.path, watching: watching)
            _ = rescan.snapshot()
            let done = DispatchSemaphore(value: 0)
            let path = folder.path
            Thread.detachNewThread {
                var generator = SystemRandomNumberGenerator()
                let manager = FileManager.default
                for step in 0..<400 {
                    let folderName = "f\(Int.random(in: 0..<6, using: &generator))"
                    let name = "\(folderName)/n\(Int.random(in: 0..<4, using: &generator)).yaml"
                    switch Int.random(in: 0..<10, using: &generator) {
                    case 0: try? manager.removeItem(atPath: path + "/" + folderName)
                    case 1: try? manager.moveItem(atPath: path + "/" + folderName, toPath: path + "/f\(Int.random(in: 0..<6, using: &generator))")
                    case 2: try? manager.removeItem(atPath: path + "/" + name)
                    default: try? self.write("\(step)", to: name, in: folder)
                    }
                }
                done.signal()
            }
            while done.wait(timeout: .now()) == .timedOut { _ = rescan.snapshot() }
            #expect(rescan.snapshot() == FileStamp.snapshot(of: path))
        }
    }
}
