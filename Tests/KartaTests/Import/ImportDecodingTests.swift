import Foundation
@testable import KartaImport
import Testing

/// The encoding comes from the bytes: UTF-8 with or without a byte-order mark, CRLF, CP1251.
@Suite("Import: decoding")
struct ImportDecodingTests {
    /// Only characters the tests' CP1251 encoder knows (ASCII, А–я, Ё, ё, №).
    static let export = """
        Дорожная карта по направлению методической работы

        № п/п\tМероприятие\tСроки\tОтветственные
        1.\tСовещание по итогам года\tмай 2021\tМОУО, ИМЦ
        2.\tСеминар для учителей\tежегодно\tМОУО

        """

    enum Variant: String, CaseIterable, Sendable {
        case utf8, utf8WithBOM, crlf, bomAndCRLF, cp1251, cp1251AndCRLF

        func bytes(_ text: String) -> Data {
            let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
            switch self {
            case .utf8: return Data(text.utf8)
            case .utf8WithBOM: return Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))
            case .crlf: return Data(crlf.utf8)
            case .bomAndCRLF: return Data([0xEF, 0xBB, 0xBF] + Array(crlf.utf8))
            case .cp1251: return CP1251.encode(text)
            case .cp1251AndCRLF: return CP1251.encode(crlf)
            }
        }

        var expected: ImportEncoding {
            switch self {
            case .utf8, .crlf: .utf8
            case .utf8WithBOM, .bomAndCRLF: .utf8WithBOM
            case .cp1251, .cp1251AndCRLF: .cp1251
            }
        }
    }

    @Test(arguments: Variant.allCases)
    func everyEncodingGivesTheSameFiles(_ variant: Variant) throws {
        let reference = Importer.convert(Data(Self.export.utf8), file: "export.txt")
        let result = Importer.convert(variant.bytes(Self.export), file: "export.txt")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.all)")
        #expect(result.encodings["export.txt"] == variant.expected)
        #expect(result.files == reference.files)
        let roadmap = try #require(result.file(.roadmap))
        #expect(roadmap.contents.contains("text: \"Совещание по итогам года\""))
        #expect(!roadmap.contents.contains("\r"))
    }

    @Test func cp1251IsDecodedWithItsOwnTable() {
        // Letters, then «» Ё ё № … “” – — (punctuation bytes outside the letter range).
        let letters = [UInt8](CP1251.encode("Дорожная карта по развитию системы оценки "))
        let punctuation: [UInt8] = [0xAB, 0xC4, 0xEE, 0xBB, 0x20, 0xA8, 0x20, 0xB8, 0x20, 0xB9, 0x20, 0x85, 0x20, 0x93, 0x94, 0x20, 0x96, 0x20, 0x97]
        guard case .success(let decoded) = ImportDecoder.decode(Data(letters + punctuation)) else {
            Issue.record("CP1251 was not recognised")
            return
        }
        #expect(decoded.encoding == .cp1251)
        #expect(decoded.text == "Дорожная карта по развитию системы оценки «До» Ё ё № … “” – —")
    }

    @Test func theTableCoversAllHighBytes() {
        #expect(ImportDecoder.cp1251High.count == 128)
        let letters = (0xC0...0xFF).map { ImportDecoder.decodeCP1251([UInt8($0)]) }.joined()
        #expect(letters == "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя")
    }

    @Test func invalidUTF8ThatIsNotCyrillicIsRefused() {
        let bytes: [UInt8] = Array("abc ".utf8) + [0x80, 0x81, 0x82, 0x83, 0x84]
        #expect(throws: Never.self) {
            guard case .failure(let failure) = ImportDecoder.decode(Data(bytes)) else {
                Issue.record("bytes that are neither UTF-8 nor CP1251 were accepted")
                return
            }
            #expect(failure == .unknownEncoding)
        }
        let result = Importer.convert(Data(bytes), file: "odd.txt")
        #expect(result.diagnostics.errors.map(\.code) == ["import-encoding"])
        #expect(result.files.isEmpty)
    }

    @Test func utf16AndBinaryAreRefused() {
        #expect(Importer.convert(Data([0xFF, 0xFE, 0x41, 0x00]), file: "u16.txt").diagnostics.errors.map(\.code) == ["import-encoding"])
        #expect(Importer.convert(Data([0x41, 0x00, 0x42]), file: "bin.txt").diagnostics.errors.map(\.code) == ["import-encoding"])
    }

    @Test func theFileNameDoesNotDecideTheEncoding() {
        let result = Importer.convert(CP1251.encode(Self.export), file: "export-utf8.txt")
        #expect(result.encodings["export-utf8.txt"] == .cp1251)
    }
}
