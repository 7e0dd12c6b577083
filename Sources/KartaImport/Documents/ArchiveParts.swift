import Foundation
import ZIPFoundation

/// The parts of a `.docx`/`.odt` container, read in memory and only by name: nothing is ever
/// extracted to disk, so entry names such as `../x` or `/etc/x` are never used as paths.
struct ArchiveParts {
    private let archive: Archive
    let limits: ArchiveLimits

    init(_ data: Data, limits: ArchiveLimits = .standard) throws(DocumentReadError) {
        guard data.count <= limits.maxArchiveBytes else {
            throw DocumentReadError("import-size", "the file is \(Self.megabytes(data.count)); documents are read up to \(Self.megabytes(limits.maxArchiveBytes))")
        }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .corrupt("its table of contents cannot be read: it may be truncated")
        }
        self.limits = limits
    }

    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The expanded bytes of one part, or nil when there is no such part. Extraction stops as soon
    /// as the part passes the size or ratio bound.
    func read(_ path: String) throws(DocumentReadError) -> Data? {
        guard let entry = archive[path] else { return nil }
        let compressed = max(Int(clamping: entry.compressedSize), 1)
        let limits = self.limits
        var output = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                output.append(chunk)
                if output.count > limits.maxPartBytes {
                    throw DocumentReadError("import-bomb", "the part \(path) expands past \(Self.megabytes(limits.maxPartBytes)); the file looks like a zip bomb and was not read")
                }
                if output.count > limits.ratioCheckedFrom, output.count / compressed > limits.maxRatio {
                    throw DocumentReadError("import-bomb", "the part \(path) expands more than \(limits.maxRatio) times its compressed size; the file looks like a zip bomb and was not read")
                }
            }
        } catch let error as DocumentReadError {
            throw error
        } catch {
            throw .corrupt("the part \(path) is damaged")
        }
        return output
    }

    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }
}
