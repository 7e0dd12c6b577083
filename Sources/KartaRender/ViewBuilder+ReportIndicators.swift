import KartaModel

extension ViewBuilder {
    func indicatorSection(_ section: ReportSection, anchor: String, report: Report) -> IndicatorSectionView {
        let year = report.year
        let indicators = (content.indicators(of: report.entityID)?.select(section.codes) ?? [])
            .filter { $0.observation(in: year) != nil || $0.observation(in: year - 1) != nil }
        let noData = "нет данных"
        let rows = indicators.map { indicator -> IndicatorSectionView.Row in
            let assessment = IndicatorAssessment(indicator, year: year)
            var verdict = [assessment.targetStatus.map(RussianNumbers.targetStatus), assessment.trend.map(RussianNumbers.trend)].compactMap { $0 }
            if verdict.isEmpty { verdict = ["нет данных для оценки"] }
            let sources = [assessment.current?.source, assessment.previous?.source].compactMap { $0 }
            return IndicatorSectionView.Row(
                code: indicator.code,
                name: indicator.name,
                better: RussianNumbers.better(indicator.better),
                source: sources.first,
                unit: indicator.unit,
                previous: assessment.previous?.value.map(RussianNumbers.number) ?? noData,
                value: assessment.current?.value.map(RussianNumbers.number) ?? noData,
                change: assessment.change.map { RussianNumbers.signedChange($0, unit: indicator.unit) } ?? "—",
                trendKey: assessment.trend?.rawValue ?? "none",
                target: assessment.current?.target.map(RussianNumbers.number) ?? "—",
                percentOfTarget: assessment.percentOfTarget.map(RussianNumbers.percent) ?? "—",
                assessment: Self.capitalized(verdict.joined(separator: "; ")),
                statusKey: assessment.targetStatus?.rawValue ?? "none")
        }
        return IndicatorSectionView(
            anchor: anchor,
            heading: section.title ?? "Показатели мониторинга системы образования за \(year) год",
            level: section.headingLevel,
            caption: "Показатели мониторинга за \(year) год в сравнении с \(year - 1) годом",
            yearLabel: String(year),
            previousYearLabel: String(year - 1),
            rows: rows,
            rules: """
                Изменение — разница со значением \(year - 1) года, для показателей в процентах — в процентных пунктах (п.п.); \
                ▲ — рост, ▼ — снижение. Улучшение или ухудшение определяется направлением показателя: «лучше — выше» или \
                «лучше — ниже». Целевое значение достигнуто, если значение не ниже цели (не выше — для показателей «лучше — ниже»); \
                % цели — значение, делённое на цель (цель, делённая на значение, — для показателей «лучше — ниже»).
                """,
            emptyNote: rows.isEmpty ? "Показатели за \(year) год на сайте не заданы." : nil)
    }

    func chartSection(_ section: ReportSection, anchor: String, report: Report, figureNumber: inout Int) -> ChartSectionView {
        let year = report.year
        let indicators = content.indicators(of: report.entityID)?.select(section.codes) ?? []
        var figures: [ChartSectionView.Figure] = []
        switch section.chart ?? .dynamics {
        case .dynamics:
            for indicator in indicators {
                let observed = indicator.observations.filter { $0.year <= year && $0.value != nil }
                guard observed.count >= 2, let first = observed.first?.year else { continue }
                figureNumber += 1
                figures.append(dynamicsFigure(indicator, years: Array(first...year), anchor: ReportAnchor.part(anchor, figures.count), number: figureNumber))
            }
        case .target:
            let assessed = indicators.map { IndicatorAssessment($0, year: year) }.filter { $0.percentOfTarget != nil }
            if !assessed.isEmpty {
                figureNumber += 1
                figures.append(targetFigure(assessed, year: year, anchor: ReportAnchor.part(anchor, 0), number: figureNumber))
            }
        }
        let heading = section.title ?? (section.chart == .target ? "Достижение целевых значений в \(year) году" : "Динамика показателей")
        return ChartSectionView(
            anchor: anchor, heading: heading, level: section.headingLevel, figures: figures,
            emptyNote: figures.isEmpty
                ? (section.chart == .target
                    ? "Для \(year) года нет показателей с целевым значением."
                    : "Для диаграммы нужны значения показателя хотя бы за два года.")
                : nil)
    }

    private func dynamicsFigure(_ indicator: Indicator, years: [Int], anchor: String, number: Int) -> ChartSectionView.Figure {
        let unit = indicator.unit.isEmpty ? "" : ", \(indicator.unit)"
        let points = years.map { year -> DynamicsChart.Point in
            let observation = indicator.observation(in: year)
            return DynamicsChart.Point(
                year: year, value: observation?.value?.value, valueLabel: observation?.value.map(RussianNumbers.number),
                target: observation?.target?.value, targetLabel: observation?.target.map(RussianNumbers.number))
        }
        let described = points.map { point in
            var text = "\(point.year) — \(point.valueLabel ?? "нет данных")"
            if let target = point.targetLabel { text += " (цель \(target))" }
            return text
        }
        let title = "Рисунок \(number). Динамика показателя \(indicator.code) «\(indicator.name)»\(unit)"
        let chart = DynamicsChart(
            id: anchor, title: title,
            description: "Значения по годам: " + described.joined(separator: "; ") + ".",
            points: points)
        return ChartSectionView.Figure(
            anchor: anchor, caption: title, svg: chart.svg,
            tableCaption: "Данные рисунка \(number)",
            columns: ["Год", "Значение" + unit, "Целевое значение" + unit],
            rows: points.map { .init(header: String($0.year), cells: [$0.valueLabel ?? "нет данных", $0.targetLabel ?? "—"]) })
    }

    private func targetFigure(_ assessed: [IndicatorAssessment], year: Int, anchor: String, number: Int) -> ChartSectionView.Figure {
        func verdict(_ assessment: IndicatorAssessment) -> String? {
            assessment.targetStatus.map { $0 == .achieved ? "достигнуто" : "не достигнуто" }
        }
        let bars = assessed.map { assessment in
            let percent = RussianNumbers.percent(assessment.percentOfTarget ?? 0)
            return TargetChart.Bar(
                code: assessment.indicator.code, name: assessment.indicator.name, percent: assessment.percentOfTarget ?? 0,
                label: verdict(assessment).map { "\(percent) — \($0)" } ?? percent,
                isAchieved: assessment.targetStatus.map { $0 == .achieved })
        }
        let title = "Рисунок \(number). Достижение целевых значений показателей в \(year) году, % цели"
        let described = assessed.map { assessment in
            "\(assessment.indicator.code) «\(assessment.indicator.name)» — \(RussianNumbers.percent(assessment.percentOfTarget ?? 0)) цели"
                + (verdict(assessment).map { ", \($0)" } ?? "")
        }
        let chart = TargetChart(id: anchor, title: title, description: described.joined(separator: "; ") + ".", bars: bars)
        return ChartSectionView.Figure(
            anchor: anchor, caption: title, svg: chart.svg,
            tableCaption: "Данные рисунка \(number)",
            columns: ["Показатель", "Ед. изм.", "Значение", "Цель", "% цели", "Оценка"],
            rows: assessed.map { assessment in
                .init(
                    header: "\(assessment.indicator.code) \(assessment.indicator.name)",
                    cells: [
                        assessment.indicator.unit,
                        assessment.current?.value.map(RussianNumbers.number) ?? "нет данных",
                        assessment.current?.target.map(RussianNumbers.number) ?? "—",
                        RussianNumbers.percent(assessment.percentOfTarget ?? 0),
                        Self.capitalized(verdict(assessment) ?? "—"),
                    ])
            })
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
