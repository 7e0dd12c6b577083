import Foundation
import ZIPFoundation

/// The parts of a `.docx`/`.odt` container, read only by name into memory: nothing is ever
/// extracted to disk, so entry names such as `../x` or `/etc/x` are never used as paths.
struct ArchiveParts {
    private let archive: Archive
    private let bytes: Data
    private let entryData: ArchiveEntryData?
    let limits: ArchiveLimits

    init(_ data: Data, limits: ArchiveLimits = .standard) throws(DocumentReadError) {
        guard data.count <= limits.maxArchiveBytes else {
            throw DocumentReadError(.importSize, "the file is \(Self.megabytes(data.count)); documents are read up to \(Self.megabytes(limits.maxArchiveBytes))")
        }
        // ZIPFoundation's in-memory reader traps when an entry points past the end of the data (a
        // truncated or forged archive), its file reader fails cleanly: the bytes go to a private
        // temporary file, which is unlinked as soon as the archive has opened it.
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("karta-import-\(UUID().uuidString).zip")
        do {
            try data.write(to: temporary, options: [.withoutOverwriting])
        } catch {
            throw DocumentReadError(.importRead, "a temporary copy of the document could not be made (\(error.localizedDescription))")
        }
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            archive = try Archive(url: temporary, accessMode: .read)
        } catch {
            throw .corrupt("its table of contents cannot be read: it may be truncated")
        }
        self.limits = limits
        bytes = data
        entryData = ArchiveEntryData(data)
    }

    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The expanded bytes of one part, or nil when there is no such part. Extraction stops as soon
    /// as the part passes the size or ratio bound.
    func read(_ path: String) throws(DocumentReadError) -> Data? {
        guard let entry = archive[path] else { return nil }
        let compressed = max(Int(clamping: entry.compressedSize), 1)
        let limits = self.limits
        var output = Data()
        let consume: Consumer = { chunk in
            output.append(chunk)
            if output.count > limits.maxPartBytes {
                throw DocumentReadError(.importBomb, "the part \(path) expands past \(Self.megabytes(limits.maxPartBytes)); the file looks like a zip bomb and was not read")
            }
            if output.count > limits.ratioCheckedFrom, output.count / compressed > limits.maxRatio {
                throw DocumentReadError(.importBomb, "the part \(path) expands more than \(limits.maxRatio) times its compressed size; the file looks like a zip bomb and was not read")
            }
        }
        do {
            if entry.isCompressed {
                try inflate(entry, path: path, into: consume)
            } else {
                _ = try archive.extract(entry, skipCRC32: false, consumer: consume)
            }
        } catch let error as DocumentReadError {
            throw error
        } catch {
            throw .corrupt("the part \(path) is damaged")
        }
        return output
    }

    /// Inflates exactly the entry's own bytes (see `ArchiveEntryData`): a stream that has not ended
    /// when they run out is damaged, not a reason to read on.
    private func inflate(_ entry: Entry, path: String, into consume: Consumer) throws {
        guard let range = entryData?.ranges[path] else { throw DocumentReadError.corrupt("the part \(path) cannot be found in the file") }
        let bytes = self.bytes
        let checksum = try Data.decompress(size: Int64(range.count), bufferSize: defaultReadChunkSize, skipCRC32: false, provider: { position, size in
            let start = range.lowerBound + Int(position)
            guard start < range.upperBound else { throw DocumentReadError.corrupt("the part \(path) is damaged: its data ends too soon") }
            return bytes.subdata(in: start..<min(start + size, range.upperBound))
        }, consumer: consume)
        guard checksum == entry.checksum else { throw DocumentReadError.corrupt("the part \(path) is damaged: its checksum does not match") }
    }

    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }
}
