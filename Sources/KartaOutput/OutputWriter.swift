import Foundation
import KartaContent
import KartaModel

/// Writes a site into a fresh folder beside the output, then swaps it in.
///
/// The previous output stays untouched until every file has been written; if anything fails, the
/// half-written folder is removed and the old site is still there. Dot-entries at the top of the old
/// output (`.gitkeep`, `.nojekyll`, `.git`) are carried over, as Zola's `preserve_dotfiles_in_output` does.
/// Callers check the destination with `OutputLocation` first; this type only writes.
public struct OutputWriter: Sendable {
    public let output: String

    public init(output: String) {
        self.output = output
    }

    public enum WriteError: Error, Sendable, CustomStringConvertible {
        case unsafePath(String)
        case io(String, underlying: String)

        public var description: String {
            switch self {
            case .unsafePath(let path): "refused to write '\(path)': it would land outside the output folder"
            case .io(let path, let underlying): "could not write \(path): \(underlying)"
            }
        }
    }

    /// Writes `files` and Karta's manifest of them aside, then swaps them in for the output. Returns
    /// warnings (an old output that could not be removed, and where it was left).
    @discardableResult
    public func write(_ files: [OutputFile], kind: OutputManifest.Kind = .site) throws(WriteError) -> [Diagnostic] {
        for file in files where !OutputPath.isSafe(file.path) { throw .unsafePath(file.path) }
        let staging = try OutputStaging(output: output, kind: kind)
        // Files are independent: written on every core.
        let failures = files.parallelMap { file -> WriteError? in
            do throws(WriteError) {
                try staging.write(file)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first {
            staging.abandon()
            throw failure
        }
        return try staging.commit(paths: files.map(\.path))
    }
}
