import Foundation
import Testing

/// Every entry the search script reads from a built site: `search/index.json` and, in order, the
/// shards it names (relative to the index).
enum SearchIndexFile {
    static func entries(in output: URL) throws -> [[String: Any]] {
        let folder = output.appendingPathComponent("search")
        let index = try object(folder.appendingPathComponent("index.json"))
        var entries = try #require(index["entries"] as? [[String: Any]])
        for shard in try #require(index["shards"] as? [String]) {
            entries += try #require(try object(folder.appendingPathComponent(shard))["entries"] as? [[String: Any]])
        }
        return entries
    }

    static func object(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url.standardizedFileURL)) as? [String: Any])
    }
}
