/// A paragraph or a list item of a cell, before it is written as Markdown. Lines are raw text
/// (unescaped); bold runs are marked with `CellHTML.boldOpen` / `boldClose`.
struct TextBlock: Equatable {
    enum Kind: Equatable { case paragraph, item }
    var kind: Kind
    var lines: [String]
}

/// Reads the small HTML vocabulary Word exports put into cells (`<p>`, `<ul style=…>`, `<li>`,
/// `<b>`, `<br>`, and harmless wrappers such as `<span>`) into paragraphs and list items.
/// Text without tags is read line by line: `- ` lines are list items, a line after an item continues
/// it unless it starts a new sentence (a capital letter), blank lines end a paragraph.
enum CellHTML {
    static let boldOpen: Character = "\u{E000}"
    static let boldClose: Character = "\u{E001}"
    static let boldOpenScalar: Unicode.Scalar = "\u{E000}"
    static let boldCloseScalar: Unicode.Scalar = "\u{E001}"

    /// Whether the text holds a bold marker (looked for by scalar: comparing Characters is slow).
    static func hasBoldMarkers(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == boldOpenScalar || $0 == boldCloseScalar }
    }

    /// The text without bold markers.
    static func withoutBoldMarkers(_ text: String) -> String {
        guard hasBoldMarkers(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar != boldOpenScalar && scalar != boldCloseScalar { result.append(scalar) }
        return String(result)
    }

    static let blockTags: Set<String> = ["p", "div", "ul", "ol", "li", "br", "table", "tr", "td", "th"]
    static let inlineTags: Set<String> = ["b", "strong", "i", "em", "u", "span", "font", "sup", "sub", "a", "s"]

    enum Token: Equatable {
        case text(String)
        case open(String)
        case close(String)
    }

    static func hasTags(_ text: String) -> Bool {
        tokens(text).contains { if case .text = $0 { false } else { true } }
    }

    /// Splits text into tags (only known tag names) and text; anything else that starts with `<`
    /// stays text.
    static func tokens(_ text: String) -> [Token] {
        // Most cells have no `<` at all: then they are one text token.
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text.isEmpty ? [] : [.text(text)] }
        var tokens: [Token] = []
        var buffer = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "<", let (token, end) = tag(in: text, at: index) {
                if !buffer.isEmpty { tokens.append(.text(buffer)); buffer = "" }
                tokens.append(token)
                index = end
                continue
            }
            buffer.append(character)
            index = text.index(after: index)
        }
        if !buffer.isEmpty { tokens.append(.text(buffer)) }
        return tokens
    }

    private static func tag(in text: String, at start: String.Index) -> (Token, String.Index)? {
        var index = text.index(after: start)
        var closing = false
        if index < text.endIndex, text[index] == "/" { closing = true; index = text.index(after: index) }
        let nameStart = index
        while index < text.endIndex, text[index].isASCII, text[index].isLetter { index = text.index(after: index) }
        let name = text[nameStart..<index].lowercased()
        guard !name.isEmpty, blockTags.contains(name) || inlineTags.contains(name) else { return nil }
        guard index < text.endIndex, text[index] == ">" || text[index] == " " || text[index] == "/" else { return nil }
        // Attributes: up to the next '>' that is not inside quotes, on the same line.
        var quote: Character?
        while index < text.endIndex {
            let character = text[index]
            if character == "\n" { return nil }
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ">" {
                let selfClosing = text[text.index(before: index)] == "/"
                let token: Token = closing ? .close(name) : (selfClosing && name != "br" ? .close(name) : .open(name))
                return (token, text.index(after: index))
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// The blocks of a cell's raw text.
    static func blocks(_ raw: String) -> [TextBlock] {
        let tokens = tokens(raw)
        let hasTags = tokens.contains { if case .text = $0 { false } else { true } }
        let blocks = hasTags ? htmlBlocks(tokens) : plainBlocks(raw)
        return blocks.compactMap(finish)
    }

    // MARK: - Plain text

    static func plainBlocks(_ raw: String) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var current: TextBlock?
        func flush() {
            if let block = current { blocks.append(block) }
            current = nil
        }
        for rawLine in raw.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = TextTools.trimmedSpaces(rawLine)
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("- ") {
                flush()
                current = TextBlock(kind: .item, lines: [String(line.dropFirst(2))])
                continue
            }
            if var block = current {
                if block.kind == .item, TextStart(line) == .upper || startsNumberedPoint(line) {
                    flush()
                    current = TextBlock(kind: .paragraph, lines: [line])
                } else {
                    block.lines.append(line)
                    current = block
                }
            } else {
                current = TextBlock(kind: .paragraph, lines: [line])
            }
        }
        flush()
        return blocks
    }

    /// `2. Выявление…`, `2.1. …`, `3) …`: a numbered point, not the continuation of a list item.
    static func startsNumberedPoint(_ line: String) -> Bool {
        let digits = line.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard let first = digits.first, first.isNumber else { return false }
        let rest = line.dropFirst(digits.count)
        if digits.hasSuffix(".") { return rest.first == " " }
        return rest.hasPrefix(") ")
    }

    // MARK: - HTML

    static func htmlBlocks(_ tokens: [Token]) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var current: TextBlock?
        var bold = false
        var listDepth = 0
        var inItem = false
        func flush() {
            if let block = current { blocks.append(block) }
            current = nil
        }
        func append(_ text: String) {
            let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (offset, part) in parts.enumerated() {
                if current == nil {
                    if part.allSatisfy(\.isWhitespace) { continue }
                    current = TextBlock(kind: .paragraph, lines: [""])
                }
                if offset > 0 { current!.lines.append("") }
                current!.lines[current!.lines.count - 1] += part
            }
        }
        for token in tokens {
            switch token {
            case .text(let text):
                // `<ul> - a; - b</ul>`: items printed with dashes but no `<li>`.
                if listDepth > 0, !inItem, current == nil, let items = bareItems(text) {
                    blocks += items.map { TextBlock(kind: .item, lines: [$0]) }
                    continue
                }
                append(text)
            case .open(let name):
                switch name {
                case "ul", "ol":
                    listDepth += 1
                    flush()
                case "p", "div", "table", "tr", "td", "th":
                    flush()
                case "li":
                    flush()
                    inItem = true
                    current = TextBlock(kind: .item, lines: [""])
                case "br":
                    if current != nil { current!.lines.append("") }
                case "b", "strong":
                    if !bold { bold = true; append(String(boldOpen)) }
                default:
                    break
                }
            case .close(let name):
                if name == "ul" || name == "ol" { listDepth = max(0, listDepth - 1) }
                if name == "li" { inItem = false }
                switch name {
                case "p", "div", "ul", "ol", "li", "table", "tr", "td", "th":
                    if bold { bold = false; append(String(boldClose)) }
                    flush()
                case "b", "strong":
                    if bold { bold = false; append(String(boldClose)) }
                default:
                    break
                }
            }
        }
        if bold { append(String(boldClose)) }
        flush()
        return blocks
    }

    /// The items of list text that starts with a dash and separates items with «; - »; nil for
    /// other text. The «;» stays with the item it ends, as printed.
    static func bareItems(_ text: String) -> [String]? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let marker = ["- ", "– ", "— "].first(where: trimmed.hasPrefix) else { return nil }
        let body = String(trimmed.dropFirst(marker.count))
        let items = body.components(separatedBy: ";" + " " + marker.trimmingCharacters(in: .whitespaces) + " ")
        return items.enumerated().map { index, item in
            let text = item.trimmingCharacters(in: .whitespacesAndNewlines)
            return index < items.count - 1 ? text + ";" : text
        }
    }

    /// Trims lines, drops empty ones at the ends, strips a printed list marker from an item, marks
    /// balanced `**` pairs as bold, and drops the block when nothing is left.
    static func finish(_ block: TextBlock) -> TextBlock? {
        var lines = block.lines.map { line in
            TextTools.trimmedSpaces(Substring(TextTools.removeBookmarks(line)))
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        // Several empty lines inside a block stay one break.
        lines = lines.enumerated().compactMap { index, line in
            line.isEmpty && index > 0 && lines[index - 1].isEmpty ? nil : line
        }
        guard !lines.isEmpty else { return nil }
        if block.kind == .item {
            for marker in ["- ", "– ", "— ", "• ", "· "] where lines[0].hasPrefix(marker) {
                lines[0] = lines[0].dropFirst(marker.count).trimmingCharacters(in: .whitespaces)
                break
            }
        }
        lines = markBold(lines).map(tidyBold)
        let visible = withoutBoldMarkers(lines.joined())
        guard !visible.allSatisfy(\.isWhitespace) else { return nil }
        return TextBlock(kind: block.kind, lines: lines)
    }

    /// `**` printed in the text: when they pair up within the block, they are bold markers.
    static func markBold(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0.utf8.contains(UInt8(ascii: "*")) }) else { return lines }
        let count = lines.reduce(0) { $0 + $1.components(separatedBy: "**").count - 1 }
        guard count >= 2, count % 2 == 0 else { return lines }
        var open = false
        return lines.map { line in
            let parts = line.components(separatedBy: "**")
            // A bold run that spans lines is closed at each line end and reopened on the next line.
            var result = open ? String(boldOpen) + parts[0] : parts[0]
            for part in parts.dropFirst() {
                result.append(open ? boldClose : boldOpen)
                open.toggle()
                result += part
            }
            if open { result.append(boldClose) }
            return result
        }
    }

    /// Bold markers hug their text (spaces move outside), empty pairs go, and a line whose markers
    /// do not pair up loses them (the words stay).
    static func tidyBold(_ line: String) -> String {
        guard hasBoldMarkers(line) else { return line }
        var characters = Array(line)
        var changed = true
        while changed {
            changed = false
            var index = 0
            while index + 1 < characters.count {
                let (a, b) = (characters[index], characters[index + 1])
                if a == boldOpen, b == boldClose {
                    characters.removeSubrange(index...(index + 1))
                    changed = true
                    continue
                }
                if (a == boldOpen && b.isWhitespace) || (a.isWhitespace && b == boldClose) {
                    characters.swapAt(index, index + 1)
                    changed = true
                }
                index += 1
            }
        }
        var depth = 0
        var balanced = true
        for character in characters {
            if character == boldOpen { depth += 1 }
            if character == boldClose { depth -= 1 }
            if depth < 0 || depth > 1 { balanced = false }
        }
        if depth != 0 { balanced = false }
        if !balanced { characters.removeAll { $0 == boldOpen || $0 == boldClose } }
        return String(characters)
    }
}
