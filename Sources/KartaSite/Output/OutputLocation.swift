import Foundation
import KartaModel

/// Guards the one destructive step of a build: replacing the output folder.
///
/// The swap removes the previous output, so the output must never be (or hold) the content or
/// templates, and a folder that is not a previous Karta site is only replaced when asked to.
public enum OutputLocation {
    /// `marker` is the file every output of this kind holds (`karta diff` writes its own); `what` names the kind in messages.
    public static func problems(
        output: String, protecting inputs: [String], force: Bool, marker: String = "data/index.json", what: String = "Karta site"
    ) -> [Diagnostic] {
        let target = canonical(output)
        let location = SourceLocation(file: output)
        if target == "/" {
            return [.error("unsafe-output", "the output folder cannot be the file system root", at: location)]
        }
        for input in inputs {
            let protected = canonical(input)
            if protected == target || protected.hasPrefix(target + "/") {
                return [.error("unsafe-output", "the output folder \(output) holds \(input); building would replace it. Choose another output folder", at: location)]
            }
            if target.hasPrefix(protected + "/") {
                return [.error("unsafe-output", "the output folder \(output) is inside \(input); choose a folder outside it", at: location)]
            }
        }
        if !force, isForeignFolder(target, marker: marker) {
            return [.error(
                "unsafe-output",
                "the output folder \(output) already holds files that are not a \(what); writing would replace them. Empty it, choose another folder, or pass --force",
                at: location)]
        }
        return []
    }

    /// A non-empty folder without the catalogue every Karta build writes.
    static func isForeignFolder(_ path: String, marker: String) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        guard names.contains(where: { !$0.hasPrefix(".") }) else { return false }
        return !FileManager.default.fileExists(atPath: path + "/" + marker)
    }

    /// Absolute, with `.`/`..` and symbolic links resolved, without a trailing slash.
    static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        let text = url.path
        return text.count > 1 && text.hasSuffix("/") ? String(text.dropLast()) : text
    }
}
