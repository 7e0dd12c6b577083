import Foundation
import KartaContent
import KartaModel

/// The output-safety rule for commands that write single files (`diff --format json|markdown
/// --output`, `import`, `new`): the same resolution and protected folders as a folder output, and a
/// file is replaced only when it is Karta's own (it starts with `ownHeader`) or `force` is given.
/// Links, folders, FIFOs and devices are never written through, whatever `force` says; writes go to a
/// temporary file beside the target, renamed over it.
public struct SingleFileOutput: Sendable {
    public var path: String
    /// The bytes every file of this kind starts with; nil when Karta's files of this kind have none.
    public var ownHeader: Data?
    /// Folders the file must never be written into (content, templates).
    public var protecting: [String]
    public var force: Bool

    public init(path: String, ownHeader: Data? = nil, protecting: [String] = [], force: Bool = false) {
        self.path = path
        self.ownHeader = ownHeader
        self.protecting = protecting
        self.force = force
    }

    public func problems() -> [Diagnostic] {
        let location = SourceLocation(file: path)
        let target = ResolvedPath.of(path)
        for input in protecting where ResolvedPath.contains(ResolvedPath.of(input), target) {
            return [.error(.unsafeOutput, "\(path) is inside \(input); write the file somewhere else", at: location)]
        }
        let found = FileKind(atPath: path)
        switch found {
        case .missing:
            return []
        case .regular:
            if force || isOwn { return [] }
            let why = ownHeader == nil ? "it already exists" : "it exists and was not written by Karta"
            return [.error(.outputExists, "\(path): \(why); nothing was written. Choose another file, or pass --force to replace it", at: location)]
        default:
            return [.error(.outputNotFile, "\(path) is \(found.described); it is not replaced, even with --force. Name a file", at: location)]
        }
    }

    /// Checks, then writes `data` beside the target and renames it over, so a reader never sees half
    /// a file and a failed write leaves the old one.
    public func write(_ data: Data) -> [Diagnostic] {
        let problems = problems()
        guard problems.isEmpty else { return problems }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).writing-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
            return []
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            return [.error(.write, "could not write \(path): \(error.localizedDescription)", at: SourceLocation(file: path))]
        }
    }

    private var isOwn: Bool {
        guard let ownHeader, let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: ownHeader.count)) ?? Data()
        return start == ownHeader
    }
}
