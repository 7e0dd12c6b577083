import KartaModel

extension Diagnostics {
    /// How many warnings of one kind a file shows before the rest are summarised.
    static let shownWarningsPerKind = 20

    /// The diagnostics with, per file and warning code, only the first `shownWarningsPerKind`
    /// warnings (in line order) kept and the rest replaced by one warning saying how many there were
    /// and from which line to which: a 60,000-row export with a quirk on every row stays readable.
    func summarisingRepeatedWarnings(limit: Int = shownWarningsPerKind) -> Diagnostics {
        var groups: [String: [Diagnostic]] = [:]
        var kept: [Diagnostic] = []
        for diagnostic in all {
            guard diagnostic.severity == .warning else { kept.append(diagnostic); continue }
            groups[diagnostic.location.file + "\u{0}" + diagnostic.code, default: []].append(diagnostic)
        }
        for key in groups.keys.sorted() {
            let group = groups[key, default: []].sorted { $0.location < $1.location }
            kept += group.prefix(limit)
            let rest = group.dropFirst(limit)
            guard let first = rest.first, let last = rest.last else { continue }
            // The summary keeps the first hidden warning's code and place, so it sorts and filters with them.
            var summary = first
            summary.message = "\(rest.count) more warnings of this kind ('\(first.code)'), lines \(first.location.line)–\(last.location.line), are not shown; fix the ones above and import again to see them"
            kept.append(summary)
        }
        return Diagnostics(kept)
    }
}
