import ArgumentParser
import Foundation
import KartaSite

/// `karta-bench incremental`: how long a rebuild takes after one roadmap changed, as `karta serve`
/// does it. Builds once in full, then edits one school roadmap (the most common edit) `runs` times,
/// each time timing the incremental build, and prints JSON. The edited file is restored at the end.
@main
struct KartaBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "karta-bench", subcommands: [Incremental.self, Scan.self, ServeLatency.self])
}

struct Incremental: ParsableCommand {
    @OptionGroup var edit: EditOptions

    func run() throws {
        let (content, output, templates, runs) = (edit.content, edit.output, edit.templates, edit.runs)
        let target = try edit.target()
        let file = URL(fileURLWithPath: content).appendingPathComponent(target)
        let original = try Data(contentsOf: file)
        defer { try? original.write(to: file) }
        let build = IncrementalBuild(content: content, templates: templates, output: output, force: true)
        let clock = ContinuousClock()
        var start = clock.now
        let first = build.build()
        let full = start.duration(to: clock.now)
        guard first.succeeded else { throw ValidationError("the first build failed: \(first.diagnostics.errors.prefix(5).map(\.description))") }
        var times: [Double] = []
        var pages: [Int] = []
        var phases: [[String: Double]] = []
        let text = String(decoding: original, as: UTF8.self)
        for run in 1...max(runs, 1) {
            guard let range = text.range(of: "text: \"") else { throw ValidationError("\(target) has no quoted text: to edit") }
            let edited = text.replacingCharacters(in: range, with: "text: \"Правка \(run). ")
            try Data(edited.utf8).write(to: file)
            start = clock.now
            let report = build.build()
            times.append(start.duration(to: clock.now).seconds)
            guard report.succeeded, report.incremental else { throw ValidationError("incremental build \(run) failed") }
            pages.append(report.pagesRendered)
            phases.append(Dictionary(report.phases.map { ($0.name, $0.seconds) }, uniquingKeysWith: +))
        }
        let sorted = times.sorted()
        let result: [String: Any] = [
            "roadmap": target, "full_seconds": full.seconds, "full_pages": first.pagesRendered,
            "incremental_seconds": times, "median_seconds": sorted[sorted.count / 2], "pages_rendered": pages, "phases": phases,
        ]
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .prettyPrinted])
        print(String(decoding: data, as: UTF8.self))
    }
}
