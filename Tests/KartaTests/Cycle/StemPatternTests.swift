import Foundation
@testable import KartaContent
import KartaModel
import Testing

/// The stems are matched without regular expressions (`StemPattern`); every stem must still find exactly the
/// match `NSRegularExpression` finds for the same expression, on every bundled activity and on texts built to
/// reach the corners: word boundaries beside marks, letters beyond the BMP, long runs, text heads.
@Suite("Stem patterns")
struct StemPatternTests {
    /// What the classifier ran before: the stem's expression through ICU, in UTF-16 offsets.
    static func regexHits(in plain: String) -> [StageStem.Hit?] {
        StageClassifier.stems.map { stem in
            let regex = try! NSRegularExpression(pattern: stem.expression)
            guard let match = regex.firstMatch(in: plain, range: NSRange(location: 0, length: plain.utf16.count)) else { return nil }
            return StageStem.Hit(start: match.range.location, length: match.range.length)
        }
    }

    static func describe(_ hits: [StageStem.Hit?]) -> [String] {
        zip(StageClassifier.stems, hits).compactMap { stem, hit in hit.map { "\(stem.fragment) @\($0.start)+\($0.length)" } }
    }

    /// Every activity text of the bundled `Content/`: roadmap items and subitems, plan cells.
    static let bundledTexts: [String] = {
        let root = TestPaths.packageRoot.appendingPathComponent("Content").path
        guard let content = ContentLoader(root: root, purpose: .comparison).load().content else { return [] }
        var texts: [String] = []
        for roadmap in content.roadmaps {
            for item in roadmap.items { texts += [item.text] + item.subitems.map(\.text) }
        }
        for plan in content.plans {
            for row in plan.sections.flatMap(\.rows) {
                for case .text(let text) in row.cells.values { texts.append(text) }
            }
        }
        return texts
    }()

    @Test func bundledContentHasActivities() {
        #expect(Self.bundledTexts.count > 300)
    }

    @Test func everyBundledActivityMatchesAsTheRegularExpressionsDid() {
        var differing: [String] = []
        for text in Self.bundledTexts {
            let plain = StageClassifier.normalized(text)
            let new = StageClassifier.firstHits(in: plain)
            let old = Self.regexHits(in: plain)
            if Self.describe(new) != Self.describe(old) { differing.append(text) }
        }
        #expect(differing.isEmpty, "\(differing.count) texts differ, first: \(differing.first ?? "")")
    }

    static let corners: [String] = [
        "",
        "анализ",
        "анализа эффективности принятых мер и анализ",
        "Проведение анализа результатов мониторинга, принятие управленческих мер",
        "рекомендации педагогам школ района с низкими результатами по итогам мониторинга",
        "рекомендации один два три четыре пять шесть семь по итогам",
        "определение и обоснование целей",
        "первое второе определение целей",
        "первое второе третье определение целей",
        "разработка «положения о системе",
        "разработка и утверждение программы развития",
        "утверждение плана",
        "приказ об утверждении",
        "создание рабочей группы",
        "контрольно-измерительных материалов",
        "контрольно - измерительных",
        "контрольно‑измерительных",
        "электронного (цифрового) паспорта",
        "электронного цифрового паспорта",
        "работа с педагогами",
        "работа со школами",
        "работать с",
        "разработка",
        "изменения смены",
        "смен",
        "самоанализ и анализ",
        "о́бучение а́нализ",
        "\u{301}анализ",
        "x\u{200E}анализ",
        "😀 анализ мониторинга 😀 рекомендации по итогам",
        "𝐀анализ",
        "анализ_данных",
        "1анализ",
        "рекомендаци" + String(repeating: "рекомендаци", count: 2_000),
        String(repeating: "а", count: 5_000) + " анализ",
        String(repeating: "мониторинга ", count: 300),
        "процедуры по независимой оценки",
        "процедур оценки",
        "оценка предметных компетенций",
        "оценка профессиональных компетенций",
        "перечень значимых мероприятий",
        "определение перечня мероприятий",
        "порядка и порядок",
        "сбор и анализ данных",
        "сбор данных",
        "банк ким",
        "программы мониторинга",
        "принятие мер",
    ]

    @Test(arguments: corners)
    func cornerMatchesAsTheRegularExpressionsDid(_ text: String) {
        let plain = StageClassifier.normalized(text)
        #expect(Self.describe(StageClassifier.firstHits(in: plain)) == Self.describe(Self.regexHits(in: plain)))
    }

    @Test(arguments: [
        ("[а-яёa-z-]{0,50}+", StemPattern.repetition(.scalar(ScalarClass(ranges: [0x430...0x44F, 0x451...0x451, 0x61...0x7A, 0x2D...0x2D])), min: 0, max: 50, possessive: true)),
        ("со?\\b", .sequence([.literal(["с"]), .repetition(.literal(["о"]), min: 0, max: 1, possessive: false), .wordBoundary])),
        ("^(а|б)", .sequence([.textStart, .alternation([.literal(["а"]), .literal(["б"])])])),
        ("\\(?x", .sequence([.repetition(.literal(["("]), min: 0, max: 1, possessive: false), .literal(["x"])])),
    ])
    func parsing(_ expression: String, _ expected: StemPattern) {
        #expect(StemPattern(parsing: expression) == expected)
    }
}

/// The shortcuts for ASCII and Cyrillic in `\b` and `\S` must say what the Unicode properties say.
@Suite("Stem pattern scalar shortcuts")
struct StemPatternShortcutTests {
    @Test(arguments: [UInt32(0)...0x7F, 0x400...0x52F])
    func shortcutsAgreeWithProperties(_ range: ClosedRange<UInt32>) {
        for value in range {
            let scalar = Unicode.Scalar(value)!
            let properties = scalar.properties
            let isWord = properties.isAlphabetic || scalar == "\u{200C}" || scalar == "\u{200D}"
                || [.nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation].contains(properties.generalCategory)
            #expect(WordBoundary.isWord(scalar) == isWord, "U+\(String(value, radix: 16))")
            let isSpace = ["\t", "\n", "\u{0C}", "\r"].contains(scalar)
                || [.spaceSeparator, .lineSeparator, .paragraphSeparator].contains(properties.generalCategory)
            #expect(ScalarClass.isSpace(scalar) == isSpace, "U+\(String(value, radix: 16))")
            let ignored = properties.isGraphemeExtend || properties.generalCategory == .format
            let text: [Unicode.Scalar] = ["a", scalar]
            // An ignored scalar is never a boundary before it; «a» then a non-word, non-ignored scalar is.
            if ignored { #expect(!WordBoundary.isBoundary(in: text, at: 1), "U+\(String(value, radix: 16))") }
            else { #expect(WordBoundary.isBoundary(in: text, at: 1) == !isWord, "U+\(String(value, radix: 16))") }
        }
    }
}
