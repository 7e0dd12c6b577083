import KartaModel

/// Annual reports and the indicator files they read.
extension ContentLoader {
    func loadReports(_ tree: ContentTree, diagnostics: inout Diagnostics) -> [Report] {
        loadEach(tree.reports, diagnostics: &diagnostics) { file, diagnostics in
            cached(file.path, diagnostics: &diagnostics) { diagnostics -> Report? in
                guard let text = read(file.path, diagnostics: &diagnostics) else { return nil }
                let (report, problems) = ReportLoader.report(text: text, year: file.year, entityID: file.entityID, file: display(file.path))
                diagnostics.append(contentsOf: problems)
                return report
            }
        }.compactMap { $0 }
    }

    func loadIndicators(_ tree: ContentTree, diagnostics: inout Diagnostics) -> [IndicatorTable] {
        loadEach(tree.indicatorFiles, diagnostics: &diagnostics) { file, diagnostics -> IndicatorTable? in
            switch file.format {
            case .csv:
                return cached(file.path, diagnostics: &diagnostics) { diagnostics -> IndicatorTable? in
                    guard let data = readData(file.path, diagnostics: &diagnostics) else { return nil }
                    let (table, problems) = IndicatorCSV.read(data, entityID: file.entityID, file: display(file.path))
                    diagnostics.append(contentsOf: problems)
                    return table
                }
            case .yaml:
                return loadYAML(file.path, required: true, diagnostics: &diagnostics) {
                    IndicatorYAML.table($0, entityID: file.entityID, reader: $1)
                } ?? nil
            }
        }.compactMap { $0 }
    }
}
