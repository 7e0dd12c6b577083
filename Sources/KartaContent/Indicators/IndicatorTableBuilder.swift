import KartaModel

/// Reads the rows of an indicator file into indicators keyed by code, checking every cell.
///
/// Rows of one code are the years of one indicator. Its name, unit and direction are given on its first
/// row and may be left empty on the others; a different unit or direction later is an error (the
/// figures would stop being comparable), a different name a warning (the first is kept).
struct IndicatorTableBuilder {
    private var order: [String] = []
    private var indicators: [String: Indicator] = [:]
    private var seenYears: [String: SourceLocation] = [:]
    /// Codes with a row refused for a bad cell: when that was the row giving the name, a later row
    /// without one is not reported again (the refused row's own error is the cause).
    private var refusedCodes: Set<String> = []
    private(set) var diagnostics = Diagnostics()

    mutating func add(_ row: IndicatorRow) {
        guard let code = row.text(.code) else {
            diagnostics.error(.missingField, "the row has no indicator code (such as 1.1.1), which ties its years together", at: row.location(.code))
            return
        }
        guard let yearText = row.text(.year) else {
            diagnostics.error(.missingField, "the row of indicator \(code) has no year", at: row.location(.year))
            return
        }
        guard let year = Int(yearText), (1900...2200).contains(year) else {
            diagnostics.error(.type, "the year must be a year such as 2021, found '\(yearText)'", at: row.location(.year))
            return
        }
        let value = number(row, .value)
        let target = number(row, .target)
        let better = direction(row)
        let key = "\(code)\u{0}\(year)"
        if let first = seenYears[key] {
            diagnostics.error(.duplicateRow, "indicator \(code) already has a row for \(year) at line \(first.line)", at: row.location(.year))
            return
        }
        seenYears[key] = row.location(.year)
        guard !value.isInvalid, !target.isInvalid, !better.isInvalid else {
            refusedCodes.insert(code)
            return
        }
        let observation = IndicatorObservation(year: year, value: value.value, target: target.value, source: row.text(.source), location: row.location)
        guard var indicator = indicators[code] else {
            guard let name = row.text(.name) else {
                guard !refusedCodes.contains(code) else { return }
                diagnostics.error(.missingField, "the first row of indicator \(code) must give its name", at: row.location(.name))
                return
            }
            order.append(code)
            indicators[code] = Indicator(
                code: code, name: name, unit: row.text(.unit) ?? "", better: better.value ?? .neutral, observations: [observation],
                location: row.location(.code))
            return
        }
        if let name = row.text(.name), name != indicator.name {
            diagnostics.warning(
                .indicatorName, "indicator \(code) is named differently at line \(indicator.location.line) («\(indicator.name)»); the first name is shown",
                at: row.location(.name))
        }
        if let unit = row.text(.unit), unit != indicator.unit {
            diagnostics.error(
                .indicatorUnit, "indicator \(code) is measured in «\(indicator.unit)» at line \(indicator.location.line), here in «\(unit)»; years must be comparable",
                at: row.location(.unit))
            return
        }
        if let direction = better.value, direction != indicator.better {
            diagnostics.error(
                .indicatorBetter, "indicator \(code) has better: \(indicator.better.rawValue) at line \(indicator.location.line), here \(direction.rawValue)",
                at: row.location(.better))
            return
        }
        indicator.observations.append(observation)
        indicator.observations.sort { $0.year < $1.year }
        indicators[code] = indicator
    }

    func table(entityID: String, file: String) -> IndicatorTable {
        IndicatorTable(entityID: entityID, indicators: order.compactMap { indicators[$0] }, location: SourceLocation(file: file))
    }

    /// A cell that may be empty, holds a value, or was reported as unreadable.
    enum Parsed<Value> {
        case empty
        case value(Value)
        case invalid

        var value: Value? { if case .value(let value) = self { value } else { nil } }
        var isInvalid: Bool { if case .invalid = self { true } else { false } }
    }

    private mutating func number(_ row: IndicatorRow, _ column: IndicatorRow.Column) -> Parsed<IndicatorNumber> {
        guard let text = row.text(column) else { return .empty }
        guard let number = IndicatorNumberParser.parse(text) else {
            diagnostics.error(
                .type, "the \(column.rawValue) must be a number such as 85,5, 85.5 or 1 302 (spaces may group thousands), found '\(text)'",
                at: row.location(column))
            return .invalid
        }
        return .value(number)
    }

    private mutating func direction(_ row: IndicatorRow) -> Parsed<IndicatorDirection> {
        guard let text = row.text(.better) else { return .empty }
        guard let direction = IndicatorNumberParser.direction(text) else {
            diagnostics.error(.value, "'better' must be higher, lower or neutral (выше, ниже, нейтрально), found '\(text)'", at: row.location(.better))
            return .invalid
        }
        return .value(direction)
    }
}
