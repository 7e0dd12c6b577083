import KartaModel

/// One row of an indicator file before it is read into figures: each cell's text and where it is,
/// the same for CSV and YAML.
struct IndicatorRow {
    enum Column: String, CaseIterable {
        case code, name, unit, year, value, target, better, source

        /// Header spellings accepted besides the English key, compared in lower case: the columns as
        /// a Russian spreadsheet names them.
        var aliases: [String] {
            switch self {
            case .code: ["код", "код показателя", "№", "номер"]
            case .name: ["показатель", "наименование", "наименование показателя"]
            case .unit: ["единица", "единица измерения", "ед. изм.", "ед.изм.", "ед. измерения"]
            case .year: ["год"]
            case .value: ["значение", "факт", "фактическое значение"]
            case .target: ["цель", "целевое значение", "план", "плановое значение"]
            case .better: ["лучше", "направление", "желаемое направление"]
            case .source: ["источник", "источник данных"]
            }
        }

        static let required: [Column] = [.code, .name, .year, .value]

        static func named(_ header: String) -> Column? {
            let key = header.trimmingCharacters(in: .whitespaces).lowercased()
            return allCases.first { $0.rawValue == key || $0.aliases.contains(key) }
        }
    }

    struct Cell {
        var text: String
        var location: SourceLocation
    }

    var cells: [Column: Cell]
    /// The start of the row, for problems that concern it as a whole.
    var location: SourceLocation

    func text(_ column: Column) -> String? {
        guard let text = cells[column]?.text.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    func location(_ column: Column) -> SourceLocation { cells[column]?.location ?? location }
}

import Foundation
