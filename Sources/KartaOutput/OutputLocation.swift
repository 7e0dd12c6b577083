import Foundation
import KartaContent
import KartaModel

/// The output-safety rule every command that replaces a folder goes through (`build`, `serve`,
/// `diff --format html`): the one destructive step of a build is replacing the output folder.
///
/// Paths are resolved first (links of the nearest existing ancestor included), then:
/// - the output never is, holds or sits inside a protected input (content, templates), `--force` or not;
/// - the file system root is refused, and so is anything that is not a folder where a folder goes;
/// - a folder is replaced only when Karta can prove it wrote it: it does not exist, is empty (dot-entries
///   aside), or carries Karta's manifest of the same kind naming every file in it. Anything else needs `--force`.
public enum OutputLocation {
    public static func problems(
        output: String, protecting inputs: [String], force: Bool, kind: OutputManifest.Kind = .site
    ) -> [Diagnostic] {
        let target = ResolvedPath.of(output)
        let location = SourceLocation(file: output)
        if target == "/" {
            return [.error(.unsafeOutput, "the output folder cannot be the file system root", at: location)]
        }
        for input in inputs {
            let protected = ResolvedPath.of(input)
            if ResolvedPath.contains(target, protected) {
                return [.error(.unsafeOutput, "the output folder \(output) holds \(input); writing would replace it. Choose another output folder", at: location)]
            }
            if ResolvedPath.contains(protected, target) {
                return [.error(.unsafeOutput, "the output folder \(output) is inside \(input) (\(target)); choose a folder outside it", at: location)]
            }
        }
        // The kind of what is there, links followed: `--output` may name a link to a folder.
        let found = FileKind(atPath: target)
        switch found {
        case .missing:
            return []
        case .directory:
            break
        default:
            return [.error(.outputNotFolder, "\(output) is \(found.described), not a folder; name a folder (a new one is created)", at: location)]
        }
        guard !force else { return [] }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []).filter { !$0.hasPrefix(".") }
        guard !names.isEmpty else { return [] }
        let what = kind == .site ? "a Karta site" : "a Karta diff"
        guard let manifest = OutputManifest.read(in: target), manifest.kind == kind else {
            return [.error(
                .unsafeOutput,
                "the output folder \(output) holds files Karta did not write (it has no \(OutputManifest.fileName) of \(what)); writing would replace them. Empty it, choose another folder, or pass --force",
                at: location)]
        }
        let foreign = manifest.foreignEntries(in: target, limit: 5)
        guard foreign.isEmpty else {
            return [.error(
                .unsafeOutput,
                "the output folder \(output) holds files the last build did not write (\(foreign.joined(separator: ", "))); writing would delete them. Move them out, or pass --force",
                at: location)]
        }
        return []
    }
}
