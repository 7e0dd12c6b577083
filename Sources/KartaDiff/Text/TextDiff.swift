import Foundation

/// The word-level difference of two texts, ready to lay out: equal runs with deleted and inserted ones between.
public struct TextDiff: Sendable, Hashable {
    public enum Segment: Sendable, Hashable {
        case equal(String)
        case deleted(String)
        case inserted(String)
    }

    public var segments: [Segment]
    /// The texts share too little for a word diff to read well: shown as the old text, then the new.
    public var isRewrite: Bool
    /// Share of the characters of words and numbers the two texts have in common, 0…1.
    public var similarity: Double
    public var old: String
    public var new: String
    /// Numbers that changed on their own («85 %» → «90 %»), in text order.
    public var deltas: [NumericDelta]
}

/// A number that changed alone; `isPercent` when a «%» follows it, so the change is in percentage points.
public struct NumericDelta: Sendable, Hashable {
    public var old: Decimal
    public var new: Decimal
    public var isPercent: Bool

    public var change: Decimal { new - old }
}

/// How two versions of one text compare.
public enum TextComparison: Sendable, Hashable {
    case same
    /// Only quotes, dashes, spaces or ё differ.
    case typographic
    case changed(TextDiff)

    public var diff: TextDiff? {
        if case .changed(let diff) = self { diff } else { nil }
    }
}
