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
        // By scalars, looking at characters only at brackets: splitting every plan row into characters was
        // half the load of the bundled site's largest file. «(», «)» and line breaks are what matter.
        guard text.utf8.contains(UInt8(ascii: "(")) else { return [] }
        let scalars = text.unicodeScalars
        var openings: [String.Index] = []
        var found: [(start: String.Index, deadline: Deadline)] = []
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            // A bracket with a combining mark after it is another character, as it was when split by characters.
            if scalar == "(", text[index] == "(" {
                openings.append(index)
            } else if scalar == ")", text[index] == ")", let start = openings.popLast() {
                // Innermost brackets only: a deadline never holds brackets, and an unclosed «(» is ignored.
                let inner = text[scalars.index(after: start)..<index]
                let holdsBracket = inner.utf8.contains(UInt8(ascii: "(")) && inner.contains("(")
                if !holdsBracket, inner.count < maximumLength, startsLikeADeadline(inner) {
                    let deadline = DeadlineParser.parse(String(text[start...index]), defaultYear: defaultYear)
                    if isCalendar(deadline.kind) { found.append((start, deadline)) }
                }
            } else if scalar.isLineBreak {
                openings.removeAll()
            }
            index = scalars.index(after: index)
        }
        return found.sorted { $0.start < $1.start }.map(\.deadline)
    }

    /// A bracket that opens with a number or a deadline word («Март», «до», «лето»): «(по особому плану …)» and
    /// «(раб. группа …)» never do, and the parser's leniency for activity text before a date must not apply here.
    static func startsLikeADeadline(_ inner: Substring) -> Bool {
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
