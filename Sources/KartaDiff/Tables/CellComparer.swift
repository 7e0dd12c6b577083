import KartaModel

/// Compares two versions of one cell by what it means: text word by word, deadlines by their
/// reading, responsible bodies as sets, choices by value.
struct CellComparer: Sendable {
    enum Outcome: Sendable, Hashable {
        case same
        case hidden(HiddenEdit.Kind)
        case changed(CellChange)
    }

    let resolver: PartyResolver
    let oldPeriod: Period?
    let newPeriod: Period?

    func compare(_ old: CellValue?, _ new: CellValue?) -> Outcome {
        switch (old, new) {
        case (nil, nil):
            return .same
        case (.deadline(let oldText, let oldSchedule)?, .deadline(let newText, let newSchedule)?):
            return deadline(oldText, oldSchedule, newText, newSchedule)
        case (.parties(let oldNames)?, .parties(let newNames)?):
            return parties(oldNames, newNames)
        case (.choice(let oldValue)?, .choice(let newValue)?):
            return oldValue == newValue ? .same : .changed(.choice(old: oldValue, new: newValue))
        default:
            // Text, or a cell present in one version only: compare what is printed.
            return text(old, new)
        }
    }

    private func text(_ old: CellValue?, _ new: CellValue?) -> Outcome {
        switch TextDiffer.compare(old?.plainText ?? "", new?.plainText ?? "") {
        case .same: return .same
        case .typographic: return .hidden(.typography)
        case .changed(let diff):
            if case .parties(let names)? = new ?? old {
                let added = new == nil ? [] : names
                let removed = new == nil ? names : []
                return .changed(.parties(PartyChange(kept: [], added: added, removed: removed)))
            }
            if case .deadline? = new ?? old {
                return .changed(.deadline(old: old?.plainText, new: new?.plainText, shiftDays: nil, text: diff))
            }
            if case .choice? = new ?? old {
                return .changed(.choice(old: old?.plainText, new: new?.plainText))
            }
            return .changed(.text(diff))
        }
    }

    /// Read deadlines are equal when they mean the same («01.09.2024» = «1 сентября 2024 г.»);
    /// when they differ and both start on a known day, the shift in days is given.
    private func deadline(_ oldText: String, _ oldSchedule: Deadline?, _ newText: String, _ newSchedule: Deadline?) -> Outcome {
        let comparison = TextDiffer.compare(oldText, newText)
        if comparison == .same { return .same }
        if let oldSchedule, let newSchedule, oldSchedule.kind != .unparsed, newSchedule.kind != .unparsed {
            if oldSchedule.kind == newSchedule.kind, Typography.key(oldSchedule.context ?? "") == Typography.key(newSchedule.context ?? "") {
                return .hidden(comparison == .typographic ? .typography : .deadlineFormat)
            }
            var shift: Int?
            if let start = oldSchedule.sortStart(in: oldPeriod), let end = newSchedule.sortStart(in: newPeriod) {
                let days = end.dayNumber - start.dayNumber
                shift = days == 0 ? nil : days
            }
            return .changed(.deadline(old: oldText, new: newText, shiftDays: shift, text: comparison.diff))
        }
        if comparison == .typographic { return .hidden(.typography) }
        return .changed(.deadline(old: oldText, new: newText, shiftDays: nil, text: comparison.diff))
    }

    /// Sets after resolving abbreviations: order and spelling are not changes, additions and removals are.
    private func parties(_ oldNames: [String], _ newNames: [String]) -> Outcome {
        if oldNames.map({ Typography.trimmed($0) }) == newNames.map({ Typography.trimmed($0) }) { return .same }
        let old = resolver.parties(oldNames)
        let new = resolver.parties(newNames)
        let oldKeys = Set(old.map(\.key))
        let newKeys = Set(new.map(\.key))
        guard oldKeys == newKeys else {
            return .changed(.parties(PartyChange(
                kept: new.filter { oldKeys.contains($0.key) }.map(\.name),
                added: new.filter { !oldKeys.contains($0.key) }.map(\.name),
                removed: old.filter { !newKeys.contains($0.key) }.map(\.name))))
        }
        if old.map(\.key) != new.map(\.key) { return .hidden(.partiesOrder) }
        let sameSpelling = zip(old, new).allSatisfy { Typography.key($0.name) == Typography.key($1.name) }
        return .hidden(sameSpelling ? .typography : .partiesSpelling)
    }
}

extension CalendarDate {
    /// Days since 1970-01-01 (proleptic Gregorian), for differences between dates.
    var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }
}
