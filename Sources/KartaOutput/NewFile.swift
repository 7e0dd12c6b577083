#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes a file that no one reads until the staging folder is swapped in.
///
/// `Data.write(to:)` in swift-corelibs-foundation calls `fsync` on every file, which made a region
/// build wait on the disk for each of its 24,000 files. A staged site needs no per-file sync: until the
/// swap the previous output is what readers see, as with Hugo and Zola, which do not sync either.
enum NewFile {
    /// Creates or truncates `path` and writes `data` into it. An error names `reported` (the path the
    /// user knows: inside the site, not the staging or temporary file) and what the system said.
    static func create(_ path: String, with data: Data, reporting reported: String) throws(OutputWriter.WriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io(reported, underlying: String(cString: strerror(errno))) }
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                // write(2), which this method's name leaves unshadowed on Glibc and Darwin alike.
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 { throw .io(reported, underlying: String(cString: strerror(failure))) }
    }
}
