import Foundation
import KartaContent
import KartaModel
import Testing

/// Bytes of a content file → text: UTF-8 with optional BOM and CRLF, nothing else.
@Suite("Decoding content files")
struct SourceTextTests {
    func decode(_ bytes: Data) -> Result<String, Diagnostic> {
        SourceText.decode(bytes, file: "content/test.yaml")
    }

    @Test func plainUTF8IsKeptAsIs() throws {
        let text = "title: \"Дорожная карта — «2020»\"\n"
        #expect(try decode(Data(text.utf8)).get() == text)
    }

    @Test func byteOrderMarkIsDropped() throws {
        #expect(try decode(Data([0xEF, 0xBB, 0xBF]) + Data("name: \"Школа\"\n".utf8)).get() == "name: \"Школа\"\n")
    }

    @Test(arguments: ["a: 1\r\nb: 2\r\n", "a: 1\rb: 2\r", "a: 1\r\nb: 2\n"])
    func lineEndsBecomeLF(_ text: String) throws {
        #expect(try decode(Data(text.utf8)).get() == "a: 1\nb: 2\n")
    }

    @Test func byteOrderMarkWithCRLF() throws {
        #expect(try decode(Data([0xEF, 0xBB, 0xBF]) + Data("a: «б»\r\n".utf8)).get() == "a: «б»\n")
    }

    @Test func cp1251IsRefusedByNameAtTheFirstBadByte() throws {
        let data = CP1251.encode("level: school\nname: \"Средняя школа № 1\"\n")
        let diagnostic = try #require(decode(data).failure)
        #expect(diagnostic.code == "encoding")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "the file is not valid UTF-8 (it looks like Windows-1251, CP1251); save it as UTF-8")
        #expect(diagnostic.location == SourceLocation(file: "content/test.yaml", line: 2, column: 8))
    }

    @Test func columnOfTheBadByteCountsCharactersNotBytes() throws {
        // Valid UTF-8 Cyrillic, then a CP1251 byte: the column counts the 3 letters before it as 3.
        let data = Data("ok: абв".utf8) + Data([0xE3, 0x20, 0x0A])
        let diagnostic = try #require(decode(data).failure)
        #expect(diagnostic.location.line == 1)
        #expect(diagnostic.location.column == 8)
    }

    @Test func otherInvalidUTF8IsRefusedWithoutTheCP1251Guess() throws {
        let diagnostic = try #require(decode(Data("a: ".utf8) + Data([0x80, 0x81, 0x82])).failure)
        #expect(diagnostic.code == "encoding")
        #expect(!diagnostic.message.contains("CP1251"))
        #expect(diagnostic.location == SourceLocation(file: "content/test.yaml", line: 1, column: 4))
    }

    /// Sequences with the right shape but an invalid value: overlong, a UTF-16 surrogate, above U+10FFFF.
    @Test(arguments: [[UInt8]([0xE0, 0x80, 0x80]), [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x80, 0x80, 0x80]])
    func wellFormedLookingButInvalidSequenceIsLocated(_ bad: [UInt8]) throws {
        let diagnostic = try #require(decode(Data("a: 1\nb: ".utf8) + Data(bad) + Data("\nc: 3\n".utf8)).failure)
        #expect(diagnostic.code == "encoding")
        #expect(diagnostic.location == SourceLocation(file: "content/test.yaml", line: 2, column: 4))
    }

    @Test(arguments: [[UInt8]([0xFF, 0xFE, 0x61, 0x00]), [0xFE, 0xFF, 0x00, 0x61]])
    func utf16IsRefused(_ bytes: [UInt8]) throws {
        let diagnostic = try #require(decode(Data(bytes)).failure)
        #expect(diagnostic.code == "encoding")
        #expect(diagnostic.message.contains("UTF-16"))
    }

    @Test func nulBytesAreRefused() throws {
        let diagnostic = try #require(decode(Data([0x61, 0x00, 0x62])).failure)
        #expect(diagnostic.code == "encoding")
        #expect(diagnostic.message.contains("NUL"))
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { failure } else { nil }
    }
}
