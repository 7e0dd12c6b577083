import Foundation
@testable import KartaSite
import Testing

/// Big arrays are encoded in chunks on every core and spliced into their frame (issue 19, point 4):
/// the bytes must be those of one encode of the whole value, pretty or compact, whatever the chunks.
@Suite("JSON exports in chunks")
struct JSONExportTests {
    private struct Frame: Encodable {
        var alpha = "до/после"
        var items: [Record]
        var zeta = ["b": 2, "a": 1]
    }

    private struct Record: Encodable, Sendable {
        var id: String
        var text: String
        var tags: [String]
        var nested: [String: [Int]]?
        var levelSource: String?

        enum CodingKeys: String, CodingKey {
            case id, text, tags, nested
            case levelSource = "level_source"
        }
    }

    private static func records(_ count: Int) -> [Record] {
        (0..<count).map { number in
            Record(
                id: "i\(number)", text: "«текст» \"\(number)\"\nстрока\t/\\",
                tags: number % 2 == 0 ? [] : ["a", "b/c"],
                nested: number % 3 == 0 ? nil : ["empty": [], "full": [number, 1]],
                levelSource: number % 4 == 0 ? nil : "entity")
        }
    }

    @Test(arguments: [(0, 2_000), (1, 1), (5, 1), (5, 2), (7, 3), (7, 100), (50, 1), (101, 4)])
    func prettyIsOneEncode(count: Int, chunkSize: Int) throws {
        let records = Self.records(count)
        let spliced = try JSONExport.data(Frame(items: []), splicing: records, under: "items", chunkSize: chunkSize)
        let whole = try JSONExport.data(Frame(items: records))
        #expect(String(decoding: spliced, as: UTF8.self) == String(decoding: whole, as: UTF8.self))
    }

    @Test(arguments: [(0, 2_000), (1, 1), (5, 2), (7, 3), (50, 1)])
    func compactIsOneEncode(count: Int, chunkSize: Int) throws {
        let records = Self.records(count)
        let spliced = try JSONExport.data(Frame(items: []), splicing: records, under: "items", pretty: false, chunkSize: chunkSize)
        let whole = try JSONExport.compactData(Frame(items: records))
        #expect(String(decoding: spliced, as: UTF8.self) == String(decoding: whole, as: UTF8.self))
    }
}
