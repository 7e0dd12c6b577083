import KartaModel

extension ViewBuilder {
    /// The same builder, with report pages linking their PDF or not.
    public func linkingReportPDFs(_ links: Bool) -> ViewBuilder {
        var builder = self
        builder.linksReportPDFs = links
        return builder
    }

    public func report(_ report: Report) -> ReportView {
        let path = SitePath.report(report)
        let entity = content.entity(report.entityID)
        let entityName = entity?.name ?? report.entityID
        var details = [ReportView.Detail(label: "Отчётный год", value: "\(report.year)\(RussianNumbers.nbsp)год")]
        if let compiledBy = report.compiledBy { details.append(.init(label: "Составитель", value: compiledBy)) }
        if let date = report.date { details.append(.init(label: "Дата", value: RussianFormat.date(date), datetime: date.description)) }
        // The name in the genitive when entity.yaml gives it, else a wording that needs no declension.
        var runningTitle = entity?.title("О состоянии системы образования", year: report.year)
            ?? "\(entityName) · О состоянии системы образования за \(report.year) год"
        if report.isDemo { runningTitle += " · демонстрационные данные" }
        var figureNumber = 0
        let blocks = report.blocks.enumerated().map { index, block -> ReportView.Block in
            var view = ReportView.Block()
            switch block {
            case .markdown(let text, _):
                view.markdownHTML = markdown.html(text)
            case .section(let section):
                let anchor = ReportAnchor.section(index, section.kind.rawValue)
                switch section.kind {
                case .execution: view.executionSection = executionSection(section, anchor: anchor, report: report, from: path)
                case .expectedResults: view.expectedSection = expectedSection(section, anchor: anchor, report: report, from: path)
                case .indicators: view.indicatorSection = indicatorSection(section, anchor: anchor, report: report)
                case .chart: view.chartSection = chartSection(section, anchor: anchor, report: report, figureNumber: &figureNumber)
                }
            }
            return view
        }
        return ReportView(
            chrome: chrome(from: path, title: report.title, breadcrumbs: entityTrail(report.entityID) + [("Отчёты", SitePath.reportIndex(report.entityID))]),
            printStyle: "@page { @top-center { content: \(CSSString.literal(runningTitle)); } } @page :first { @top-center { content: none; } }",
            kicker: "Ежегодный отчёт о состоянии системы образования",
            title: report.title,
            summary: report.summary,
            approval: approvalView(report.approval),
            entity: LinkView(label: entityName, url: link(from: path, to: SitePath.entity(report.entityID))),
            details: details,
            contacts: report.contacts.map { ReportView.Detail(label: $0.label, value: $0.value) },
            isDemo: report.isDemo,
            pdfURL: linksReportPDFs ? link(from: path, to: SitePath.reportPDF(report)) : nil,
            indexURL: link(from: path, to: SitePath.reportIndex(report.entityID)),
            blocks: blocks,
            appendices: blocks.compactMap(\.executionSection).filter { !$0.directions.isEmpty })
    }

    public func reportIndex(_ entityID: String) -> ReportIndexView {
        let path = SitePath.reportIndex(entityID)
        let entity = content.entity(entityID)
        let name = entity?.name ?? entityID
        let title = entity?.title("Отчёты о состоянии системы образования") ?? "Отчёты о состоянии системы образования"
        return ReportIndexView(
            chrome: chrome(from: path, title: title, breadcrumbs: entityTrail(entityID)),
            title: title,
            entity: LinkView(label: name, url: link(from: path, to: SitePath.entity(entityID))),
            reports: content.reports(of: entityID).reversed().map { report in
                ReportIndexView.Entry(
                    label: report.title, url: link(from: path, to: SitePath.report(report)), year: "\(report.year)",
                    pdfURL: linksReportPDFs ? link(from: path, to: SitePath.reportPDF(report)) : nil, isDemo: report.isDemo)
            })
    }

    /// The newest report of an entity, for its page and the home page.
    func latestReportLink(_ entityID: String, from path: String, withEntity: Bool = false) -> LinkView? {
        guard let report = content.latestReport(of: entityID) else { return nil }
        var note = "за \(report.year) год"
        if withEntity, let entity = content.entity(entityID) { note = "\(entity.name) · " + note }
        if report.isDemo { note += " · демонстрационные данные" }
        return LinkView(label: report.title, url: link(from: path, to: SitePath.report(report)), note: note)
    }

    /// «3 (60 %)»: a count and its share of `total`.
    func share(_ count: Int, of total: Int) -> String {
        guard total > 0, count > 0 else { return String(count) }
        return "\(count) (\(RussianNumbers.percent(Double(count) / Double(total) * 100)))"
    }
}
