import Foundation
@testable import KartaModel
@testable import KartaContent
@testable import KartaSite
import Testing

/// `SortedJSONEncoder` writes the exports without Foundation's encoder; its bytes must be Foundation's, pretty
/// and compact, for every kind of value the exports hold and for the exports of the bundled content.
@Suite("Exports written without Foundation's JSON encoder")
struct SortedJSONEncoderTests {
    struct Corner: Encodable {
        var text = "«кавычки» \"quote\" back\\slash a/b\n\r\t\u{8}\u{C}\u{1}\u{1F}\u{7F} ё й\u{306} 😀"
        var empty = ""
        var none: String? = nil
        var explicitNull: String? = nil
        var numbers: [Int] = [0, -1, Int.max, Int.min]
        var small: [Int8] = [-128, 127]
        var wide: [UInt64] = [0, UInt64.max]
        var flags = [true, false]
        var emptyList: [String] = []
        var emptyObject: [String: Int] = [:]
        var dictionary = ["b": 2, "a": 1, "B": 3, "_": 4, "ab": 5, "а": 6, "a b": 7, "a1": 8, "a10": 9, "a2": 10]
        var nested: [[String: [Int]]] = [["x": []], [:], ["y": [1, 2]]]
        var deadline: Deadline? = nil

        enum CodingKeys: String, CodingKey {
            case text, empty, none, explicitNull = "explicit_null", numbers, small, wide, flags, emptyList, emptyObject, dictionary, nested, deadline
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(empty, forKey: .empty)
            try container.encodeIfPresent(none, forKey: .none)
            try container.encode(explicitNull, forKey: .explicitNull)
            try container.encode(numbers, forKey: .numbers)
            try container.encode(small, forKey: .small)
            try container.encode(wide, forKey: .wide)
            try container.encode(flags, forKey: .flags)
            try container.encode(emptyList, forKey: .emptyList)
            try container.encode(emptyObject, forKey: .emptyObject)
            try container.encode(dictionary, forKey: .dictionary)
            var nestedList = container.nestedUnkeyedContainer(forKey: .nested)
            for element in nested { try nestedList.encode(element) }
            try container.encodeIfPresent(deadline, forKey: .deadline)
        }
    }

    static func foundation<Value: Encodable>(_ value: Value, pretty: Bool) throws -> String {
        String(decoding: try JSONExport.encoder(pretty: pretty).encode(value), as: UTF8.self)
    }

    static func sorted<Value: Encodable>(_ value: Value, pretty: Bool) throws -> String {
        String(decoding: try SortedJSONEncoder(pretty: pretty).encode(value), as: UTF8.self)
    }

    @Test(arguments: [true, false])
    func cornersAreFoundations(pretty: Bool) throws {
        var corner = Corner()
        #expect(try Self.sorted(corner, pretty: pretty) == Self.foundation(corner, pretty: pretty))
        corner.deadline = DeadlineParser.parse("ежегодно, до 1 сентября, начиная с 2022 года", defaultYear: 2022)
        #expect(try Self.sorted([corner, corner], pretty: pretty) == Self.foundation([corner, corner], pretty: pretty))
    }

    @Test func floatingPointIsLeftToFoundation() throws {
        #expect(throws: SortedJSONEncoder.Unsupported.self) { try SortedJSONEncoder(pretty: true).encode(["x": 1.5]) }
        #expect(try String(decoding: JSONExport.data(["x": 1.5]), as: UTF8.self) == Self.foundation(["x": 1.5], pretty: true) + "\n")
    }

    /// Every JSON file of the bundled site, written the old way and the new.
    @Test func bundledExportsAreFoundations() throws {
        let root = TestPaths.packageRoot.appendingPathComponent("Content").path
        let content = try #require(ContentLoader(root: root).load().content)
        let levels = BodyIdentities(content: content)
        for roadmap in content.roadmaps {
            let records = RoadmapExport.Records(roadmap, content: content, levels: levels)
            var export = RoadmapExport(roadmap)
            export.items = records[0..<records.count]
            #expect(try Self.sorted(export, pretty: true) == Self.foundation(export, pretty: true), "\(roadmap.id)")
        }
        let catalogue = CatalogueExport(content, withReportPDFs: false)
        #expect(try Self.sorted(catalogue, pretty: true) == Self.foundation(catalogue, pretty: true))
    }
}
