/// Splits a report body into Markdown and `karta` fenced blocks, the directives that place generated
/// sections:
///
///     ```karta indicators
///     codes: ["1", "2.1"]
///     ```
///
/// A directive is a fence (three or more backticks or tildes, indented at most three spaces) whose
/// info string starts with the word `karta`; the next word names the section and the lines inside are
/// its YAML options. Fences of any other kind are passed through untouched, and so is everything in
/// them, so a code sample may show a directive without being one. The scan follows CommonMark's fence
/// rules for the lines it looks at; fences inside lists or block quotes are not directives.
enum ReportBodyScanner {
    struct Directive {
        /// The word after `karta`; empty when there is none.
        var name: String
        /// Words after the name (there should be none).
        var extra: String
        var options: String
        /// The fence's line in the file, and the column of its first backtick or tilde.
        var line: Int
        var column: Int
        /// The level of the last ATX heading above it (0 when none).
        var headingAbove: Int
        var isClosed: Bool
    }

    enum Piece {
        case markdown(String, line: Int)
        case directive(Directive)
    }

    private struct Fence {
        var marker: Character
        var length: Int
        var directive: Directive?
        var optionLines: [Substring] = []
    }

    /// `firstLine` is the file line the body starts on.
    static func split(_ body: String, firstLine: Int) -> [Piece] {
        let lines = SourceText.lines(body)
        var pieces: [Piece] = []
        var chunk: [Substring] = []
        var chunkStart = 0
        var open: Fence?
        var headingLevel = 0

        func flush(upTo index: Int) {
            if chunk.contains(where: { !$0.allSatisfy(\.isWhitespace) }) {
                pieces.append(.markdown(chunk.joined(separator: "\n"), line: firstLine + chunkStart))
            }
            chunk = []
            chunkStart = index + 1
        }

        for (index, line) in lines.enumerated() {
            if var fence = open {
                let closes = closingFence(line, marker: fence.marker, length: fence.length)
                if var directive = fence.directive {
                    if closes {
                        directive.options = fence.optionLines.joined(separator: "\n")
                        pieces.append(.directive(directive))
                        open = nil
                        chunkStart = index + 1
                    } else {
                        fence.optionLines.append(line)
                        open = fence
                    }
                    continue
                }
                chunk.append(line)
                if closes { open = nil }
                continue
            }
            if let (marker, length, info, column) = openingFence(line) {
                let words = info.split(whereSeparator: \.isWhitespace)
                if words.first == "karta" {
                    flush(upTo: index)
                    let name = words.count > 1 ? String(words[1]) : ""
                    let directive = Directive(
                        name: name, extra: words.dropFirst(2).joined(separator: " "), options: "", line: firstLine + index, column: column,
                        headingAbove: headingLevel, isClosed: true)
                    open = Fence(marker: marker, length: length, directive: directive)
                    continue
                }
                open = Fence(marker: marker, length: length, directive: nil)
            } else if let level = atxHeadingLevel(line) {
                headingLevel = level
            }
            chunk.append(line)
        }
        if let fence = open, var directive = fence.directive {
            // An unclosed fence runs to the end of the document (CommonMark); the loader reports it.
            directive.options = fence.optionLines.joined(separator: "\n")
            directive.isClosed = false
            pieces.append(.directive(directive))
        } else {
            flush(upTo: lines.count)
        }
        return pieces
    }

    /// ```` ``` ```` or `~~~` (three or more) after at most three spaces: marker, length, info string, column.
    static func openingFence(_ line: Substring) -> (Character, Int, Substring, Int)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let marker = rest.first, marker == "`" || marker == "~" else { return nil }
        let length = rest.prefix { $0 == marker }.count
        guard length >= 3 else { return nil }
        let info = rest.dropFirst(length)
        if marker == "`", info.contains("`") { return nil }
        return (marker, length, info.drop(while: \.isWhitespace), indent + 1)
    }

    static func closingFence(_ line: Substring, marker: Character, length: Int) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return false }
        let rest = line.dropFirst(indent)
        let run = rest.prefix { $0 == marker }.count
        return run >= length && rest.dropFirst(run).allSatisfy(\.isWhitespace)
    }

    /// `## Title` → 2; nil for any other line.
    static func atxHeadingLevel(_ line: Substring) -> Int? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        let level = rest.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let after = rest.dropFirst(level)
        return after.isEmpty || after.first == " " || after.first == "\t" ? level : nil
    }
}
