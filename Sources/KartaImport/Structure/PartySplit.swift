import KartaModel

/// Splits a responsible cell into parties. Semicolons and line breaks outside «» and () always
/// separate parties; a comma separates them only when the piece after it can stand as a party of
/// its own (a capital letter, an abbreviation, a person's name, or a lower-case noun phrase such as
/// «руководители ОО»). A piece that continues a clause («осуществляющие управление…»,
/// «подведомственные…», «в том числе…», «в сфере…») stays with the piece before it; a piece that
/// starts with a conjunction («и», «а также») is kept with it too and reported as unsure.
enum PartySplit {
    struct Result: Equatable {
        var parties: [String]
        /// Parties kept whole because a comma inside them could not be placed with confidence.
        var unsure: [String]
    }

    enum Decision { case split, join, unsure }

    static func split(_ text: String) -> Result {
        var result = Result(parties: [], unsure: [])
        for segment in segments(text) {
            var parties: [(text: String, unsure: Bool)] = []
            for piece in segment {
                let trimmed = piece.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty else { continue }
                guard let last = parties.indices.last else { parties.append((trimmed, false)); continue }
                switch decide(trimmed) {
                case .split: parties.append((trimmed, false))
                case .join: parties[last].text += "," + piece.trimmingTrailingWhitespace
                case .unsure:
                    parties[last].text += "," + piece.trimmingTrailingWhitespace
                    parties[last].unsure = true
                }
            }
            result.parties += parties.map(\.text)
            result.unsure += parties.filter(\.unsure).map(\.text)
        }
        return result
    }

    /// The cell's segments (between semicolons and line breaks), each as its comma pieces, untrimmed.
    static func segments(_ text: String) -> [[String]] {
        var segments: [[String]] = []
        var pieces: [String] = []
        var current = ""
        var depth = BracketDepth()
        for character in text {
            depth.read(character)
            guard !depth.isOpen, character != ")", character != "»" else { current.append(character); continue }
            switch character {
            case ",":
                pieces.append(current)
                current = ""
            case ";", "\n":
                segments.append(pieces + [current])
                pieces = []
                current = ""
            default:
                current.append(character)
            }
        }
        segments.append(pieces + [current])
        return segments
    }

    /// Whether the (trimmed, non-empty) piece after a comma starts a new party.
    static func decide(_ piece: String) -> Decision {
        guard let first = piece.first, first.isLetter, first.isLowercase, !PersonName.isName(piece) else { return .split }
        let lower = piece.lowercased()
        if continuationStarts.contains(where: { lower.hasPrefix($0) }) { return .join }
        let word = String(lower.prefix { $0.isLetter || $0 == "-" })
        if lowerAbbreviations.contains(word) { return .split }
        if conjunctions.contains(word) { return .unsure }
        if prepositions.contains(word) || continuationStems.contains(where: { word.hasPrefix($0) }) || isParticiple(word) { return .join }
        if isPastPassiveParticiple(word), startsAClause(lower.dropFirst(word.count)) { return .join }
        return .split
    }

    /// A past passive participle («определённая», «созданные», «утверждённая», «принятые»).
    static func isPastPassiveParticiple(_ word: String) -> Bool {
        let stems = ["енн", "ённ", "анн", "янн", "ят", "ыт"]
        let endings = ["ая", "ый", "ое", "ые", "ых", "ым", "ыми", "ого", "ой", "ую"]
        return stems.contains { stem in endings.contains { word.hasSuffix(stem + $0) } } && word.count > 6
    }

    /// Whether what follows a past passive participle makes it a clause about the party before the comma
    /// («организация, определённая по результатам конкурса», «комиссия, утверждённая приказом»): a
    /// preposition or a noun in the instrumental. Followed by a noun of its own it names a party
    /// («уполномоченные органы»).
    static func startsAClause(_ rest: Substring) -> Bool {
        let next = String(rest.drop { !$0.isLetter }.prefix { $0.isLetter || $0 == "-" })
        guard !next.isEmpty else { return false }
        if prepositions.contains(next) { return true }
        return ["ом", "ем", "ём", "ами", "ями", "ой", "ей"].contains { next.hasSuffix($0) } && next.count > 3
    }

    /// A present or past active participle («осуществляющие», «входящих», «прошедшие») or a present
    /// passive one («реализуемые»): it describes the party before the comma.
    static func isParticiple(_ word: String) -> Bool {
        let active = ["ющ", "ящ", "ащ", "ущ", "вш"]
        let endings = ["ие", "ий", "ая", "ее", "их", "им", "ими", "его", "ей", "ую", "ем"]
        for stem in active {
            for ending in endings where word.hasSuffix(stem + ending) && word.count > stem.count + ending.count + 1 { return true }
        }
        return ["емые", "имые", "емых", "имых", "емый", "имый", "емая", "имая"].contains { word.hasSuffix($0) && word.count > 6 }
    }

    static let continuationStarts = ["в том числе", "в т.ч.", "в т. ч.", "включая", "а именно", "то есть", "т.е.", "т. е."]
    static let continuationStems = ["котор", "подведомствен", "подчинен", "подчинён", "курируем"]
    static let conjunctions: Set<String> = ["и", "а", "или", "либо", "но", "также"]
    static let prepositions: Set<String> = [
        "в", "во", "на", "по", "с", "со", "к", "ко", "для", "о", "об", "от", "до", "из", "за", "при", "через",
        "над", "под", "между", "без", "у",
    ]
    /// Lower-case abbreviations of the glossary that name a party («вуз»).
    static let lowerAbbreviations: Set<String> = ["вуз", "вузы", "вузов"]
}

private extension String {
    var trimmingTrailingWhitespace: String {
        var text = Substring(self)
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
