/// How deep inside «» and () a reader of text is; a closing mark with nothing open is ignored.
struct BracketDepth {
    var guillemets = 0
    var parentheses = 0

    var isOpen: Bool { guillemets > 0 || parentheses > 0 }

    mutating func read(_ character: Character) {
        switch character {
        case "«": guillemets += 1
        case "»": guillemets = max(0, guillemets - 1)
        case "(": parentheses += 1
        case ")": parentheses = max(0, parentheses - 1)
        default: break
        }
    }
}
