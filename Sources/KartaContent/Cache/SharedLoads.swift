import Foundation
import KartaModel

/// What one version's load read from each file, offered to the load of another version for the files
/// whose bytes are the same in both (`karta diff`): such a file is read, decoded and parsed once.
///
/// The loading version stores; the other takes. A value is taken only for the path it was stored under,
/// and only when both versions place the file alike (the same entity folders), since a document's entity
/// and an entity's parent come from the folders around it. Problems found in the file are handed over with
/// their paths moved to the taking version's folder; values keep the storing version's paths in their
/// locations (`relabel` moves what validation reports of them).
public final class SharedLoads: @unchecked Sendable {
    private struct Entry {
        var value: Any
        var diagnostics: Diagnostics
    }

    /// Paths relative to the content folder.
    public let sameFiles: Set<String>
    /// The content folder of the version that stores.
    public let storingRoot: String
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    public init(sameFiles: Set<String>, storingRoot: String) {
        self.sameFiles = sameFiles
        self.storingRoot = storingRoot
    }

    func value<Value>(for relative: String, as type: Value.Type) -> (Value, Diagnostics)? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[relative], let value = entry.value as? Value else { return nil }
        return (value, entry.diagnostics)
    }

    func store<Value>(_ value: Value, diagnostics: Diagnostics, for relative: String) {
        lock.lock()
        entries[relative] = Entry(value: value, diagnostics: diagnostics)
        lock.unlock()
    }

    /// `diagnostics` of the version loaded from `root` with what came from the storing version's files
    /// named in `root`: the positions and the paths quoted in messages.
    public func relabel(_ diagnostics: Diagnostics, to root: String) -> Diagnostics {
        let from = Self.folderPrefix(storingRoot)
        let to = Self.folderPrefix(root)
        guard from != to else { return diagnostics }
        return Diagnostics(diagnostics.all.map { diagnostic in
            var diagnostic = diagnostic
            let file = diagnostic.location.file
            if file.hasPrefix(from), !file.hasPrefix(to), sameFiles.contains(String(file.dropFirst(from.count))) {
                diagnostic.location.file = to + file.dropFirst(from.count)
            }
            if diagnostic.message.contains(from) {
                diagnostic.message = diagnostic.message.replacingOccurrences(of: from, with: to)
            }
            return diagnostic
        })
    }

    static func folderPrefix(_ root: String) -> String {
        root.hasSuffix("/") ? root : root + "/"
    }
}
