import Foundation
import KartaContent
import KartaModel
import Testing

/// Content files must be UTF-8; a byte-order mark and CRLF line ends are accepted, CP1251 and
/// UTF-16 are refused with a message that says what to do.
@Suite("Content file encodings")
struct ContentEncodingTests {
    static let roadmap = "oblast/gorod/roadmaps/msoko-2020.yaml"

    /// Files rewritten in Windows-1251, as Word on a Russian Windows saves them.
    @Test(arguments: ["oblast/gorod/shkola-1/entity.yaml", "oblast/gorod/concept.md", "glossary.yaml"])
    func cp1251FileIsRefusedWithAClearMessage(_ file: String) throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let text = try site.read(file)
            try site.write(CP1251.encode(text), to: file)

            let errors = site.load().diagnostics.errors
            #expect(errors.count == 1, "\(errors.map(\.description))")
            let error = try #require(errors.first)
            #expect(error.code == "encoding")
            #expect(error.message.contains("not valid UTF-8"))
            #expect(error.message.contains("CP1251"))
            #expect(error.message.contains("save it as UTF-8"))
            // The location is the first Cyrillic letter, the first byte that is not UTF-8.
            let firstCyrillic = try #require(text.firstIndex { $0.unicodeScalars.first!.value > 0x7F })
            let position = TextPosition(of: firstCyrillic, in: text)
            #expect(error.location == SourceLocation(file: site.displayPath(file), line: position.line, column: position.column))
        }
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            for file in [Self.roadmap, "oblast/gorod/concept.md", "site.yaml"] {
                let text = try site.read(file)
                try site.write(Data([0xEF, 0xBB, 0xBF]) + Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8), to: file)
            }

            let result = site.load()
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics.sorted.map(\.description))")
            let content = try #require(result.content)
            let original = try #require(ContentLoader(root: TestPaths.validContent.path).load().content)
            #expect(content.config.title == original.config.title)
            #expect(content.roadmaps.first?.title == original.roadmaps.first?.title)
            #expect(content.roadmaps.first?.items.map(\.text) == original.roadmaps.first?.items.map(\.text))
            #expect(content.pages.map(\.body) == original.pages.map(\.body))
            #expect(!(content.roadmaps.first?.items.contains { $0.text.contains("\r") } ?? true))
        }
    }

    @Test func locationsInABOMAndCRLFFileCountLinesAndColumnsAsWritten() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let position = try site.replace("status: in-progress", with: "stat: in-progress", in: Self.roadmap, pointingAt: "stat")
            let text = try site.read(Self.roadmap)
            try site.write(Data([0xEF, 0xBB, 0xBF]) + Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8), to: Self.roadmap)

            let errors = site.load().diagnostics.errors
            #expect(errors.map(\.code) == ["unknown-key"])
            #expect(errors.first?.location == SourceLocation(file: site.displayPath(Self.roadmap), line: position.line, column: position.column))
        }
    }

    @Test func utf16FileIsRefused() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let file = "oblast/gorod/shkola-1/entity.yaml"
            let text = try site.read(file)
            var bytes: [UInt8] = [0xFF, 0xFE]
            for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            try site.write(Data(bytes), to: file)

            let errors = site.load().diagnostics.errors
            #expect(errors.map(\.code) == ["encoding"])
            #expect(errors.first?.message.contains("UTF-16") == true)
            #expect(errors.first?.location.file == site.displayPath(file))
        }
    }
}
