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
        let plain = normalized(text)
        guard !plain.isEmpty else { return StageClassification(stage: .measures) }

        var best: [CycleStage: StageStem.Hit] = [:]
        var head: StageStem.Hit?
        var other: StageStem.Hit?
        for (stem, hit) in zip(stems, firstHits(in: plain)) {
            guard let hit else { continue }
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

        let frameworkLimit = plain.prefix(frameworkHeadLength).utf16.count
        if let framework = best[.framework], framework.start < frameworkLimit {
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

    /// Every stem's first match, in UTF-16 offsets of `plain`.
    static func firstHits(in plain: String) -> [StageStem.Hit?] {
        let scalars = Array(plain.unicodeScalars)
        let matches = stemStarts.firstMatches(in: scalars)
        // Offsets are UTF-16 as before; they differ from scalar offsets only after a scalar beyond the BMP.
        var utf16Offsets: [Int]?
        if plain.utf16.count != scalars.count {
            var offsets = [0]
            offsets.reserveCapacity(scalars.count + 1)
            for scalar in scalars { offsets.append(offsets[offsets.count - 1] + scalar.utf16.count) }
            utf16Offsets = offsets
        }
        return matches.map { match in
            match.map { match in
                let start = utf16Offsets?[match.start] ?? match.start
                let end = utf16Offsets?[match.end] ?? match.end
                return StageStem.Hit(start: start, length: end - start)
            }
        }
    }

    /// The stems' first literals, indexed once.
    static let stemStarts = StemStarts(stems.map(\.pattern))

    /// The matched text, completed to the end of its last word: «совещание» reads better than the stem «совещани».
    private static func matched(_ text: String, _ hit: StageStem.Hit) -> String {
        let utf16 = text.utf16
        let start = utf16.index(utf16.startIndex, offsetBy: hit.start)
        var end = utf16.index(start, offsetBy: hit.length)
        let scalars = text.unicodeScalars
        while end < scalars.endIndex, scalars[end].properties.isAlphabetic || scalars[end] == "-" {
            end = scalars.index(after: end)
        }
        return String(text[start..<end])
    }
}
