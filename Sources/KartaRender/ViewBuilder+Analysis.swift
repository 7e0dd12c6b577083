import KartaModel

/// The analysis pages. Roadmaps, plans and expected results show what was approved, verbatim; what
/// Karta infers from them (stages, levels, the management cycle's coverage) is shown only here.
extension ViewBuilder {
    static let analysisMethod =
        "Эту страницу составила программа Karta: этап управленческого цикла каждого мероприятия определён по словам его текста (или указан редактором сайта), уровень — по первому ответственному с известным уровнем, направление — по разделу документа; это не часть утверждённых документов."
    static let directionAnalysisMethod =
        "Эту таблицу составила программа Karta: мероприятия каждого органа и каждой организации по этому направлению разнесены по этапам управленческого цикла по словам их текста (или по этапу, указанному редактором сайта); это не часть утверждённых документов."

    /// Whether the site has analysis pages in this build: the documents have activities, and the
    /// pages are published (`analysis: public`) or this is the preview.
    public var hasAnalysis: Bool {
        showsAnalysis && (!content.roadmaps.isEmpty || !content.plans.isEmpty)
    }

    /// Whether `entityID` has its own analysis page: it owns activities of roadmaps or plans.
    public func hasAnalysis(of entityID: String) -> Bool {
        hasAnalysis && lookup.ownedCount(by: entityID) > 0
    }

    func entityAnalysisURL(_ entityID: String, from path: String) -> String? {
        hasAnalysis(of: entityID) ? link(from: path, to: SitePath.entityAnalysis(entityID)) : nil
    }

    func directionAnalysisURL(_ id: String, from path: String) -> String? {
        hasAnalysis ? link(from: path, to: SitePath.directionAnalysis(id)) : nil
    }

    /// `/ENTITY/analysis/`: the cycle tables of the entity's roadmaps and plan levels, each activity's
    /// stage and level by document, and the direction of each section its author named.
    public func entityAnalysis(_ entity: Entity) -> AnalysisView {
        let path = SitePath.entityAnalysis(entity.id)
        let owned = lookup.owned(by: entity.id)
        var documents: [(key: String, activities: [Activity])] = []
        for activity in owned {
            let key = activity.source.rawValue + ":" + activity.documentID
            if documents.last?.key == key { documents[documents.count - 1].activities.append(activity) } else { documents.append((key, [activity])) }
        }
        return AnalysisView(
            chrome: chrome(from: path, title: "Анализ: \(entity.name)", breadcrumbs: entityTrail(entity.id)),
            title: "Анализ: \(entity.name)",
            method: Self.analysisMethod,
            subject: LinkView(label: entity.name, url: link(from: path, to: SitePath.entity(entity.id))),
            cycleTables: cycleSubjects(of: owned).map { cycleTable($0, from: path) },
            cycleNote: "Сколько мероприятий каждого направления относится к каждому этапу управленческого цикла.",
            stageTables: documents.enumerated().map { index, document in
                let first = document.activities[0]
                return AnalysisView.StageTable(
                    anchor: "stages-\(index + 1)",
                    document: LinkView(
                        label: first.documentTitle, url: link(from: path, to: SitePath.document(of: first)), note: documentLabel(first)),
                    rows: stageRows(document.activities, from: path))
            },
            sections: sectionDirections(of: entity.id, from: path),
            entities: [], directions: [])
    }

    /// One row per stage that has activities, in cycle order, the normative base last.
    func stageRows(_ activities: [Activity], from path: String) -> [AnalysisView.StageRow] {
        let byStage = Dictionary(grouping: activities, by: \.stage.stage)
        return (CycleStage.cycle + [.framework]).compactMap { stage in
            guard let atStage = byStage[stage] else { return nil }
            let levels = Level.allCases.compactMap { level -> String? in
                let count = atStage.filter { $0.level == level }.count
                return count == 0 ? nil : "\(Self.levelShortName(level)) — \(count)"
            }
            return AnalysisView.StageRow(
                stage: stage.title, count: String(atStage.count), levels: levels.joined(separator: ", "),
                activities: atStage.enumerated().map { index, activity in
                    AnalysisView.ActivityLink(
                        label: Self.activityLabel(activity),
                        url: link(from: path, to: SitePath.document(of: activity)) + "#" + RoadmapAnchor.item(activity.rowID),
                        separator: index < atStage.count - 1 ? ", " : "")
                })
        }
    }

    /// A roadmap item's number as printed («б/н» without one); a plan cell's year and level column.
    static func activityLabel(_ activity: Activity) -> String {
        guard activity.source == .plan else { return activity.number ?? "б/н" }
        let column = switch activity.level {
        case .region: "рег."
        case .municipality: "мун."
        case .school: "ОО"
        }
        return "\(activity.planYear.map(String.init) ?? "год не указан"), \(column)"
    }

    /// Each section of the entity's documents with the direction its `direction:` names; sections whose
    /// direction `karta import` only guessed are left out (they are a warning for the editor).
    func sectionDirections(of entityID: String, from path: String) -> [AnalysisView.SectionDirection] {
        func row(_ title: String, _ url: String, _ section: (title: String, directionID: String)) -> AnalysisView.SectionDirection {
            AnalysisView.SectionDirection(
                document: LinkView(label: title, url: link(from: path, to: url)), section: section.title,
                direction: LinkView(label: directionTitle(section.directionID), url: link(from: path, to: SitePath.direction(section.directionID))))
        }
        var rows: [AnalysisView.SectionDirection] = []
        for roadmap in content.roadmaps(of: entityID) {
            rows += roadmap.sections.filter { !$0.directionGuessed }.map { row(roadmap.title, SitePath.roadmap(roadmap), ($0.title, $0.directionID)) }
        }
        for plan in content.plans(of: entityID) {
            rows += plan.sections.filter { !$0.directionGuessed }.map { row(plan.title, SitePath.plan(plan), ($0.title, $0.directionID)) }
        }
        for table in content.expectedResults(of: entityID) {
            rows += table.sections.filter { !$0.directionGuessed }.map { row(table.title, SitePath.expectedResults(table), ($0.title, $0.directionID)) }
        }
        return rows
    }

    /// `/directions/ID/analysis/`: how every entity (and every plan level) covers the cycle in one direction.
    public func directionAnalysis(_ direction: Direction) -> AnalysisView {
        let path = SitePath.directionAnalysis(direction.id)
        let rows = cycles.subjects.map { subject in
            cycleRow(
                heading: LinkView(label: subjectLabel(subject), url: subjectURL(subject, from: path)),
                coverage: cycles.coverage(of: subject), direction: direction.id)
        }
        let name = direction.shortTitle ?? direction.title
        return AnalysisView(
            chrome: chrome(
                from: path, title: "Анализ: \(name)",
                breadcrumbs: [("Главная", SitePath.home), ("Направления", SitePath.directionIndex), (direction.title, SitePath.direction(direction.id))]),
            title: "Анализ: \(direction.title)",
            method: Self.directionAnalysisMethod,
            subject: LinkView(label: direction.title, url: link(from: path, to: SitePath.direction(direction.id))),
            cycleTables: rows.isEmpty ? [] : [CycleTableView(
                anchor: "cycle", caption: "Управленческий цикл по направлению «\(name)»",
                rowHeading: "Орган, организация", columns: Self.cycleColumns, rows: rows)],
            cycleNote: "Сколько мероприятий каждого органа или организации относится к каждому этапу управленческого цикла.",
            stageTables: [], sections: [], entities: [], directions: [])
    }

    /// `/analysis/`: every analysis page of the site.
    public func analysisIndex() -> AnalysisView {
        let path = SitePath.analysisIndex
        return AnalysisView(
            chrome: chrome(from: path, title: "Анализ", breadcrumbs: [("Главная", SitePath.home)]),
            title: "Анализ",
            method: Self.analysisMethod,
            subject: nil, cycleTables: [], cycleNote: nil, stageTables: [], sections: [],
            entities: content.entities.filter { hasAnalysis(of: $0.id) }.map {
                LinkView(label: $0.name, url: link(from: path, to: SitePath.entityAnalysis($0.id)), note: RussianFormat.level($0.level))
            },
            directions: content.directions.map {
                LinkView(label: $0.title, url: link(from: path, to: SitePath.directionAnalysis($0.id)))
            })
    }
}
