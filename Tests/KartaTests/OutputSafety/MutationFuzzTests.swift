import Foundation
import KartaModel
import KartaSite
import Testing

/// A seeded mutation fuzz over the bundled `Content/`: each trial damages one file (a byte flipped, a
/// control character or a YAML token inserted, a line dropped, doubled or cut short) and loads the
/// site. No trial may crash or hang, every error about a file's text must carry its line and column,
/// and a trial with an error must leave a previous output byte for byte as it was.
///
/// `make test` runs a few dozen trials; `make fuzz` runs many more (`KARTA_FUZZ_TRIALS`, and
/// `KARTA_FUZZ_SEED` to reproduce a run) and builds every trial, errors or not.
@Suite("Mutation fuzz", .serialized, .timeLimit(.minutes(10)))
struct MutationFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let trials = environment["KARTA_FUZZ_TRIALS"].flatMap(Int.init) ?? 30
    static let seed = environment["KARTA_FUZZ_SEED"].flatMap(UInt64.init) ?? 19
    /// Render and write every trial, not only those with an error (slow: a whole site per trial).
    static let buildEveryTrial = environment["KARTA_FUZZ_BUILD"] == "1"

    /// Codes of problems with a whole file or a folder, which have no line to point at.
    static let fileLevelCodes: Set<String> = [
        "too-large", "missing-file", "read", "not-a-file", "symlink", "slug", "reserved", "no-entity", "duplicate-indicators", "ignored",
    ]

    static let content = TestPaths.packageRoot.appendingPathComponent("Content")

    @Test func damagedContentNeverCrashesHangsOrLosesTheOutput() throws {
        try withTemporaryDirectory { folder in
            let pristine = folder.appendingPathComponent("pristine")
            try FileManager.default.copyItem(at: Self.content, to: pristine)
            let files = try FileTree.read(pristine).files.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".md") || $0.hasSuffix(".csv") }
            let output = folder.appendingPathComponent("out")
            let first = SiteBuilder(content: pristine.path, templates: TestPaths.templates.path, output: output.path).build()
            #expect(first.succeeded, "\(first.diagnostics.errors.map(\.description))")
            let before = try FileTree.read(output)
            var random = SplitMix64(seed: Self.seed)
            var failedTrials = 0
            for trial in 0..<Self.trials {
                let site = folder.appendingPathComponent("trial")
                try? FileManager.default.removeItem(at: site)
                try FileManager.default.copyItem(at: pristine, to: site)
                let relative = files[random.next(upTo: files.count)]
                let file = site.appendingPathComponent(relative)
                let mutation = Mutation.allCases[Int(random.next() % UInt64(Mutation.allCases.count))]
                try mutation.apply(to: file, random: &random)
                let what = "trial \(trial) (seed \(Self.seed)): \(mutation) in \(relative)"

                let builder = SiteBuilder(content: site.path, templates: TestPaths.templates.path, output: output.path)
                let checked = builder.check().report
                for error in checked.diagnostics.errors where !Self.fileLevelCodes.contains(error.code) {
                    #expect(error.location.line > 0 && error.location.column > 0, "\(what): an error without its place: \(error)")
                }
                guard checked.diagnostics.hasErrors || Self.buildEveryTrial else { continue }
                let report = builder.build()
                if !report.succeeded {
                    failedTrials += 1
                    #expect(try FileTree.read(output).differences(from: before) == [], "\(what): a failed build changed the output")
                } else {
                    // A damaged file that still builds: the next trial compares with this output.
                    try restore(output, to: pristine)
                }
            }
            // The mutations are meant to break things: a run where none did tests nothing.
            #expect(failedTrials > 0, "no trial produced an error")
        }
    }

    /// Builds the pristine content again, so every trial starts from the same previous output.
    private func restore(_ output: URL, to pristine: URL) throws {
        let report = SiteBuilder(content: pristine.path, templates: TestPaths.templates.path, output: output.path).build()
        #expect(report.succeeded)
    }
}

/// One way to damage a text file.
enum Mutation: CaseIterable {
    case flipByte, insertControlCharacter, insertToken, dropLine, doubleLine, cutShort

    static let tokens = [": ", "- ", "{", "[", "\"", "'", "&a ", "*a", "\t", "? ", "!!binary ", "---\n", "\u{FEFF}", "<script>", "%YAML 1.1\n", "|", ">"]

    func apply(to file: URL, random: inout SplitMix64) throws {
        var bytes = [UInt8](try Data(contentsOf: file))
        guard !bytes.isEmpty else { return }
        let at = Int(random.next() % UInt64(bytes.count))
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let line = Int(random.next() % UInt64(lines.count))
        switch self {
        case .flipByte:
            bytes[at] = UInt8(truncatingIfNeeded: random.next())
        case .insertControlCharacter:
            bytes.insert(UInt8(random.next() % 0x20), at: at)
        case .insertToken:
            bytes.insert(contentsOf: Array(Self.tokens[Int(random.next() % UInt64(Self.tokens.count))].utf8), at: at)
        case .dropLine:
            lines.remove(at: line)
            bytes = Array(lines.joined(separator: [0x0A]))
        case .doubleLine:
            lines.insert(lines[line], at: line)
            bytes = Array(lines.joined(separator: [0x0A]))
        case .cutShort:
            bytes.removeSubrange(at...)
        }
        try Data(bytes).write(to: file)
    }
}
