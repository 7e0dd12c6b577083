import Foundation
import KartaModel

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

        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: base, isDirectory: &isDirectory), !isDirectory.boolValue {
            outcome.diagnostics.error("import-folder", "'--into' must name a folder, and this is a file", at: SourceLocation(file: base))
            return outcome
        }
        if !manager.fileExists(atPath: base + "/entity.yaml") {
            outcome.diagnostics.warning("import-entity", "this folder has no entity.yaml; documents are only published from an entity folder (karta check will say so)", at: SourceLocation(file: base))
        }
        if !force {
            for file in files where manager.fileExists(atPath: target(file)) {
                outcome.diagnostics.error("import-overwrite", "the file already exists; nothing was written (use --force to replace it)", at: SourceLocation(file: target(file)))
            }
            if outcome.diagnostics.hasErrors { return outcome }
        }
        for file in files {
            let path = target(file)
            do {
                try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
                outcome.written.append(path)
            } catch {
                outcome.diagnostics.error("import-write", "the file could not be written: \(error.localizedDescription)", at: SourceLocation(file: path))
            }
        }
        return outcome
    }
}
