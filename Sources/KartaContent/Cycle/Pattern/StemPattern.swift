/// A stem of the stage table compiled into a small matcher over the normalised text's scalars.
///
/// The stems were `NSRegularExpression`s, run 110 times over every activity: 7.6 % of a bundled build and most
/// of a region-scale load (profile of 2026-12-05). They use a small part of the regular-expression language,
/// which this type reads from the same fragment text and matches with the same rules as ICU: leftmost start,
/// alternatives in the order written, greedy and possessive repetition, `\b` and `\S` as ICU defines them.
/// Tests compare every stem's first match with `NSRegularExpression` over all bundled activities.
indirect enum StemPattern: Sendable, Equatable {
    /// Scalars written one after another.
    case literal([Unicode.Scalar])
    /// One scalar out of a set (`[а-яёa-z-]`, `\S`).
    case scalar(ScalarClass)
    /// `\b`: a position between a word scalar and a non-word one.
    case wordBoundary
    /// `^`: the start of the text.
    case textStart
    case sequence([StemPattern])
    /// Alternatives tried in the order written; the first that lets the rest match wins.
    case alternation([StemPattern])
    /// `{min,max}` (`?` is `{0,1}`, `+` is `{1,}`); a possessive repetition never gives back what it took.
    case repetition(StemPattern, min: Int, max: Int, possessive: Bool)
}
