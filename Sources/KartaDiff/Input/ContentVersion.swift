import Foundation
import KartaModel

/// How a version is named in the diff: what the user typed and, for a commit, its short id and subject.
public struct VersionLabel: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable {
        case folder, revision, worktree
    }

    public var kind: Kind
    /// As given: `HEAD~1`, `main`, `WORKTREE`, `old/Content`.
    public var name: String
    /// «5962b36 Read deadlines …» for a revision.
    public var detail: String?

    public init(kind: Kind, name: String, detail: String?) {
        self.kind = kind
        self.name = name
        self.detail = detail
    }
}

/// One side of a comparison, on disk: a content folder as given, or a revision's `Content/` copied
/// into a temporary folder (removed by `cleanUp()`).
public struct ContentVersion: Sendable {
    public var label: VersionLabel
    /// The content folder to load.
    public var root: String
    /// How messages name files of this version (`HEAD~1:Content` rather than a temporary path).
    public var displayRoot: String
    let temporary: String?

    public static let worktreeName = "WORKTREE"

    public enum Failure: Error, Sendable, CustomStringConvertible {
        case notARepository(String)
        case unknownRevision(String)
        case contentMissing(revision: String, path: String)
        case outsideRepository(String)
        case git(String)
        case empty

        public var description: String {
            switch self {
            case .notARepository(let name):
                "'\(name)' is not a content folder, and the current folder is not inside a git repository, so it cannot be a revision either"
            case .unknownRevision(let name):
                "'\(name)' is neither a content folder nor a git revision (a commit, a branch or a tag) this repository knows"
            case .contentMissing(let revision, let path):
                "the revision '\(revision)' has no '\(path)' folder; name the content folder with --content DIR"
            case .outsideRepository(let path):
                "the content folder \(path) is not inside the git repository, so it cannot be read from a revision"
            case .git(let message):
                "git failed: \(message)"
            case .empty:
                "a version was given as an empty name; name a content folder, a git revision or WORKTREE"
            }
        }
    }

    /// Reads `argument` as a folder when one exists by that name, as the work tree for `WORKTREE`,
    /// and otherwise as a git revision whose copy of `contentFolder` is materialised with `git archive`.
    public static func resolve(_ argument: String, contentFolder: String, directory: String) -> Result<ContentVersion, Failure> {
        func absolute(_ path: String) -> String { path.hasPrefix("/") ? path : directory + "/" + path }
        // An empty name would be read as the current folder.
        guard !argument.trimmingCharacters(in: .whitespaces).isEmpty else { return .failure(.empty) }
        if argument == worktreeName {
            return .success(ContentVersion(
                label: VersionLabel(kind: .worktree, name: argument, detail: nil), root: absolute(contentFolder), displayRoot: contentFolder,
                temporary: nil))
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: absolute(argument), isDirectory: &isDirectory), isDirectory.boolValue {
            return .success(ContentVersion(
                label: VersionLabel(kind: .folder, name: argument, detail: nil), root: absolute(argument), displayRoot: argument, temporary: nil))
        }
        let git = GitRepository(directory: directory)
        guard let topLevel = git.topLevel else { return .failure(.notARepository(argument)) }
        guard let commit = git.commit(argument) else { return .failure(.unknownRevision(argument)) }
        guard let relative = relativePath(of: absolute(contentFolder), in: topLevel) else {
            return .failure(.outsideRepository(contentFolder))
        }
        guard git.exists(relative, at: commit, topLevel: topLevel) else {
            return .failure(.contentMissing(revision: argument, path: relative))
        }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("karta-diff-\(UUID().uuidString)").path
        do {
            try FileManager.default.createDirectory(atPath: temporary + "/tree", withIntermediateDirectories: true)
        } catch {
            return .failure(.git("could not create a temporary folder: \(error.localizedDescription)"))
        }
        let archive = temporary + "/content.tar"
        let archived = git.run(["archive", "--format=tar", "-o", archive, commit, "--", relative], in: topLevel)
        guard archived.succeeded else {
            try? FileManager.default.removeItem(atPath: temporary)
            return .failure(.git(archived.stderr.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        if let failure = TarArchive.extract(archive, into: temporary + "/tree") {
            try? FileManager.default.removeItem(atPath: temporary)
            return .failure(.git(failure))
        }
        return .success(ContentVersion(
            label: VersionLabel(kind: .revision, name: argument, detail: git.summary(commit)),
            root: temporary + "/tree/" + relative, displayRoot: argument + ":" + relative, temporary: temporary))
    }

    /// Removes the temporary copy of a revision; a folder given by the user is never touched.
    public func cleanUp() {
        if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
    }

    /// Messages about this version's files, naming them as the user knows them.
    public func relabel(_ diagnostics: Diagnostics) -> Diagnostics {
        guard root != displayRoot else { return diagnostics }
        return Diagnostics(diagnostics.all.map { diagnostic in
            var diagnostic = diagnostic
            if diagnostic.location.file.hasPrefix(root) {
                diagnostic.location.file = displayRoot + diagnostic.location.file.dropFirst(root.count)
            }
            return diagnostic
        })
    }

    /// `path` below `topLevel`, both with symbolic links resolved; nil when it lies outside.
    static func relativePath(of path: String, in topLevel: String) -> String? {
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let top = URL(fileURLWithPath: topLevel).standardizedFileURL.resolvingSymlinksInPath().path
        if target == top { return "." }
        guard target.hasPrefix(top + "/") else { return nil }
        return String(target.dropFirst(top.count + 1))
    }
}

/// Unpacks the archive `git archive` wrote, with the system `tar`.
enum TarArchive {
    /// nil on success, else what went wrong.
    static func extract(_ archive: String, into folder: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tar", "-xf", archive, "-C", folder]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return "tar could not be started: \(error.localizedDescription)"
        }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : "tar could not unpack the revision's files"
    }
}
