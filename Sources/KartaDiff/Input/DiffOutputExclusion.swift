import Foundation

/// Keeps the default HTML diff folder (`Diff/`) out of commits: inside a git work tree it is added to
/// the repository's own `info/exclude` (never to a tracked `.gitignore`), so `git add .` does not
/// take a review report into the content's history by accident.
public enum DiffOutputExclusion {
    /// Adds `folder` to `info/exclude` when it lies inside the work tree that `directory` is in and
    /// git does not ignore it yet. Returns what was done, for the user; nil when nothing was needed
    /// (no repository, a folder outside it, already ignored) or git could not be asked.
    public static func exclude(_ folder: String, directory: String) -> String? {
        let git = GitRepository(directory: directory)
        guard let top = git.topLevel else { return nil }
        let absolute = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: directory, isDirectory: true)).standardizedFileURL.path
        let root = URL(fileURLWithPath: top).standardizedFileURL.path
        guard absolute.hasPrefix(root + "/") else { return nil }
        let relative = String(absolute.dropFirst(root.count))
        // Exit status 0: ignored already (by .gitignore, info/exclude or a global rule).
        guard !git.run(["check-ignore", "-q", "--no-index", "--", absolute + "/"]).succeeded else { return nil }
        let pathOutput = git.run(["rev-parse", "--git-path", "info/exclude"])
        guard pathOutput.succeeded else { return nil }
        let excludePath = pathOutput.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let exclude = URL(fileURLWithPath: excludePath, relativeTo: URL(fileURLWithPath: directory, isDirectory: true)).standardizedFileURL
        let line = relative + "/\n"
        do {
            try FileManager.default.createDirectory(at: exclude.deletingLastPathComponent(), withIntermediateDirectories: true)
            var text = (try? String(contentsOf: exclude, encoding: .utf8)) ?? ""
            if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
            text += "# karta diff's report (review it, do not commit it)\n" + line
            try text.write(to: exclude, atomically: true, encoding: .utf8)
        } catch {
            return nil
        }
        return "\(folder)/ is inside the git work tree: added \(relative)/ to \(excludePath) so it is not committed by accident"
    }
}
