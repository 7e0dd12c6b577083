import KartaModel

/// Figures the Russian way: decimal comma, thousands grouped by a non-breaking space from five digits
/// on («1 302 569», but «2021»), a true minus sign, «85,5 %» with a space before the sign (ГОСТ 8.417).
public enum RussianNumbers {
    static let nbsp = "\u{00A0}"
    static let minus = "\u{2212}"

    public static func number(_ number: IndicatorNumber) -> String {
        decimal(number.value, decimals: number.decimals)
    }

    /// `value` with exactly `decimals` digits after the comma.
    public static func decimal(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "—" }
        let places = min(max(decimals, 0), 6)
        // Printed by the C library (exact rounding, any magnitude), then given Russian separators.
        let printed = String(format: "%.\(places)f", abs(value))
        let parts = printed.split(separator: ".", maxSplits: 1)
        var text = grouped(String(parts[0]))
        if parts.count > 1 { text += "," + parts[1] }
        let isZero = !printed.contains { ("1"..."9").contains($0) }
        return value < 0 && !isZero ? minus + text : text
    }

    static func grouped(_ digits: String) -> String {
        guard digits.count >= 5 else { return digits }
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return groups.joined(separator: nbsp)
    }

    /// «95,2 %», «100 %»: one decimal, dropped when it is zero.
    public static func percent(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return decimal(rounded, decimals: rounded == rounded.rounded() ? 0 : 1) + nbsp + "%"
    }

    /// True for units that are percentages, whose differences are percentage points.
    public static func isPercent(_ unit: String) -> Bool {
        let normalized = unit.trimmingCharacters(in: .whitespaces).lowercased()
        return normalized == "%" || normalized.hasPrefix("процент")
    }

    /// The unit of a difference: «п.п.» for percentages, else the unit itself.
    public static func changeUnit(_ unit: String) -> String {
        isPercent(unit) ? "п.п." : unit.trimmingCharacters(in: .whitespaces)
    }

    /// «▲ +2,3 п.п.», «▼ −5 чел.», «= 0 %»: the arrow shows the way the figure moved; whether that is
    /// good is said in words next to it.
    public static func signedChange(_ change: IndicatorNumber, unit: String) -> String {
        let magnitude = decimal(abs(change.value), decimals: change.decimals)
        let unitText = changeUnit(unit)
        let suffix = unitText.isEmpty ? "" : nbsp + unitText
        if change.value > 0 { return "▲" + nbsp + "+" + magnitude + suffix }
        if change.value < 0 { return "▼" + nbsp + minus + magnitude + suffix }
        return "=" + nbsp + "0" + suffix
    }

    public static func trend(_ trend: IndicatorAssessment.Trend) -> String {
        switch trend {
        case .improved: "улучшение"
        case .worsened: "ухудшение"
        case .unchanged: "без изменений"
        case .increased: "рост"
        case .decreased: "снижение"
        }
    }

    public static func targetStatus(_ status: IndicatorAssessment.TargetStatus) -> String {
        switch status {
        case .achieved: "целевое значение достигнуто"
        case .notAchieved: "целевое значение не достигнуто"
        }
    }

    /// How the `better` column reads next to an indicator's name.
    public static func better(_ direction: IndicatorDirection) -> String? {
        switch direction {
        case .higher: "лучше — выше"
        case .lower: "лучше — ниже"
        case .neutral: nil
        }
    }

    /// «2020 г.»
    public static func yearLabel(_ year: Int) -> String { "\(year)\(nbsp)г." }
}

import Foundation
