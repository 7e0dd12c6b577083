import Foundation

/// How big one content file may be. A roadmap of a thousand activities is well under 1 MB; a file
/// past the limit is refused before it is read, so a stray export or a wrong file cannot exhaust
/// memory (the YAML parser holds several copies of its input).
public enum ContentLimits {
    public static let maxFileBytes = 10 * 1024 * 1024

    /// The file's size from one `lstat` (as `FileManager.attributesOfItem` reads it, without the dictionary of
    /// every other attribute it makes); nil when there is nothing to read.
    public static func size(of file: String) -> Int? {
        var status = stat()
        guard lstat(file, &status) == 0 else { return nil }
        return Int(status.st_size)
    }

    public static func message(size: Int) -> String {
        func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }
        return "the file is \(megabytes(size)); content files are read up to \(megabytes(maxFileBytes)) each. Split it into several files"
    }
}
