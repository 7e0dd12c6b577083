import KartaModel

/// Puts an activity into a management-cycle stage by the Russian stems of domain model §2.2.
///
/// The rule: the stage whose stem occurs leftmost wins (at the same start the longer match), because roadmap
/// rows name their own action first and its objects after («Проведение анализа результатов мониторинга» is
/// analysis). Two overrides fit it to roadmap language: a framework stem starting within the first 40 characters
/// wins outright («Разработка Положения … на основе индикативных показателей»), and a measure head noun before
/// the leftmost stage stem makes the row a measure («Совещание … «Мониторинг развития …»»). No stem: measures.
///
/// Stateless; the compiled stems are shared read-only, so pages can be classified from parallel render tasks.
public enum StageClassifier {
    /// Where a framework stem must start to win outright, in characters of the normalised text.
    static let frameworkHeadLength = 40

    public static func classify(_ text: String) -> StageClassification {
        let plain = normalizedScalars(text)
        guard !plain.isEmpty else { return StageClassification(stage: .measures) }

        var best: [CycleStage: StageStem.Hit] = [:]
        var head: StageStem.Hit?
        var other: StageStem.Hit?
        for (stem, match) in zip(stems, stemStarts.firstMatches(in: plain)) {
            guard let match else { continue }
            let hit = StageStem.Hit(start: match.start, length: match.end - match.start)
            switch stem.role {
            case .stage(let stage):
                if best[stage].map(hit.isBetter(than:)) ?? true { best[stage] = hit }
            case .measureHead:
                if head.map(hit.isBetter(than:)) ?? true { head = hit }
            case .measureOther:
                if other.map(hit.isBetter(than:)) ?? true { other = hit }
            }
        }

        func result(_ stage: CycleStage, _ hit: StageStem.Hit?) -> StageClassification {
            // Measures is never listed as an alternative: its head nouns are mostly objects
            // («по повышению …», «обеспечения …»), and any row could be called a measure.
            let alternatives = CycleStage.allCases.filter { $0 != stage && $0 != .measures && best[$0] != nil }
            return StageClassification(
                stage: stage, alternatives: alternatives, matchedStem: hit.map { matched(plain, $0) })
        }

        if let framework = best[.framework], framework.start < headScalarCount(plain) {
            return result(.framework, framework)
        }
        let leftmost = tablePriority.compactMap { stage in best[stage].map { (stage, $0) } }
            .reduce(nil as (CycleStage, StageStem.Hit)?) { winner, candidate in
                guard let winner else { return candidate }
                return candidate.1.isBetter(than: winner.1) ? candidate : winner
            }
        if let (stage, hit) = leftmost {
            if let head, head.start < hit.start { return result(.measures, head) }
            return result(stage, hit)
        }
        return result(.measures, head ?? other)
    }

    /// How many scalars of `plain` its first `frameworkHeadLength` characters take. A text of scalars that are
    /// characters of their own (`SingleScalarGraphemes`; line breaks, CR LF among them, are single spaces by
    /// now) needs no grapheme breaking; anything else asks `String`.
    static func headScalarCount(_ plain: [Unicode.Scalar]) -> Int {
        let limit = frameworkHeadLength
        // The scalar after the head must not join its last character (a combining mark would).
        if plain.prefix(limit + 1).allSatisfy(SingleScalarGraphemes.standsAlone) { return min(limit, plain.count) }
        return string(plain).prefix(limit).unicodeScalars.count
    }

    /// Every stem's first match, in UTF-16 offsets of `plain` (what `NSRegularExpression` reports, which the
    /// tests compare with); `classify` reads scalar offsets, which order the same.
    static func firstHits(in plain: String) -> [StageStem.Hit?] {
        let scalars = Array(plain.unicodeScalars)
        let matches = stemStarts.firstMatches(in: scalars)
        var offsets = [0]
        offsets.reserveCapacity(scalars.count + 1)
        for scalar in scalars { offsets.append(offsets[offsets.count - 1] + scalar.utf16.count) }
        return matches.map { match in
            match.map { StageStem.Hit(start: offsets[$0.start], length: offsets[$0.end] - offsets[$0.start]) }
        }
    }

    /// The stems' first literals, indexed once.
    static let stemStarts = StemStarts(stems.map(\.pattern))

    /// The matched text, completed to the end of its last word: «совещание» reads better than the stem «совещани».
    private static func matched(_ plain: [Unicode.Scalar], _ hit: StageStem.Hit) -> String {
        var end = hit.start + hit.length
        while end < plain.count, plain[end].properties.isAlphabetic || plain[end] == "-" { end += 1 }
        return string(plain[hit.start..<end])
    }

    /// The scalars as a string, through their UTF-8 bytes: appending to a `String.UnicodeScalarView` one scalar
    /// at a time cost more than matching the stems.
    static func string<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 2)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }
}
