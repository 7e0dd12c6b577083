/// Where a match of a pattern can start: what lets `StemStarts` try a stem only where it can match.
extension StemPattern {
    enum Start: Equatable {
        /// Only at the start of the text (`^…`).
        case textStart
        /// Only where one of these literals is written.
        case literals([[Unicode.Scalar]])
        /// Anywhere (nothing literal comes first).
        case anywhere
    }

    var start: Start {
        switch self {
        case .literal(let scalars): return .literals([scalars])
        case .textStart: return .textStart
        case .scalar, .wordBoundary: return .anywhere
        case .sequence(let items):
            // `\b` takes no text: the literal after it starts the match.
            for item in items where item != .wordBoundary { return item.start }
            return .anywhere
        case .alternation(let alternatives):
            var literals: [[Unicode.Scalar]] = []
            for alternative in alternatives {
                guard case .literals(let some) = alternative.start else { return .anywhere }
                literals += some
            }
            return .literals(literals)
        case .repetition(let inner, let min, _, _):
            return min > 0 ? inner.start : .anywhere
        }
    }

    /// Whether the pattern is its first literal alone, perhaps after `\b` (`\bсеминар`, `мониторинг`): about half
    /// the stems. Where that literal is written, such a stem matches without running the matcher.
    var isLiteralStart: (literal: [Unicode.Scalar], afterWordBoundary: Bool)? {
        switch self {
        case .literal(let scalars): (scalars, false)
        case .sequence(let items) where items.count == 2 && items[0] == .wordBoundary:
            if case .literal(let scalars) = items[1] { (scalars, true) } else { nil }
        default: nil
        }
    }
}
