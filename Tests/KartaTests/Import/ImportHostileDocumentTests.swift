import Foundation
@testable import KartaImport
import KartaModel
import PropertyBased
import Testing

/// A `.docx` or `.odt` is untrusted input: each hostile file gets an error naming it, quickly and
/// without writing anything; random and mutated archives never crash or hang the reader.
@Suite("Import: hostile documents", .timeLimit(.minutes(2)))
struct ImportHostileDocumentTests {
    typealias F = OfficeFixtures

    static let sample = F.p("Дорожная карта на 2022 год") + F.tbl([F.roadmapHeader, ["1.", "Семинар", "2022", "ИМЦ"]])

    /// The single error of importing `data` as `name`, which must name the file.
    func error(_ data: Data, name: String = "hostile.docx", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
        let result = Importer.convert(data, file: name)
        #expect(result.files.isEmpty, sourceLocation: sourceLocation)
        let errors = result.diagnostics.errors
        #expect(errors.count == 1, "\(errors.map(\.description))", sourceLocation: sourceLocation)
        #expect(errors.first?.location.file == name, sourceLocation: sourceLocation)
        return errors.first
    }

    @Test func word97AndEncryptedFilesAskForDocx() {
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
        let error = error(ole, name: "old.doc")
        #expect(error?.code == "import-doc")
        #expect(error?.message.contains(".docx") == true)
    }

    @Test func aFileNamedDocxThatIsNoArchiveIsRefused() {
        #expect(error(Data("№ п/п\tМероприятие\tСроки\tОтветственные\n".utf8), name: "text.docx")?.code == "import-archive")
        #expect(error(Data((0..<300).map { UInt8(truncatingIfNeeded: $0 &* 37) }), name: "noise.odt")?.code == "import-archive")
    }

    @Test func truncatedAndCorruptArchivesAreRefused() throws {
        let whole = try F.docx(Self.sample)
        for cut in [10, whole.count / 2, whole.count - 10] {
            #expect(error(whole.prefix(cut))?.code == "import-archive")
        }
        // A damaged compressed part: the table of contents is intact, the deflated bytes are not.
        var damaged = whole
        if let start = damaged.range(of: Data("word/document.xml".utf8))?.upperBound {
            for offset in 0..<40 where start + offset < damaged.count { damaged[start + offset] ^= 0x5A }
        }
        #expect(error(damaged)?.code == "import-archive")
    }

    @Test func anArchiveThatIsNeitherDocxNorOdtIsRefused() throws {
        let sheet = try F.zip([("xl/workbook.xml", Data("<workbook/>".utf8))])
        #expect(error(sheet, name: "table.docx")?.message.contains("neither a Word document") == true)
    }

    @Test func aZipBombStopsAtTheRatioLimit() throws {
        // 8 MB of one byte deflates to a few KB: over 1,000 times its compressed size.
        let bomb = try F.zip([("word/document.xml", Data(repeating: 0x20, count: 8 * 1024 * 1024))])
        #expect(bomb.count < 100_000)
        let clock = ContinuousClock()
        let started = clock.now
        #expect(error(bomb)?.code == "import-bomb")
        #expect(clock.now - started < .seconds(5))
    }

    @Test func aPartPastTheSizeLimitIsRefusedWhateverItsHeaderSays() throws {
        var limits = ArchiveLimits.standard
        limits.maxPartBytes = 64 * 1024
        limits.maxRatio = 1_000_000
        let parts = try ArchiveParts(try F.zip([("word/document.xml", Data(repeating: 0x20, count: 200_000))]), limits: limits)
        #expect(throws: DocumentReadError.self) { try parts.read("word/document.xml") }
    }

    @Test(arguments: [
        // The «billion laughs»: entities expanding to gigabytes.
        "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><w:document \(OfficeFixtures.wordNamespace)><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>",
        // An external entity that would read a local file.
        "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document \(OfficeFixtures.wordNamespace)><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>",
        // An external DTD fetched over the network.
        "<?xml version=\"1.0\"?><!DOCTYPE w SYSTEM \"http://127.0.0.1:9/evil.dtd\"><w:document \(OfficeFixtures.wordNamespace)><w:body/></w:document>",
    ])
    func entityDeclarationsAreRefusedNeverExpanded(_ xml: String) throws {
        let data = try F.zip([("word/document.xml", Data(xml.utf8))])
        let error = error(data)
        #expect(error?.code == "import-xml-entities")
        #expect(error?.message.contains("passwd") == false)
    }

    @Test func entryNamesLeavingTheFolderAreNeverWritten() throws {
        try withTemporaryDirectory { folder in
            let target = folder.appendingPathComponent("entity")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            let body = "<?xml version=\"1.0\"?><w:document \(F.wordNamespace)><w:body>\(Self.sample)</w:body></w:document>"
            let data = try F.zip([
                ("word/document.xml", Data(body.utf8)),
                ("../escaped.txt", Data("x".utf8)),
                ("/tmp/karta-absolute-\(UUID().uuidString).txt", Data("x".utf8)),
                ("word/../../escaped2.txt", Data("x".utf8)),
            ])
            let result = Importer.convert(data, file: "traversal.docx")
            #expect(!result.diagnostics.hasErrors)
            #expect(result.files.allSatisfy { !$0.path.contains("..") && !$0.path.hasPrefix("/") })
            ImportWriter.write(result.files, into: target.path, force: false)
            let everything = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
            #expect(!everything.contains { $0.contains("escaped") })
            #expect(!FileManager.default.fileExists(atPath: folder.deletingLastPathComponent().appendingPathComponent("escaped.txt").path))
        }
    }

    @Test func aFiveMegabyteCellIsRefusedNamingItsRow() throws {
        let cell = String(repeating: "мероприятие ", count: 5 * 1024 * 1024 / 23)
        let body = F.p("Дорожная карта") + F.tbl([F.roadmapHeader, ["1.", cell, "2022", "ИМЦ"]])
        let clock = ContinuousClock()
        let started = clock.now
        // Stored, not deflated: repeated text would otherwise stop at the ratio limit first.
        let error = error(try F.docx(body, stored: true))
        #expect(error?.code == "import-cell-size")
        #expect(error?.message.contains("table row 2") == true)
        #expect(clock.now - started < .seconds(10))
    }

    @Test func aHundredThousandRowsAreRefusedQuickly() throws {
        let row = F.tr(["<w:tc><w:p><w:r><w:t>1.</w:t></w:r></w:p></w:tc>", "<w:tc><w:p><w:r><w:t>Мера</w:t></w:r></w:p></w:tc>"])
        let body = "<w:tbl>" + F.tr(F.roadmapHeader.map { F.tc($0) }) + String(repeating: row, count: 100_000) + "</w:tbl>"
        let xml = "<?xml version=\"1.0\"?><w:document \(F.wordNamespace)><w:body>\(body)</w:body></w:document>"
        let data = try F.zip([("word/document.xml", Data(xml.utf8))], stored: true)
        let clock = ContinuousClock()
        let started = clock.now
        #expect(error(data)?.code == "import-rows")
        #expect(clock.now - started < .seconds(20))
    }

    /// Foundation's XML parser on Linux traps (a forced unwrap) on an element name that libxml2's
    /// recovery let through with bytes that are not UTF-8. The first part is the `content.xml` of a
    /// mutated `.odt` that killed the test process found by the random archives below; such a part is
    /// now refused before it reaches the parser.
    static let partsThatAreNotUTF8: [Data] = [
        Data(base64Encoded:
            "PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz48b2ZmaWNlOmRvY3VtZW50LWNvbnRlbnQgeG1sbnM6b2ZmaWNl"
            + "PSJ1cm46b2FzaXM6bmFtZXM6dGM6b3BlbmRvY3VtZW50OnhtbG5zOm9mZmljZToxLjAiIHhtbG5zOnRleHQ9InVybjpvYXNpczpu"
            + "YW1lczp0YzpvcGVuZG9jdW1lbnQ6eG1sbnM6dGV4dDoxLjAiIHhtbG5zOnRhYmxlPSJ1cm46b2FzaXM6bmFtZXM6dGM6b3BlbmRv"
            + "Y3VtZW50OnhtbG5zOnRhYmxlOjEuMCIgb2ZmaWNlOnZlcnNpb249IjEuMyI+PG9mZmljZTpib2R5PjxvZmZpY2U6dGV4dD48dGV4"
            + "dDpwPtCU0L7RgNC+0LbQvdCw0Y8g0LrQsNGA0YLQsDwvdGV4dDpwPjx0YWJsZTp0YWJsZSB0YWJsZTpleHQ+vzAiIG9mZmljvWxl"
            + "OnRhYmxlIHRhYmxlbnRsdW1uZTpleHQ+vzB1bWJlcmVudGx1bW5zLXJlcGVhdGVkPSI0Ii9sZTp0YWJsZSB0YWJsZWhlYWRlcmVy"
            + "b3dzbGU6dGFibGUgdGFibGVyb3dsZTp0YWJsZSB0YWJsZW5lbGx0OnA+0JTQvtHihJYg0L8v0L90OnA+PHRhYmxlLzp0YWJsZSB0"
            + "YWJsZW5lbGx0OnB0YWJsZSB0YWJsZW5lbGx0OnA+0JTQvtHQnNC1ttC90LC/ttC9uNGPL3RluNC1dDpwPjx0YWJsZS86dGFibGUg"
            + "dGFibGVuZWxsdDpwdGFibGUgdGFibGVuZWxsdDpwPtCU0L7R0KG20L3QsLrQuHQ6cD48dGFibGUvOnRhYmxlIHRhYmxlbmVsbHQ6"
            + "cHRhYmxlIHRhYmxlbmVsbHQ6cD7QlNC+0dCeL3RlstC1toLRgS90ZbLQtY8g0L3Ri9C1dDpwPjx0YWJsZS86dGFibGUgdGFibGVu"
            + "ZWxsdDovOnRhYmxlIHRhYmxlcm93bGUvOnRhYmxlIHRhYmxlaGVhZGVyZXJvd3NsZTp0YWJsZSB0YWJsZXJvd2xlOnRhYmxlIHRh"
            + "YmxlbmVsbHQ6cD7QlNC+0TEudDpwPjx0YWJsZS86dGFibGUgdGFibGVuZWxsdDpwdGFibGUgdGFibGVuZWxsdDpwPtCU0L7R0JzQ"
            + "tbbQvbB0OnA+PHRhYmxlLzp0YWJsZSB0YWJsZW5lbGx0OnB0YWJsZSB0YWJsZW5lbGx0OnA+0JTQvtEyMDIydDpwPjx0YWJsZS86"
            + "dGFibGUgdGFibGVuZWxsdDpwdGFibGUgdGFibGVuZWxsdDpwPtCU0L7R0JjQnNCmdDpwPjx0YWJsZS86dGFibGUgdGFibGVuZWxs"
            + "dDovOnRhYmxlIHRhYmxlcm93bGUvOnRhYmxlIHRhYmxsZS9hYmxlLzp0bKEvOnRsoS8vOnRhYmxlIHRhYmxlcm93oS86dGxpuA==")!,
        Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content><office:body><office:text><text:p>".utf8)
            + Data([0xD0, 0x94, 0xD1, 0xE2, 0x84, 0x96]) + Data("</text:p></office:text></office:body></office:document-content>".utf8),
    ]

    @Test(arguments: partsThatAreNotUTF8)
    func aPartThatIsNotUTF8IsAnErrorNotACrash(content: Data) throws {
        let data = try F.zip([("mimetype", Data("application/vnd.oasis.opendocument.text".utf8)), ("content.xml", content)])
        let problem = error(data, name: "broken.odt")
        #expect(problem?.message.contains("not UTF-8") == true)
    }

    /// A mutated `.odt` (named `.docx`) whose damaged deflate stream never ends: ZIPFoundation's
    /// inflater read on past the entry and then looped forever on empty reads, so `karta import`
    /// hung. The reader now feeds the inflater only the entry's own bytes.
    static let streamThatNeverEnds = Data(base64Encoded:
            "UEsDBBQAAAgIAAAAIQBexjIMKQAAACcAAAAIAAAAbWltZXR5cGVLLCjIyUxOLMnMz9Mvy0vRy08szizWyy9IzUvJTy7NTc0r0StJ"
            + "rSgBAFBLAwQUAAAICAAAACEAy+/6h10BAABsBAAACwAAAGNvbnRlbnQueG1srVTNTsJAEH6VZu+wgB7Mpi03nwAfoLSDNml3SbdV"
            + "vCHx5oGLMR6MiRfPxARDSIBXmL6CT+LQAlKVSIqX/Zn5vv2+mc2u2eyFgXEJkfaVtFi9WmMGSFd5vjy32FnrtHLCmrapOh3fBeEp"
            + "NwlBxhVXyZhmg8hSizxrsSSSQjna10I6IWgRu0J1Qa5ZYhstMqk8EkMv3pe9xBa4TjvYWzoD5+yVi63Kj9imzrbyrjebpaJtZrpd"
            + "G+9xnvZxju84w1E6NHBKUz8d4MjkK4yZy2Sjka+XRyzWqrNCktoYJKFcY5KwDdEqpisRdMGJwbPYMeNF2gU4HiEjdaWLCYp8E4Ag"
            + "2Hj/uH0wcMFx8eWU/wLeRccnHGelL2icpEOqeYLjkme9ZCdNcVKS/0zqb+RnkN7kK7qOWXr3hx/+o1n8H/parx7U0FE5dqPWaJTU"
            + "fSTl1wMaRbuV2+CFZ8N3fBb2J1BLAQIVAxQAAAgIAAAAIQBexjIMKQAAACcAAAAIAAAAAAAAAAAAAACkgQAAAABtaW1ldHlwZVBL"
            + "AQIVAxQAAAgIAAAAIQDL7/qHXQEAAGwEAAALAAAAAAAAAAAAAACkgU8AAABjb250ZW50LnhtbFBLBQYAAAAAAgACAG8AAADVAQAA"
            + "AAA=")!

    @Test func aDamagedStreamIsAnErrorNotAHang() {
        let problem = error(Self.streamThatNeverEnds, name: "mutated.docx")
        #expect(problem?.message.contains("damaged") == true)
    }

    @Test func randomAndMutatedArchivesNeverCrashOrHang() async throws {
        let valid = [try F.docx(Self.sample), try F.odt(F.odtP("Дорожная карта") + F.odtTable([F.roadmapHeader, ["1.", "Мера", "2022", "ИМЦ"]]))]
        await propertyCheck(count: 150, input: Gen.int(in: 0...1_000_000).array(of: 1...12)) { numbers in
            var data = valid[numbers[0] % valid.count]
            for number in numbers.dropFirst() {
                let position = number % max(data.count, 1)
                switch number % 4 {
                case 0: data[position] ^= UInt8(truncatingIfNeeded: number >> 3) | 1
                case 1: data = data.prefix(position)
                case 2: data.insert(UInt8(truncatingIfNeeded: number), at: position)
                default: data.remove(at: position)
                }
                if data.isEmpty { break }
            }
            _ = Importer.convert(data, file: "mutated.docx")
        }
        await propertyCheck(count: 100, input: Gen.int(in: 0...255).array(of: 0...600)) { bytes in
            // Random bytes behind a ZIP signature, so the archive reader is the one that sees them.
            _ = Importer.convert(Data([0x50, 0x4B, 0x03, 0x04] + bytes.map { UInt8($0) }), file: "random.docx")
        }
    }
}
