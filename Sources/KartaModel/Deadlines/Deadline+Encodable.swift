/// The JSON form of domain model §3.3: `kind` and `text`, then the kind's fields in snake_case, then
/// `context`, `warnings` and `year_inferred` when present.
///
/// Absent optional fields are omitted, except the fields that define a kind (`year` of a month or quarter,
/// `schedule` of `per_schedule`, `schedule_ref` of `during`): those are written as `null`, because there a
/// missing value means something («resolve from the plan», «the activity's own schedule»).
extension Deadline: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DeadlineJSONKey.self)
        try container.encode(kind.name, forKey: .kind)
        try container.encode(text, forKey: .text)
        switch kind {
        case .date(let point, let milestones), .by(let point, let milestones), .from(let point, let milestones):
            try container.encode(point, forKey: .date)
            if !milestones.isEmpty { try container.encode(milestones, forKey: .milestones) }
        case .range(let from, let to):
            try container.encode(from, forKey: .from)
            try container.encode(to, forKey: .to)
        case .month(let month, let year):
            try container.encode(month, forKey: .month)
            try container.encode(year, forKey: .year)
        case .quarter(let quarter, let year):
            try container.encode(quarter, forKey: .quarter)
            try container.encode(year, forKey: .year)
        case .year(let year):
            try container.encode(year, forKey: .year)
        case .years(let years):
            try container.encode(years, forKey: .years)
        case .yearRange(let span):
            try container.encode(span.from, forKey: .from)
            try container.encode(span.to, forKey: .to)
        case .academicYear(let academic):
            try container.encode(academic.first, forKey: .from)
            try container.encode(academic.last, forKey: .to)
            try container.encode(academic.start.description, forKey: .start)
            try container.encode(academic.end.description, forKey: .end)
        case .annual(let rule, let first):
            try rule.encodeFields(into: &container)
            if !first.isEmpty { try container.encode(first, forKey: .first) }
        case .onceThenAnnual(let first, let then):
            try container.encode(first, forKey: .first)
            var nested = container.nestedContainer(keyedBy: DeadlineJSONKey.self, forKey: .then)
            try nested.encode("annual", forKey: .kind)
            try then.encodeFields(into: &nested)
        case .recurring(let recurrence):
            try container.encodeIfPresent(recurrence.every, forKey: .every)
            try container.encodeIfPresent(recurrence.ordinal, forKey: .ordinal)
            try container.encodeIfPresent(recurrence.weekday, forKey: .weekday)
            try container.encodeIfPresent(recurrence.times, forKey: .times)
            try container.encodeIfPresent(recurrence.everyYears, forKey: .everyYears)
            try container.encodeIfPresent(recurrence.scope, forKey: .scope)
            try container.encodeIfPresent(recurrence.scheduleRef, forKey: .scheduleRef)
        case .during(let period, let scheduleRef):
            try container.encode(period, forKey: .period)
            try container.encode(scheduleRef, forKey: .scheduleRef)
        case .perSchedule(let programme):
            try container.encode(programme, forKey: .schedule)
        case .afterEvent(let event):
            try container.encode(event, forKey: .event)
        case .perItem(let items):
            try container.encode(items, forKey: .items)
        case .continuous, .unspecified, .unparsed:
            break
        }
        try container.encodeIfPresent(context, forKey: .context)
        if !warnings.isEmpty { try container.encode(warnings, forKey: .warnings) }
        if isYearInferred { try container.encode(true, forKey: .yearInferred) }
    }
}

/// Every key of the deadline JSON, shared by the nested `then` object.
enum DeadlineJSONKey: String, CodingKey {
    case kind, text, date, milestones, from, to, month, months, year, years, quarter, first, then, label, by, basis
    case every, ordinal, weekday, times, scope, period, schedule, event, items, context, warnings, start, end
    case fromMonth = "from_month"
    case toMonth = "to_month"
    case scheduleRef = "schedule_ref"
    case everyYears = "every_years"
    case yearInferred = "year_inferred"
}

extension AnnualRule {
    /// Writes the rule's fields beside `kind`, as the annual object of §3.3 has them.
    func encodeFields(into container: inout KeyedEncodingContainer<DeadlineJSONKey>) throws {
        try container.encodeIfPresent(label, forKey: .label)
        try container.encodeIfPresent(month, forKey: .month)
        if !months.isEmpty { try container.encode(months, forKey: .months) }
        try container.encodeIfPresent(fromMonth, forKey: .fromMonth)
        try container.encodeIfPresent(toMonth, forKey: .toMonth)
        try container.encodeIfPresent(quarter, forKey: .quarter)
        try container.encodeIfPresent(by, forKey: .by)
        try container.encodeIfPresent(from, forKey: .from)
        try container.encodeIfPresent(years, forKey: .years)
        try container.encodeIfPresent(basis, forKey: .basis)
        try container.encodeIfPresent(scheduleRef, forKey: .scheduleRef)
    }
}
