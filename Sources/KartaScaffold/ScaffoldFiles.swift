import Foundation
import KartaContent
import KartaModel
import KartaOutput

/// New files below one folder, written only when none of them exists yet: a `karta new` command
/// never replaces what an editor wrote, and never leaves half of its files.
struct ScaffoldFiles {
    /// Relative path → text.
    var files: [(path: String, text: String)] = []

    mutating func add(_ path: String, _ text: String) {
        files.append((path, text))
    }

    func write(into folder: String) -> ScaffoldOutcome {
        let targets = files.map { (path: SiteRoot.join(folder, $0.path), text: $0.text) }
        if let taken = targets.first(where: { FileKind(atPath: $0.path) != .missing }) {
            return .refused(.exists, "the file already exists; nothing was written (`karta new` never replaces a file): edit it, or choose another name", at: taken.path)
        }
        var outcome = ScaffoldOutcome()
        for target in targets {
            // Links, folders and FIFOs in a file's place are refused by the writer too.
            let problems = SingleFileOutput(path: target.path).write(Data(target.text.utf8))
            for problem in problems { outcome.diagnostics.append(problem) }
            guard problems.isEmpty else { break }
            outcome.written.append(target.path)
        }
        return outcome
    }
}
