import KartaModel

/// Reads `indicators.yaml`: a list of rows with the columns of `indicators.csv` as keys.
///
/// ```yaml
/// - {code: "1.1.1", name: "Охват детей дошкольным образованием", unit: "%", year: 2021, value: 85.5, target: 90, better: higher}
/// ```
enum IndicatorYAML {
    static func table(_ root: YAMLNode?, entityID: String, reader: YAMLReader) -> IndicatorTable? {
        guard let root else { return IndicatorTable(entityID: entityID, indicators: [], location: SourceLocation(file: reader.file)) }
        guard case .sequence(let sequence) = root else {
            reader.error(.type, "indicators.yaml must be a list of rows (code, name, unit, year, value, target, better, source)", at: root)
            return nil
        }
        let keys = IndicatorRow.Column.allCases.map(\.rawValue)
        var builder = IndicatorTableBuilder()
        for node in sequence {
            guard let map = reader.mapping(node, "an indicator row", allowed: keys) else { continue }
            var cells: [IndicatorRow.Column: IndicatorRow.Cell] = [:]
            for column in IndicatorRow.Column.allCases {
                if let text = map.string(column.rawValue) { cells[column] = IndicatorRow.Cell(text: text, location: map.location(of: column.rawValue)) }
            }
            builder.add(IndicatorRow(cells: cells, location: map.location))
        }
        for diagnostic in builder.diagnostics.all { reader.report(diagnostic) }
        return builder.table(entityID: entityID, file: reader.file)
    }
}
