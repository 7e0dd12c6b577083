import Foundation
import KartaDiff
import Testing
import Yams

/// The bundled `Content/` against a copy whose YAML files say the same in other YAML: every string
/// quoted another way (plain → double, double → single, block scalars → escaped one-liners), every
/// nested mapping and list flipped between block and flow style, wider indentation, lines folded at
/// 40 columns, Cyrillic written as `\u` escapes. The data is the same, so the diff must be empty.
@Suite("karta diff: re-serialised YAML")
struct ReserializedContentTests {
    static let content = TestPaths.packageRoot.appendingPathComponent("Content")

    @Test func reserialisedBundledContentHasNoChanges() throws {
        try withTemporaryDirectory { folder in
            let copy = folder.appendingPathComponent("Content")
            try FileManager.default.copyItem(at: Self.content, to: copy)
            let files = try Self.yamlFiles(in: copy)
            #expect(files.count >= 5, "\(files)")
            for file in files {
                let original = try String(contentsOf: file, encoding: .utf8)
                let rewritten = try Self.reserialise(original)
                #expect(rewritten != original, "\(file.lastPathComponent) was not rewritten")
                try Data(rewritten.utf8).write(to: file)
            }
            let diff = try DiffFixture.diff(old: Self.content, new: copy)
            #expect(diff.documents.count >= 5)
            #expect(diff.changedDocuments.isEmpty, "\(diff.changedDocuments)")
            #expect(diff.counts == ChangeCounts(), "\(diff.counts)")
            #expect(diff.documents.flatMap(\.hidden).isEmpty, "\(diff.documents.flatMap(\.hidden).prefix(5))")
        }
    }

    @Test func reserialisingChangesTheText() throws {
        let yaml = "title: \"Карта\"\nperiod: {from: 2019, to: 2021}\nitems:\n  - id: a-1\n    text: |\n      две\n      строки\n"
        let rewritten = try Self.reserialise(yaml)
        #expect(!rewritten.contains("\"Карта\""))
        #expect(!rewritten.contains("|"))
        let node = try #require(try Yams.compose(yaml: rewritten))
        #expect(node["title"]?.string == "Карта")
        #expect(node["items"]?[0]?["text"]?.string == "две\nстроки\n")
        #expect(node["period"]?["to"]?.int == 2021)
    }

    static func yamlFiles(in folder: URL) throws -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "yaml" { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    static func reserialise(_ yaml: String) throws -> String {
        guard let node = try Yams.compose(yaml: yaml) else { return yaml }
        return try Yams.serialize(node: restyle(node, isRoot: true), indent: 4, width: 40, allowUnicode: false)
    }

    /// The same values in other styles. Strings never become plain (a plain «2019» would be a number).
    static func restyle(_ node: Node, isRoot: Bool = false) -> Node {
        switch node {
        case .scalar(var scalar):
            guard scalar.tag == Tag(.str) else { return node }
            scalar.style = scalar.style == .doubleQuoted ? .singleQuoted : .doubleQuoted
            return .scalar(scalar)
        case .mapping(let mapping):
            let pairs = mapping.map { (restyle($0.key), restyle($0.value)) }
            return .mapping(Node.Mapping(pairs, mapping.tag, isRoot ? .block : flipped(mapping.style)))
        case .sequence(let sequence):
            return .sequence(Node.Sequence(sequence.map { restyle($0) }, sequence.tag, isRoot ? .block : flipped(sequence.style)))
        default:
            return node
        }
    }

    static func flipped(_ style: Node.Mapping.Style) -> Node.Mapping.Style { style == .flow ? .block : .flow }
    static func flipped(_ style: Node.Sequence.Style) -> Node.Sequence.Style { style == .flow ? .block : .flow }
}
