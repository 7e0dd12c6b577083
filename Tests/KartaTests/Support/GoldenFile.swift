import Foundation
import Testing

/// Golden-file comparison for rendered HTML under `Tests/KartaTests/Snapshots/`.
///
/// `KARTA_RECORD_SNAPSHOTS=1 swift test --scratch-path .build-tests` rewrites the files instead of
/// comparing, and records an issue for each so that a recording run never passes by accident.
enum GoldenFile {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["KARTA_RECORD_SNAPSHOTS"] == "1" }

    static func url(_ name: String) -> URL { TestPaths.snapshots.appendingPathComponent(name + ".html") }

    static func assertMatches(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let file = url(name)
        let shown = "Tests/KartaTests/Snapshots/\(name).html"
        if isRecording {
            try FileManager.default.createDirectory(at: TestPaths.snapshots, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            Issue.record("recorded \(shown); run again without KARTA_RECORD_SNAPSHOTS to compare", sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("\(shown) does not exist; record it with KARTA_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        Attachment.record(actual, named: "\(name).actual.html", sourceLocation: sourceLocation)
        Issue.record(Comment(rawValue: firstDifference(expected: expected, actual: actual, in: shown)), sourceLocation: sourceLocation)
    }

    /// «file:line: first difference» with both lines, for a mismatch message.
    static func firstDifference(expected: String, actual: String, in file: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let index = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
        func line(_ lines: [Substring]) -> String { index < lines.count ? "\"\(lines[index])\"" : "<end of file>" }
        return """
            rendered HTML differs from \(file) at line \(index + 1):
              expected: \(line(expectedLines))
              actual:   \(line(actualLines))
            (\(expectedLines.count) lines expected, \(actualLines.count) rendered). If the change is intended, \
            re-record with KARTA_RECORD_SNAPSHOTS=1 swift test --scratch-path .build-tests
            """
    }
}
