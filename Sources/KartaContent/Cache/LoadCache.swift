import Foundation
import KartaModel

/// What a content load read from each file, kept between builds: a file whose stamp has not changed
/// is not read, decoded or parsed again (`karta serve` and incremental builds).
///
/// Entries hold what one file gave — the value and the problems found in it — so a cached load reports
/// exactly what a fresh one would. Validation across files is never cached.
public final class LoadCache: @unchecked Sendable {
    private struct Entry {
        var stamp: FileStamp
        var value: Any
        var diagnostics: Diagnostics
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    public init() {}

    /// The cached result for `file` if its stamp is still `stamp`.
    func value<Value>(for file: String, stamp: FileStamp, as type: Value.Type) -> (Value, Diagnostics)? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[file], entry.stamp == stamp, let value = entry.value as? Value else { return nil }
        return (value, entry.diagnostics)
    }

    func store<Value>(_ value: Value, diagnostics: Diagnostics, for file: String, stamp: FileStamp) {
        lock.lock()
        entries[file] = Entry(stamp: stamp, value: value, diagnostics: diagnostics)
        lock.unlock()
    }

    /// How many files are cached (for tests).
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.count
    }
}
