import Foundation
import KartaContent
import KartaModel
import KartaOutput

/// Writes imported files into an entity folder, refusing to replace existing files unless forced.
public enum ImportWriter {
    public struct Outcome: Sendable {
        /// Paths written, as `folder/relative`.
        public var written: [String] = []
        public var diagnostics = Diagnostics()
    }

    /// Checks every target first: when one exists and `force` is off, nothing is written.
    public static func write(_ files: [ImportedFile], into folder: String, force: Bool) -> Outcome {
        var outcome = Outcome()
        let manager = FileManager.default
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        func target(_ file: ImportedFile) -> String { base.isEmpty ? file.path : base + "/" + file.path }

        let folderKind = FileKind(atPath: ResolvedPath.of(base.isEmpty ? "." : base))
        guard folderKind == .directory || folderKind == .missing else {
            outcome.diagnostics.error(.importFolder, "'--into' must name a folder, and this is \(folderKind.described)", at: SourceLocation(file: base))
            return outcome
        }
        if !manager.fileExists(atPath: base + "/entity.yaml") {
            outcome.diagnostics.warning(.importEntity, "this folder has no entity.yaml; documents are only published from an entity folder (karta check will say so)", at: SourceLocation(file: base))
        }
        // Every target is checked before anything is written: an existing file needs --force; a link, a
        // folder or a FIFO in a file's place is refused even with it.
        let outputs = files.map { SingleFileOutput(path: target($0), force: force) }
        for output in outputs {
            for problem in output.problems() {
                if problem.code == "output-exists" {
                    outcome.diagnostics.error(.importOverwrite, "the file already exists; nothing was written (use --force to replace it)", at: problem.location)
                } else {
                    outcome.diagnostics.append(problem)
                }
            }
        }
        if outcome.diagnostics.hasErrors { return outcome }
        for (file, output) in zip(files, outputs) {
            let problems = output.write(Data(file.contents.utf8))
            if problems.isEmpty {
                outcome.written.append(output.path)
            } else {
                for problem in problems { outcome.diagnostics.append(problem) }
            }
        }
        return outcome
    }
}
