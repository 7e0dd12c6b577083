import KartaModel

/// One regex fragment of the stage rules (domain model §2.2), compiled once into a `StemPattern`.
///
/// Fragments are written as in the table, with `W` standing for «the rest of the word». `W` expands to a
/// *possessive, bounded* `[а-яёa-z-]{0,50}+`: the rest of a word never has to be given back, and the bound keeps
/// a 200 KB run of letters with a stem every few characters («рекомендацирекомендаци…») from making every
/// attempt scan to the end of the run, which is quadratic. No Russian word has 50 letters after its stem.
struct StageStem: Sendable {
    enum Role: Sendable, Equatable {
        /// Decides a stage by the leftmost rule.
        case stage(CycleStage)
        /// A measure head noun: before the leftmost stage stem it makes the row a measure.
        case measureHead
        /// A weaker measure word, reported only when nothing else matched.
        case measureOther
    }

    /// A match in the normalised text: in scalar offsets for `classify`, in UTF-16 offsets from `firstHits(in:)`
    /// (what `NSRegularExpression` reports, which the tests compare with). Both order matches alike.
    struct Hit: Sendable {
        var start: Int
        var length: Int

        /// Leftmost first; at the same start the longer match.
        func isBetter(than other: Hit) -> Bool {
            start != other.start ? start < other.start : length > other.length
        }
    }

    static let restOfWord = "[а-яёa-z-]{0,50}+"

    let role: Role
    /// The fragment as written in the table, `W` unexpanded, for messages and review.
    let fragment: String
    /// The fragment with `W` expanded: the regular expression the pattern reads, and tests compare it with.
    let expression: String
    let pattern: StemPattern

    init(_ role: Role, _ fragment: String) {
        self.role = role
        self.fragment = fragment
        expression = fragment.replacingOccurrences(of: "W", with: Self.restOfWord)
        pattern = StemPattern(parsing: expression)
    }

    init(_ stage: CycleStage, _ fragment: String) {
        self.init(.stage(stage), fragment)
    }
}
