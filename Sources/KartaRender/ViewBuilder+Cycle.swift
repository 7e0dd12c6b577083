import KartaModel

/// Direction × stage tables of the management cycle. A *subject* is whose cycle is judged: an entity for the
/// activities of its roadmaps, or one level of an entity's per-level plans (the plan assigns work to that level).
extension ViewBuilder {
    struct CycleSubject: Hashable, Sendable {
        var entityID: String
        var planLevel: Level?

        init(of activity: Activity) {
            entityID = activity.entityID
            planLevel = activity.source == .plan ? activity.level : nil
        }
    }

    /// Every subject with at least one activity, by entity id, roadmaps before plan levels.
    func cycleSubjects(of activities: [Activity]) -> [CycleSubject] {
        Self.sortedSubjects(Set(activities.map(CycleSubject.init(of:))))
    }

    static func sortedSubjects(_ subjects: some Collection<CycleSubject>) -> [CycleSubject] {
        subjects.sorted {
            ($0.entityID, $0.planLevel.map { Level.allCases.firstIndex(of: $0)! + 1 } ?? 0)
                < ($1.entityID, $1.planLevel.map { Level.allCases.firstIndex(of: $0)! + 1 } ?? 0)
        }
    }

    func subjectLabel(_ subject: CycleSubject) -> String {
        let name = content.entity(subject.entityID)?.name ?? subject.entityID
        guard let level = subject.planLevel else { return name }
        return "\(name): план по уровням, \(Self.levelShortName(level))"
    }

    func subjectAnchor(_ subject: CycleSubject) -> String {
        "cycle-" + subject.entityID.split(separator: "/").joined(separator: "--") + (subject.planLevel.map { "-plan-" + $0.rawValue } ?? "")
    }

    /// The stages as columns: the nine components in cycle order, then the normative base.
    static let cycleColumns: [CycleTableView.Column] = (CycleStage.cycle + [.framework]).map {
        CycleTableView.Column(short: $0.shortTitle, title: $0.title, isShortened: $0.shortTitle != $0.title)
    }

    /// One row: how `coverage` covers `direction`, every component a count, «пробел» or «в основе».
    func cycleRow(heading: LinkView, coverage: CycleCoverage, direction: String) -> CycleTableView.Row {
        let cells = (CycleStage.cycle + [.framework]).map { stage -> CycleTableView.Cell in
            let count = coverage.count(direction, stage)
            if count > 0 {
                return CycleTableView.Cell(text: String(count), isGap: false, label: "\(stage.title): \(RussianFormat.activities(count))")
            }
            if stage == .framework {
                return CycleTableView.Cell(text: "нет", isGap: false, label: "\(stage.title): мероприятий нет")
            }
            if coverage.isCovered(direction, stage) {
                return CycleTableView.Cell(
                    text: "в основе", isGap: false,
                    label: "\(stage.title): отдельных мероприятий нет, цели задают документы нормативной основы")
            }
            return CycleTableView.Cell(text: "пробел", isGap: true, label: "\(stage.title): пробел, мероприятий нет")
        }
        let gaps = coverage.gaps(direction)
        let total = coverage.counts[direction]?.values.reduce(0, +) ?? 0
        let summary: String
        if total == 0 {
            summary = "мероприятий нет"
        } else if gaps.isEmpty {
            summary = "полный цикл"
        } else {
            summary = "неполный цикл: \(RussianFormat.gaps(gaps.count))"
        }
        return CycleTableView.Row(heading: heading, cells: cells, summary: summary, isComplete: total > 0 && gaps.isEmpty)
    }

    /// One subject's table: a row per direction of the catalogue.
    func cycleTable(_ subject: CycleSubject, from path: String) -> CycleTableView {
        let coverage = cycles.coverage(of: subject)
        return CycleTableView(
            anchor: subjectAnchor(subject), caption: "Управленческий цикл: \(subjectLabel(subject))", rowHeading: "Направление",
            columns: Self.cycleColumns,
            rows: content.directions.map { direction in
                cycleRow(
                    heading: LinkView(label: direction.shortTitle ?? direction.title, url: link(from: path, to: SitePath.direction(direction.id))),
                    coverage: coverage, direction: direction.id)
            })
    }

    func subjectURL(_ subject: CycleSubject, from path: String) -> String {
        link(from: path, to: SitePath.entityAnalysis(subject.entityID)) + "#" + subjectAnchor(subject)
    }
}
