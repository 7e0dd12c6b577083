import KartaModel

/// Deadlines printed in brackets inside a text rather than in a «Сроки» column: the per-level plan (seed 002)
/// ends numbered items with «(Январь 2020, ММЦ)», «(1 квартал 2019 г., УМО)» (domain model §3.4, «002»).
///
/// Only brackets that read as a point or span of the calendar count: «(МОиПО СО, РУМО)», «(по особому плану,
/// оргкомитет)» or «(далее - ИС МЭДК)» are other notes and are left alone. Each deadline keeps its bracket
/// exactly as printed as its text.
public enum InlineDeadlines {
    /// Brackets longer than this are prose, never a deadline with its note.
    static let maximumLength = 160

    /// The calendar deadlines in `text`, in printed order; `defaultYear` (the plan row's year) stands in for a
    /// year the bracket does not print («(Июль)»), marked as inferred.
    public static func find(in text: String, defaultYear: Int?) -> [Deadline] {
        let characters = Array(text)
        var openings: [Int] = []
        var found: [(start: Int, deadline: Deadline)] = []
        for (index, character) in characters.enumerated() {
            if character == "(" {
                openings.append(index)
            } else if character == ")", let start = openings.popLast() {
                // Innermost brackets only: a deadline never holds brackets, and an unclosed «(» is ignored.
                guard index - start <= maximumLength, !characters[start + 1..<index].contains("(") else { continue }
                guard startsLikeADeadline(characters[start + 1..<index]) else { continue }
                let bracket = String(characters[start...index])
                let deadline = DeadlineParser.parse(bracket, defaultYear: defaultYear)
                if isCalendar(deadline.kind) { found.append((start, deadline)) }
            } else if character.isNewline {
                openings.removeAll()
            }
        }
        return found.sorted { $0.start < $1.start }.map(\.deadline)
    }

    /// A bracket that opens with a number or a deadline word («Март», «до», «лето»): «(по особому плану …)» and
    /// «(раб. группа …)» never do, and the parser's leniency for activity text before a date must not apply here.
    static func startsLikeADeadline(_ inner: ArraySlice<Character>) -> Bool {
        guard let first = DeadlineToken.tokenize(Array(inner.prefix(40))).first else { return false }
        switch first.kind {
        case .number: return true
        case .word: return DeadlineParser.isDeadlineWord(first.text) || DeadlineLexicon.romanNumbers[first.text] != nil
        case .symbol: return false
        }
    }

    /// Kinds that place an activity in the calendar; schedules and «постоянно» in brackets are notes.
    static func isCalendar(_ kind: DeadlineKind) -> Bool {
        switch kind {
        case .date, .by, .from, .range, .month, .quarter, .year, .years, .yearRange, .academicYear: true
        default: false
        }
    }
}
