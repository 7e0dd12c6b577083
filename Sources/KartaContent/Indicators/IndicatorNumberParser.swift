import KartaModel

/// Figures as spreadsheets export them: «85,5», «85.5», «1 302», «−3», «12,5 %».
enum IndicatorNumberParser {
    static func parse(_ text: String) -> IndicatorNumber? {
        var scalars = text.unicodeScalars.filter { !$0.properties.isWhitespace }
        if scalars.last == "%" { scalars.removeLast() }
        var negative = false
        if scalars.first == "+" { scalars.removeFirst() }
        if let first = scalars.first, first == "-" || first == "\u{2212}" || first == "–" {
            negative = true
            scalars.removeFirst()
        }
        let separators = scalars.filter { $0 == "," || $0 == "." }
        guard separators.count <= 1, !scalars.isEmpty else { return nil }
        var whole = 0.0
        var fraction = 0.0
        var scale = 1.0
        var decimals = 0
        var afterSeparator = false
        var digits = 0
        for scalar in scalars {
            if scalar == "," || scalar == "." {
                afterSeparator = true
                continue
            }
            guard ("0"..."9").contains(scalar), let digit = Int(String(scalar)) else { return nil }
            digits += 1
            if afterSeparator {
                scale /= 10
                fraction += Double(digit) * scale
                decimals += 1
            } else {
                whole = whole * 10 + Double(digit)
            }
        }
        // Fifteen digits is what a Double holds exactly; longer figures are not monitoring data.
        guard digits > 0, digits <= 15, !(afterSeparator && decimals == 0), scalars.first != "," && scalars.first != "." else { return nil }
        let value = whole + fraction
        return IndicatorNumber(negative ? -value : value, decimals: decimals)
    }

    static func direction(_ text: String) -> IndicatorDirection? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "higher", "выше", "больше", "рост", "↑": .higher
        case "lower", "ниже", "меньше", "снижение", "↓": .lower
        case "neutral", "нейтрально", "нейтральный", "-", "—": .neutral
        default: nil
        }
    }
}

import Foundation
