/// Reads the part of the regular-expression language the stage table is written in: literals, `(…|…)`,
/// `[…]` with ranges, `\S`, `\b`, `\(`, `^`, and `?`, `+`, `{m,n}` each optionally possessive (`+`).
/// Anything else is a programming error in the table, reported when the table is first used.
extension StemPattern {
    init(parsing pattern: String) {
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        let parsed = parser.alternation()
        precondition(parser.position == parser.scalars.count, "stem «\(pattern)»: unexpected «\(parser.scalars[parser.position])»")
        self = parsed
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0

        var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

        mutating func alternation() -> StemPattern {
            var alternatives = [sequence()]
            while current == "|" {
                position += 1
                alternatives.append(sequence())
            }
            return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
        }

        mutating func sequence() -> StemPattern {
            var items: [StemPattern] = []
            while let scalar = current, scalar != "|", scalar != ")" {
                let item = quantified(atom())
                // Consecutive single scalars become one literal, which candidate starts are found by.
                if case .literal(let next) = item, case .literal(let previous)? = items.last {
                    items[items.count - 1] = .literal(previous + next)
                } else {
                    items.append(item)
                }
            }
            return items.count == 1 ? items[0] : .sequence(items)
        }

        mutating func atom() -> StemPattern {
            let scalar = scalars[position]
            position += 1
            switch scalar {
            case "(":
                let inner = alternation()
                precondition(current == ")", "stem pattern: unclosed group")
                position += 1
                return inner
            case "[":
                return .scalar(scalarClass())
            case "^":
                return .textStart
            case "\\":
                let escaped = scalars[position]
                position += 1
                switch escaped {
                case "S": return .scalar(.notSpace)
                case "b": return .wordBoundary
                default:
                    precondition(!escaped.properties.isAlphabetic, "stem pattern: unsupported escape \\\(escaped)")
                    return .literal([escaped])
                }
            default:
                precondition(!"?+*{}.$".unicodeScalars.contains(scalar), "stem pattern: unsupported «\(scalar)»")
                return .literal([scalar])
            }
        }

        /// `[…]` after its `[`: single scalars and ranges; a `-` first or last is itself.
        mutating func scalarClass() -> ScalarClass {
            var ranges: [ClosedRange<UInt32>] = []
            while let scalar = current, scalar != "]" {
                position += 1
                if current == "-", position + 1 < scalars.count, scalars[position + 1] != "]" {
                    let upper = scalars[position + 1]
                    position += 2
                    ranges.append(scalar.value...upper.value)
                } else {
                    ranges.append(scalar.value...scalar.value)
                }
            }
            precondition(current == "]", "stem pattern: unclosed [")
            position += 1
            return ScalarClass(ranges: ranges)
        }

        mutating func quantified(_ atom: StemPattern) -> StemPattern {
            let bounds: (min: Int, max: Int)
            switch current {
            case "?": bounds = (0, 1)
            case "+": bounds = (1, .max)
            case "*": bounds = (0, .max)
            case "{":
                position += 1
                let lower = number()
                precondition(current == ",", "stem pattern: {m,n} expected")
                position += 1
                let upper = number()
                precondition(current == "}", "stem pattern: {m,n} expected")
                bounds = (lower, upper)
            default: return atom
            }
            position += 1
            let possessive = current == "+"
            if possessive { position += 1 }
            precondition(current != "?" && current != "+", "stem pattern: lazy repetition is not supported")
            return .repetition(atom, min: bounds.min, max: bounds.max, possessive: possessive)
        }

        mutating func number() -> Int {
            var value = 0
            while let scalar = current, ("0"..."9").contains(scalar) {
                value = value * 10 + Int(scalar.value - 48)
                position += 1
            }
            return value
        }
    }
}
