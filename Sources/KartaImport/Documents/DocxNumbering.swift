import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Word's automatic numbering (`word/numbering.xml`): the numbers and bullets Word prints in front
/// of paragraphs, which are not in the paragraphs' text. Counters are kept per list (`w:num`), a
/// level's use restarts the levels below it, as Word shows them.
struct DocxNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
    }

    /// abstractNumId → levels by ilvl.
    private var abstract: [String: [Int: Level]] = [:]
    /// numId → (abstractNumId, start overrides by ilvl).
    private var lists: [String: (abstract: String, starts: [Int: Int])] = [:]
    private var counters: [String: [Int: Int]] = [:]

    init() {}

    init(_ data: Data) throws(DocumentReadError) {
        let reader = NumberingXMLReader()
        try SafeXML.parse(data, part: "word/numbering.xml", delegate: reader)
        abstract = reader.abstract
        lists = reader.lists
    }

    /// What Word prints before a paragraph of list `numId` at level `level`: «1.», «2.3.», «а)», or
    /// «-» for a bullet; nil for no numbering.
    mutating func label(numId: String, level: Int) -> String? {
        guard let list = lists[numId], let levels = abstract[list.abstract], let own = levels[level] else { return nil }
        if own.format == "none" { return nil }
        if own.format == "bullet" { return "-" }
        var values = counters[numId] ?? [:]
        let start = list.starts[level] ?? own.start
        values[level] = (values[level] ?? (start - 1)) + 1
        for deeper in values.keys where deeper > level { values[deeper] = nil }
        counters[numId] = values
        var text = own.text
        for index in (0...8).reversed() where text.contains("%\(index + 1)") {
            let levelFormat = levels[index] ?? Level()
            let value = values[index] ?? (list.starts[index] ?? levelFormat.start)
            text = text.replacingOccurrences(of: "%\(index + 1)", with: Self.format(value, levelFormat.format))
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    static func format(_ value: Int, _ format: String) -> String {
        switch format {
        case "lowerLetter": letters(value, "abcdefghijklmnopqrstuvwxyz")
        case "upperLetter": letters(value, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        case "russianLower": letters(value, "абвгдежзиклмнопрстуфхцчшщэюя")
        case "russianUpper": letters(value, "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ")
        case "lowerRoman": roman(value).lowercased()
        case "upperRoman": roman(value)
        default: String(value)
        }
    }

    private static func letters(_ value: Int, _ alphabet: String) -> String {
        let letters = Array(alphabet)
        guard value > 0 else { return String(value) }
        // Word repeats the letter past the alphabet: z, aa, bb.
        let letter = letters[(value - 1) % letters.count]
        return String(repeating: letter, count: (value - 1) / letters.count + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var result = ""
        for (amount, symbol) in table {
            while rest >= amount { result += symbol; rest -= amount }
        }
        return result
    }
}

/// Reads `numbering.xml` into abstract list definitions and the lists that use them.
final class NumberingXMLReader: NSObject, XMLParserDelegate {
    var abstract: [String: [Int: DocxNumbering.Level]] = [:]
    var lists: [String: (abstract: String, starts: [Int: Int])] = [:]

    private var abstractID: String?
    private var levelIndex: Int?
    private var level = DocxNumbering.Level()
    private var numID: String?
    private var overrideLevel: Int?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let value = attributes["w:val"]
        switch name {
        case "w:abstractNum": abstractID = attributes["w:abstractNumId"]
        case "w:lvl":
            levelIndex = attributes["w:ilvl"].flatMap(Int.init)
            level = DocxNumbering.Level()
        case "w:start":
            if let value = value.flatMap(Int.init) {
                if levelIndex != nil, overrideLevel == nil { level.start = value }
            }
        case "w:numFmt": if let value { level.format = value }
        case "w:lvlText": level.text = value ?? ""
        case "w:num": numID = attributes["w:numId"]
        case "w:abstractNumId":
            if let numID, let value { lists[numID] = (value, [:]) }
        case "w:lvlOverride": overrideLevel = attributes["w:ilvl"].flatMap(Int.init)
        case "w:startOverride":
            if let numID, let overrideLevel, let value = value.flatMap(Int.init) { lists[numID]?.starts[overrideLevel] = value }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:lvl":
            if let abstractID, let levelIndex, overrideLevel == nil { abstract[abstractID, default: [:]][levelIndex] = level }
            levelIndex = nil
        case "w:abstractNum": abstractID = nil
        case "w:num": numID = nil
        case "w:lvlOverride": overrideLevel = nil
        default: break
        }
    }
}
