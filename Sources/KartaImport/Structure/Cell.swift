import KartaModel

/// A part of a cell as printed at one place in the export. A cell continued after a page break
/// holds several pieces.
struct Piece {
    var raw: String
    var line: Int
    var column: Int
    /// Joins the text before it mid-sentence (one space, same paragraph) rather than as a new
    /// paragraph or line.
    var merge: Bool
}

/// One cell of a logical row, gathered from its pieces across page breaks.
struct Cell {
    var pieces: [Piece] = []

    var isEmpty: Bool { pieces.allSatisfy { TextTools.plain($0.raw).allSatisfy(\.isWhitespace) } }
    /// Plain text of all pieces, for evidence (how the cell ends).
    var plain: String { pieces.map { TextTools.plain($0.raw) }.joined(separator: " ") }

    /// Adds text printed further down (after a page break). `strict` is for lists of short values
    /// (deadlines, parties): there «МОУО» followed by «ИМЦ» is two values, not one sentence.
    mutating func append(_ raw: String, line: Int, column: Int, strict: Bool = false) {
        let merge = pieces.isEmpty || isEmpty ? false : Self.joinsMidSentence(previous: plain, next: raw, strict: strict)
        if isEmpty { pieces = [] }
        pieces.append(Piece(raw: raw, line: line, column: column, merge: merge))
    }

    /// Whether `next` continues the sentence `previous` stopped in.
    static func joinsMidSentence(previous: String, next: String, strict: Bool = false) -> Bool {
        if let first = CellHTML.blocks(next).first, first.kind == .item { return false }
        guard let start = TextStart(next) else { return false }
        let end = TextEnd(previous)
        switch start {
        case .lower: return true
        case .listItem: return false
        case .neutral:
            // In a list of values a quoted name still belongs to the word before it: «МКУ» + «ИМЦ …».
            let quoted = TextTools.plain(next).trimmingCharacters(in: .whitespaces).first.map { "«\"„(".contains($0) } ?? false
            return end == .unfinished || (end == .open && (!strict || quoted))
        case .upper: return end == .unfinished
        }
    }
}
