import KartaModel
import Foundation

/// Word diff of two texts: Myers over word tokens, then a semantic clean-up that absorbs short
/// equalities and stop-words between edits (diff-match-patch's `cleanupSemantic`, at token level),
/// and a gate that shows a text rewritten beyond recognition as old block → new block.
public enum TextDiffer {
    /// Below this share of common characters a text counts as rewritten (pandiff, DiffViewer: 0.3–0.35).
    public static let rewriteThreshold = 0.35

    /// Short words that never anchor an alignment on their own («и», «в», «по»).
    static let stopWords: Set<String> = [
        "и", "в", "во", "на", "по", "с", "со", "к", "ко", "о", "об", "от", "до", "за", "из", "у", "а", "но",
        "для", "при", "не", "или", "что", "как", "то", "же", "их", "его", "её", "ее", "том", "числе", "т", "д", "др",
    ]

    public static func compare(_ old: String, _ new: String) -> TextComparison {
        let oldText = Typography.trimmed(old)
        let newText = Typography.trimmed(new)
        if oldText == newText { return .same }
        if Typography.key(String(oldText)) == Typography.key(String(newText)) { return .typographic }
        return .changed(diff(String(oldText), String(newText)))
    }

    static func diff(_ old: String, _ new: String) -> TextDiff {
        let a = Token.split(old)
        let b = Token.split(new)
        var interner = Interner()
        let runs = Myers.diff(interner.ids(a.map(\.key)), interner.ids(b.map(\.key)))
        var chunks = Chunk.chunks(runs)
        absorbSpaceOnlyChanges(&chunks, a, b)
        let similarity = similarity(chunks, a, b)
        // Numbers are read before the clean-up joins edits: «85 %» → «90 %» is +5 п.п. even in a short text.
        let deltas = deltas(chunks, a, b)
        guard similarity >= rewriteThreshold else {
            let segments: [TextDiff.Segment] = [.deleted(old), .inserted(new)].filter { $0 != .deleted("") && $0 != .inserted("") }
            return TextDiff(segments: segments, isRewrite: true, similarity: similarity, old: old, new: new, deltas: deltas)
        }
        cleanUp(&chunks, a, b)
        return TextDiff(segments: segments(chunks, a, b), isRewrite: false, similarity: similarity, old: old, new: new, deltas: deltas)
    }

    /// An equal run or a change (deleted and inserted tokens together).
    struct Chunk {
        var isEqual: Bool
        var old: Range<Int>
        var new: Range<Int>

        static func chunks(_ runs: [Myers.Run]) -> [Chunk] {
            var chunks: [Chunk] = []
            for run in runs {
                let isEqual = run.operation == .equal
                if let last = chunks.last, !last.isEqual, !isEqual {
                    chunks[chunks.count - 1].old = last.old.lowerBound..<run.old.upperBound
                    chunks[chunks.count - 1].new = last.new.lowerBound..<run.new.upperBound
                } else {
                    chunks.append(Chunk(isEqual: isEqual, old: run.old, new: run.new))
                }
            }
            return chunks
        }
    }

    /// A change of spaces alone («№179» → «№ 179») inside a text is typography: shown as equal.
    static func absorbSpaceOnlyChanges(_ chunks: inout [Chunk], _ a: [Token], _ b: [Token]) {
        for index in chunks.indices where !chunks[index].isEqual {
            let chunk = chunks[index]
            let oldKey = a[chunk.old].filter { !$0.isSpace }.map(\.key)
            let newKey = b[chunk.new].filter { !$0.isSpace }.map(\.key)
            if oldKey == newKey { chunks[index].isEqual = true }
        }
        var merged: [Chunk] = []
        for chunk in chunks {
            if let last = merged.last, last.isEqual == chunk.isEqual {
                merged[merged.count - 1].old = last.old.lowerBound..<chunk.old.upperBound
                merged[merged.count - 1].new = last.new.lowerBound..<chunk.new.upperBound
            } else {
                merged.append(chunk)
            }
        }
        chunks = merged
    }

    static func weight(_ tokens: ArraySlice<Token>) -> Int {
        tokens.reduce(0) { $0 + ($1.isSpace ? 0 : $1.text.unicodeScalars.count) }
    }

    static func similarity(_ chunks: [Chunk], _ a: [Token], _ b: [Token]) -> Double {
        let total = weight(a[...]) + weight(b[...])
        guard total > 0 else { return 1 }
        let common = chunks.filter(\.isEqual).reduce(0) { $0 + weight(a[$1.old]) + weight(b[$1.new]) }
        return Double(common) / Double(total)
    }

    /// Absorbs an equality between two changes when it is no longer than the change on either side,
    /// or when it is only spaces, punctuation and stop-words: «[−региональных−][+школьных+] и
    /// [−муниципальных−][+районных+]» reads better as one change.
    static func cleanUp(_ chunks: inout [Chunk], _ a: [Token], _ b: [Token]) {
        var changed = true
        while changed {
            changed = false
            var index = 1
            while index + 1 < chunks.count {
                let equal = chunks[index]
                let before = chunks[index - 1]
                let after = chunks[index + 1]
                guard equal.isEqual, !before.isEqual, !after.isEqual else {
                    index += 1
                    continue
                }
                let length = weight(b[equal.new])
                let beforeLength = max(weight(a[before.old]), weight(b[before.new]))
                let afterLength = max(weight(a[after.old]), weight(b[after.new]))
                if (length <= beforeLength && length <= afterLength) || isGlue(b[equal.new]) {
                    chunks.replaceSubrange(
                        (index - 1)...(index + 1),
                        with: [Chunk(isEqual: false, old: before.old.lowerBound..<after.old.upperBound, new: before.new.lowerBound..<after.new.upperBound)])
                    changed = true
                } else {
                    index += 1
                }
            }
        }
    }

    /// Spaces, punctuation and at most two stop-words.
    static func isGlue(_ tokens: ArraySlice<Token>) -> Bool {
        let words = tokens.filter(\.isWordLike)
        return words.count <= 2 && words.allSatisfy { $0.kind == .word && stopWords.contains($0.key.lowercased()) }
    }

    static func segments(_ chunks: [Chunk], _ a: [Token], _ b: [Token]) -> [TextDiff.Segment] {
        var segments: [TextDiff.Segment] = []
        func text(_ tokens: ArraySlice<Token>) -> String { tokens.map(\.text).joined() }
        for chunk in chunks {
            if chunk.isEqual {
                segments.append(.equal(text(b[chunk.new])))
                continue
            }
            if !chunk.old.isEmpty { segments.append(.deleted(text(a[chunk.old]))) }
            if !chunk.new.isEmpty { segments.append(.inserted(text(b[chunk.new]))) }
        }
        return segments
    }

    /// A change whose only words are one number on each side is a numeric change; a «%» right
    /// after the new number makes it percentage points.
    static func deltas(_ chunks: [Chunk], _ a: [Token], _ b: [Token]) -> [NumericDelta] {
        chunks.compactMap { chunk -> NumericDelta? in
            guard !chunk.isEqual else { return nil }
            let oldWords = a[chunk.old].filter(\.isWordLike)
            let newWords = b[chunk.new].filter(\.isWordLike)
            guard oldWords.count == 1, newWords.count == 1, oldWords[0].kind == .number, newWords[0].kind == .number,
                  let old = number(oldWords[0].text), let new = number(newWords[0].text) else { return nil }
            let following = b[chunk.new.upperBound...].first { !$0.isSpace }
            let inside = b[chunk.new].contains { $0.text == "%" }
            return NumericDelta(old: old, new: new, isPercent: inside || following?.text == "%")
        }
    }

    static func number(_ text: String) -> Decimal? {
        Decimal(string: text.replacingOccurrences(of: ",", with: "."), locale: Locale(identifier: "en_US_POSIX"))
    }
}
