import Foundation
@testable import KartaContent
import KartaDiff
import KartaImport
import KartaMarkdown
import KartaModel
import PropertyBased
import Testing

/// No input crashes or hangs the YAML loader, the deadline parser, the importer, the Markdown
/// renderer or the diff. Inputs are bounded (a few hundred tokens, 100–200 cases per property) so the
/// suite stays fast; a failure prints the seed that reproduces it (`.fixedSeed(…)`).
@Suite("Robustness: property-based", .timeLimit(.minutes(2)))
struct RobustnessPropertyTests {
    /// Pieces of YAML syntax and of Karta's keys, so random text hits the parser's and loaders' corners.
    static let yamlTokens = [
        "a", "я", ":", ": ", " ", "  ", "\n", "\n  ", "\n    ", "- ", "\"", "'", "[", "]", "{", "}", "#", "&a", "*a", "!!str", "!!binary",
        "|", ">", "%YAML 1.2", "---", "...", "@", "`", "\t", "?", ",", "\\", "0", "2019", "-1", "1e9999", "~", "null", "true",
        "\u{0}", "\u{FEFF}", "\r", "\r\n", "\u{2028}", "😀", "title", "sections", "items", "id", "text", "direction", "deadline",
        "responsible", "columns", "key", "number", "subitems", "period", "from", "to", "approval", "date", "2020-02-30", "<<",
    ]

    /// Random edits (insert a token, delete a run, duplicate a line) of a valid file: the input
    /// stays close to real content, so it gets past the parser into the loaders.
    static func mutate(_ text: String, with numbers: [Int], tokens: [String]) -> String {
        var scalars = Array(text.unicodeScalars)
        for number in numbers {
            let position = scalars.isEmpty ? 0 : (number / 3) % (scalars.count + 1)
            switch number % 3 {
            case 0: scalars.insert(contentsOf: tokens[(number / 7) % tokens.count].unicodeScalars, at: position)
            case 1: scalars.removeSubrange(position..<min(scalars.count, position + number % 40))
            default:
                let lineStart = scalars[..<position].lastIndex(of: "\n").map { $0 + 1 } ?? 0
                let lineEnd = scalars[position...].firstIndex(of: "\n") ?? scalars.count
                scalars.insert(contentsOf: Array(scalars[lineStart..<lineEnd]) + ["\n"], at: lineStart)
            }
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    @Test func yamlLoaderNeverCrashesOnMutatedRoadmaps() async throws {
        try await withTemporaryDirectoryAsync { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let file = "oblast/gorod/roadmaps/msoko-2020.yaml"
            let original = try site.read(file)
            await propertyCheck(count: 150, input: Gen.int(in: 0...1_000_000).array(of: 1...12)) { numbers in
                let mutated = Self.mutate(original, with: numbers, tokens: Self.yamlTokens)
                try? site.write(mutated, to: file)
                let result = site.load()
                // Whatever the text, loading ends with a model or with located errors.
                #expect(result.content != nil || result.diagnostics.hasErrors)
                for error in result.diagnostics.errors where error.location.file.hasSuffix(file) {
                    #expect(error.location.line <= mutated.split(separator: "\n", omittingEmptySubsequences: false).count + 1)
                }
            }
        }
    }

    @Test func yamlParserNeverCrashesOnRandomTokens() async {
        await propertyCheck(count: 200, input: Gen.element(of: Self.yamlTokens).array(of: 0...120)) { tokens in
            let text = tokens.compactMap { $0 }.joined()
            switch YAMLDocument.parse(text, file: "random.yaml") {
            case .success: break
            case .failure(let diagnostic): #expect(diagnostic.location.file == "random.yaml")
            }
        }
    }

    static let deadlineTokens = [
        "до", "с", "по", "в течение", "ежегодно", "ежемесячно", "ежеквартально", "раз в", "по итогам", "года", "учебного", "январь",
        "декабря", "август", "мая", "2019", "2020", "2021", "9999", "0", "г.", "гг.", "г", "–", "—", "-", ".", ",", ";", " ", "  ",
        "I", "IV", "квартал", "полугодие", "месяц", "числа", "15", "31", "01.09.2020", "31.12.2019", "99.99.9999", "2019-01-27",
        "?", "(", ")", "\n", "ё", "Ё", "€", "\u{0}", "\u{00A0}", "по графику", "постоянно", "в соответствии с", "сроки", "1.",
    ]

    @Test func deadlineParserNeverCrashesAndIsDeterministic() async {
        await propertyCheck(count: 200, input: Gen.element(of: Self.deadlineTokens).array(of: 0...40), Gen.int(in: 1990...2040).optional) { tokens, year in
            let text = tokens.compactMap { $0 }.joined(separator: tokens.count % 2 == 0 ? " " : "")
            let first = DeadlineParser.parse(text, defaultYear: year)
            let second = DeadlineParser.parse(text, defaultYear: year)
            #expect(String(describing: first) == String(describing: second))
        }
    }

    @Test func deadlineParserFinishesOnLongCells() {
        // A long cell (a pasted paragraph) is parsed in bounded time: the suite's time limit is the bound.
        let long = Array(repeating: "до 15 декабря 2019 г., ежегодно, в течение года; ", count: 400).joined()
        _ = DeadlineParser.parse(long, defaultYear: 2019)
    }

    static let importTokens = [
        "\t", "\t\t", "\n", "\r\n", " ", "№ п/п", "№", "Мероприятие", "Мероприятия", "Сроки", "Срок", "Ответственные", "Ответственный",
        "Показатель", "Результат", "1.", "2.", "2.1", "3", "текст мероприятия", "2020", "2018", "ГОД", "Региональный уровень",
        "Муниципальный уровень", "Уровень ОО", "Ожидаемые результаты", "Таблица 1.", "УТВЕРЖДЕНА", "приказом", "от 19.06.2020 № 179",
        "<ul>", "<li>", "</li>", "</ul>", "<br>", "&nbsp;", "-", "•", "\u{FEFF}", "\u{0}", "\u{000C}", "Приложение", "Раздел", "I.",
        "Направление", "МОУО", "ОО", "«", "»", "\"", "-", "?",
    ]

    @Test func importerNeverCrashesOnRandomTables() async {
        await propertyCheck(count: 150, input: Gen.element(of: Self.importTokens).array(of: 0...200)) { tokens in
            let result = Importer.convert(Data(tokens.compactMap { $0 }.joined().utf8), file: "random.txt")
            #expect(!result.files.isEmpty || result.diagnostics.hasErrors || result.diagnostics.isEmpty)
        }
    }

    @Test func importerNeverCrashesOnMutatedExportsOrRandomBytes() async throws {
        let folder = TestPaths.fixtures.appendingPathComponent("import")
        let exports = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
        await propertyCheck(count: 120, input: Gen.int(in: 0...1_000_000).array(of: 1...10)) { numbers in
            let original = exports[numbers[0] % exports.count]
            let mutated = Self.mutate(original, with: numbers, tokens: Self.importTokens)
            _ = Importer.convert(Data(mutated.utf8), file: "mutated.txt")
        }
        await propertyCheck(count: 100, input: Gen.int(in: 0...255).array(of: 0...400)) { bytes in
            _ = Importer.convert(Data(bytes.map { UInt8($0) }), file: "bytes.txt")
        }
    }

    @Test func markdownRendererNeverCrashesAndStaysSafe() async {
        let tokens = ["", "*", "_", "`", "```", "[", "]", "(", ")", "<", ">", "<script>", "</script>", "javascript:", "&", "&#0;", "\\", "\n", "\n\n",
                      "# ", "- ", "1. ", "> ", "|", "---", "<div>", "![a](b)", "[x](javascript:alert(1))", "\u{0}", "\u{FFFD}", "я", " "]
        let renderer = MarkdownRenderer()
        await propertyCheck(count: 200, input: Gen.element(of: tokens).array(of: 0...80)) { parts in
            let text = parts.compactMap { $0 }.joined()
            let html = renderer.html(text) + renderer.cellHTML(text)
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.lowercased().contains("href=\"javascript"))
        }
        #expect(renderer.html("") == "")
        #expect(renderer.cellHTML("") == "")
    }

    /// A roadmap against mutated copies of itself: the diff never crashes, is the same when run twice, and a
    /// version compared with itself has no changes.
    @Test func diffNeverCrashesOnMutatedRoadmaps() async throws {
        try await withTemporaryDirectoryAsync { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            let file = "oblast/gorod/roadmaps/msoko-2020.yaml"
            let original = try #require(site.load().content)
            let label = VersionLabel(kind: .folder, name: "old", detail: nil)
            let differ = ContentDiffer()
            let old = ContentDiffer.Side(content: original, root: site.root.path, label: label)
            #expect(!differ.diff(old: old, new: old).hasChanges)
            let text = try site.read(file)
            // Edits that keep the file loadable most of the time: words, numbers and line copies.
            let tokens = ["мониторинг", "анализ", " ", "2021", "ежегодно", "ИРО", "ОО", ", ", "«", "»", "\n", "-"]
            await propertyCheck(count: 100, input: Gen.int(in: 0...1_000_000).array(of: 1...8)) { numbers in
                try? site.write(Self.mutate(text, with: numbers, tokens: tokens), to: file)
                guard let changed = site.load().content else { return }
                let new = ContentDiffer.Side(content: changed, root: site.root.path, label: VersionLabel(kind: .folder, name: "new", detail: nil))
                let first = differ.diff(old: old, new: new)
                let second = differ.diff(old: old, new: new)
                #expect(first.documents.map(\.id) == second.documents.map(\.id))
                #expect(first.documents.map(\.counts) == second.documents.map(\.counts))
            }
        }
    }
}
