import ArgumentParser
import Foundation
import KartaContent

/// `karta-bench scan`: how long the content folder's snapshot takes when nothing changed, the first step
/// of every incremental build (`FolderRescan`). Prints the median and the fastest of `runs` in JSON.
struct Scan: ParsableCommand {
    @Option(help: "The content folder to snapshot.") var content: String
    @Option(help: "How many snapshots to time.") var runs = 50

    func run() throws {
        let rescan = FolderRescan(folder: content)
        let files = rescan.snapshot().count
        // A second one first, so the listings read more than a second ago are trusted as in `karta serve`.
        sleep(2)
        _ = rescan.snapshot()
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<max(runs, 1) {
            let start = clock.now
            _ = rescan.snapshot()
            times.append(start.duration(to: clock.now).seconds)
        }
        times.sort()
        let result: [String: Any] = ["files": files, "median_seconds": times[times.count / 2], "fastest_seconds": times[0]]
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }
}
