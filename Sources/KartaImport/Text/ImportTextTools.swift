import Foundation
import KartaModel

/// Small text operations the importer repeats everywhere.
enum TextTools {
    /// Removes Word's `[bookmark: _GoBack]` artefacts.
    static func removeBookmarks(_ text: String) -> String {
        guard contains(text, "[bookmark:") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "[bookmark:") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "]") else {
                rest = rest[start.lowerBound...]
                break
            }
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    /// Trims spaces (not line breaks) at both ends of every line and the blank lines around the text.
    static func trimLines(_ text: String) -> String {
        if !hasLineBreak(text) { return trimmedSpaces(Substring(text)) }
        let joined = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map(trimmedSpaces)
            .joined(separator: "\n")
        guard let first = joined.firstIndex(where: { !$0.isWhitespace }), let last = joined.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(joined[first...last])
    }

    /// Whether the text holds a line break (`\n` or `\r`), looked for in bytes: most cells hold none,
    /// and then trimming their one line is all the line-wise helpers do.
    static func hasLineBreak(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }

    /// Whether `needle` occurs in `text`, comparing UTF-8 bytes: Foundation's `contains` bridges to
    /// `NSString` and compares grapheme by grapheme, which dominated the import of big exports. The
    /// texts compared are already folded (lower-case, `ё` → `е`), so bytes are enough.
    static func contains(_ text: String, _ needle: String) -> Bool {
        let haystack = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        guard haystack.count >= pattern.count else { return false }
        let first = pattern[0]
        for start in 0...(haystack.count - pattern.count) where haystack[start] == first {
            if haystack[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
        }
        return false
    }

    /// The line without spaces and TABs at its ends: `trimmingCharacters(in: .whitespaces)` without
    /// Foundation's bridging, which dominated the import of big exports.
    static func trimmedSpaces(_ line: Substring) -> String {
        func isSpace(_ character: Character) -> Bool { character.isWhitespace && !character.isNewline }
        guard let first = line.firstIndex(where: { !isSpace($0) }), let last = line.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(line[first...last])
    }

    /// Collapses every run of white space (line breaks included) into one space and trims.
    static func oneLine(_ text: String) -> String {
        if !hasLineBreak(text) { return trimmedSpaces(Substring(text)) }
        return text.split(whereSeparator: { $0 == "\n" }).map(trimmedSpaces)
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The text without HTML tags and `**` markers: block tags become line breaks.
    static func plain(_ text: String) -> String {
        // Most cells are plain words: without tags, `**`, bookmarks or `- ` items, reading them into
        // blocks only trims their lines and drops the blank ones. Called for every cell several times.
        // Scalars, not Characters: comparing Cyrillic Characters normalises them every time.
        if !text.unicodeScalars.contains(where: { $0 == "<" || $0 == "*" || $0 == "[" || $0 == CellHTML.boldOpenScalar || $0 == CellHTML.boldCloseScalar }) {
            let lines = hasLineBreak(text) ? text.split(separator: "\n").map(trimmedSpaces).filter { !$0.isEmpty } : [trimmedSpaces(Substring(text))].filter { !$0.isEmpty }
            if !lines.contains(where: { $0.hasPrefix("- ") }) { return lines.joined(separator: "\n") }
        }
        return CellHTML.withoutBoldMarkers(CellHTML.blocks(text).map { $0.lines.joined(separator: "\n") }.joined(separator: "\n")
            .replacingOccurrences(of: "**", with: ""))
    }

    /// Lower-case, `ё` → `е`, runs of white space → one space.
    static func normalized(_ text: String) -> String {
        oneLine(RussianText.foldingYo(text.lowercased()))
    }

    /// A printed row number: `1.`, `2..`, `4`, `7.1`, `5.1.1`, `5.1.2.`, `331` (at most three digits a
    /// part, so a year such as `2021` is not one).
    static func isRowNumber(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = parts.first, !first.isEmpty else { return false }
        var sawEmpty = false
        for part in parts {
            if part.isEmpty { sawEmpty = true; continue }
            if sawEmpty { return false }  // "1..2"
            guard part.count <= 3, part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        }
        return true
    }

    /// `5. Мероприятия …` → ("5.", "Мероприятия …") when a number was printed in front of the text.
    static func splitNumberPrefix(_ text: String) -> (number: String, rest: String)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let space = trimmed.firstIndex(where: { $0 == " " }) else { return nil }
        let number = String(trimmed[..<space])
        let rest = trimmed[space...].trimmingCharacters(in: .whitespaces)
        guard isRowNumber(number), number.contains("."), !rest.isEmpty, rest.first?.isLetter == true else { return nil }
        return (number, rest)
    }

    /// The numeric parts of a row number: `5.1.2.` → [5, 1, 2].
    static func numberParts(_ text: String) -> [Int]? {
        guard isRowNumber(text) else { return nil }
        return text.split(separator: ".").compactMap { Int($0) }
    }

    static func isYear(_ text: String) -> Bool {
        text.count == 4 && text.allSatisfy { $0.isASCII && $0.isNumber } && (1900...2199).contains(Int(text) ?? 0)
    }

    /// Academic years printed anywhere in a text (a title, a stamp) as «2020/2021 учебный год», «2020/21 уч. г.»,
    /// «2020–2021 учебного года», «2020-2021 уч.г.»: September of the first year to August of the second
    /// (`AcademicYear`), given as its two years. A deadline cell is read whole by the content's deadline parser.
    static func academicYears(in text: String) -> [(Int, Int)] {
        let folded = normalized(text)
        return folded.matches(of: #/(\d{4})\s*[\/\-–—]\s*(\d{4}|\d{2})\s*(?:учебн[а-я]*\s+год|уч\.?\s*г\.?|уч\.?\s*год)/#).compactMap { match in
            guard let from = Int(match.1), let printed = Int(match.2),
                  let academic = AcademicYear(first: from, printedSecond: printed, digits: match.2.count) else { return nil }
            return (academic.first, academic.last)
        }
    }

    /// Four-digit years 1990–2099 standing alone in a text (not inside a longer number).
    static func years(in text: String) -> [Int] {
        var found: [Int] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index].isASCII, ("0"..."9").contains(scalars[index]) else { index += 1; continue }
            var end = index
            while end < scalars.count, scalars[end].isASCII, ("0"..."9").contains(scalars[end]) { end += 1 }
            if end - index == 4 {
                let value = Int(String(String.UnicodeScalarView(scalars[index..<end]))) ?? 0
                if (1990...2099).contains(value) { found.append(value) }
            }
            index = max(end, index + 1)
        }
        return found
    }

    /// Whether «», () and "" opened in the text are all closed.
    static func unclosedBracket(_ text: String) -> Bool {
        var depth = BracketDepth()
        for character in text { depth.read(character) }
        return depth.isOpen
    }

    /// Whether the text closes a bracket it did not open (`… 2020-2022 гг.)`).
    static func closesUnopenedBracket(_ text: String) -> Bool {
        var guillemets = 0
        var parentheses = 0
        for character in text {
            switch character {
            case "«": guillemets += 1
            case "»": if guillemets == 0 { return true } else { guillemets -= 1 }
            case "(": parentheses += 1
            case ")": if parentheses == 0 { return true } else { parentheses -= 1 }
            default: break
            }
        }
        return false
    }
}

/// How a piece of text begins, as evidence for whether it continues the text before it.
enum TextStart: Equatable {
    /// A lower-case letter or punctuation that cannot start a sentence: a continuation.
    case lower
    /// A list marker (`- `, `• `): a new list item of the text before.
    case listItem
    /// A capital letter (not an abbreviation): a new sentence.
    case upper
    /// Digits, quotes, brackets, abbreviations in capitals: no evidence either way.
    case neutral

    init?(_ raw: String) {
        let blocks = CellHTML.blocks(raw)
        if blocks.first?.kind == .item { self = .listItem; return }
        let text = TextTools.plain(raw).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let first = text.first else { return nil }
        if "-–—•·".contains(first), text.dropFirst().first?.isWhitespace ?? false {
            self = .listItem
        } else if first.isLetter {
            if first.isLowercase {
                self = .lower
            } else {
                let word = text.prefix { $0.isLetter }
                self = word.count >= 2 && word.allSatisfy(\.isUppercase) ? .neutral : .upper
            }
        } else if ",;:.)»”…".contains(first) {
            self = .lower
        } else {
            self = .neutral
        }
    }
}

/// How a piece of text ends, as evidence for whether the next piece continues it.
enum TextEnd: Equatable {
    /// Ends on a comma, an open bracket, a dash, a preposition or conjunction: certainly unfinished.
    case unfinished
    /// Ends on a word: perhaps unfinished.
    case open
    /// Ends on a full stop, a closing bracket or quote: finished.
    case finished

    init?(_ raw: String) {
        let text = TextTools.plain(raw).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let last = text.last else { return nil }
        if TextTools.unclosedBracket(text) {
            self = .unfinished
        } else if ",:(«-–—/".contains(last) {
            self = .unfinished
        } else if last.isLetter {
            let word = String(text.reversed().prefix { $0.isLetter }.reversed()).lowercased()
            self = Self.linkWords.contains(word) ? .unfinished : .open
        } else if last.isNumber || last == ";" || last == "%" {
            self = .open
        } else {
            self = .finished
        }
    }

    /// Prepositions and conjunctions a sentence cannot end on.
    static let linkWords: Set<String> = [
        "и", "или", "а", "но", "в", "во", "на", "по", "с", "со", "к", "ко", "для", "о", "об", "от", "до", "из",
        "за", "при", "через", "над", "под", "между", "без", "также", "как", "что", "чтобы", "которые", "который",
        "которых", "их", "его", "ее", "её", "не", "ни", "у",
    ]
}
