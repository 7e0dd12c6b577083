@testable import KartaRender
@testable import KartaTemplates
import Testing

/// Views that make their own template value (`TemplateValueConvertible`) must give exactly what their
/// synthesised `Encodable` conformance gives through `TemplateEncoder`: the same fields, in the same order,
/// with a `nil` field left out. Each view is checked with every optional set and with every optional unset.
@Suite("Views that make their own template value")
struct TemplateValueConvertibleTests {
    static func describe(_ value: TemplateValue) -> String {
        switch value {
        case .string(let text): "s(\(text.debugDescription))"
        case .int(let number): "i(\(number))"
        case .bool(let flag): "b(\(flag))"
        case .list(let items): "[" + items.map(describe).joined(separator: ", ") + "]"
        case .lazyList(let list): "lazy[" + list.values.map(describe).joined(separator: ", ") + "]"
        case .object(let object): "{" + object.fields.map { "\($0.name): \(describe($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    static func check<View: TemplateValueConvertible>(_ view: View, sourceLocation: SourceLocation = #_sourceLocation) {
        let made = describe(view.templateValue)
        #expect(made == describe(TemplateEncoder.encoded(view)), sourceLocation: sourceLocation)
        // And the encoder finds the view's own value.
        #expect(made == describe(TemplateEncoder.value(of: view)), sourceLocation: sourceLocation)
    }

    static let link = LinkView(label: "МОУ «Гимназия № 1»", url: "../a/index.html", note: "12 мероприятий")
    static let party = PartyView(text: "ММС", full: "муниципальная методическая служба", isAbbreviation: true, glossaryURL: "../glossary/index.html#term-ММС", separator: ", ")
    static let deadline = DeadlineView(text: "до 17 января 2022 г.", datetime: "2022-01-17")

    @Test(arguments: [true, false])
    func activityRow(optionalsSet: Bool) {
        Self.check(ActivityRowView(
            label: "1.2", number: optionalsSet ? "1.2" : nil, url: "../r.html#item-1-2", textHTML: "<p>Анализ</p>",
            deadline: optionalsSet ? Self.deadline : nil, months: optionalsSet ? "сентябрь–ноябрь" : nil, stage: "анализ",
            level: "школа", levelNote: "по документу", parties: optionalsSet ? [Self.party, Self.party] : [],
            entity: Self.link, document: "дорожная карта, 2022–2024 гг.", direction: LinkView(label: "ВСОКО", url: "d.html")))
    }

    @Test(arguments: [true, false])
    func party(optionalsSet: Bool) {
        Self.check(optionalsSet ? Self.party : PartyView(text: "директор", full: nil, isAbbreviation: false, glossaryURL: nil, separator: ""))
    }

    @Test(arguments: [true, false])
    func link(optionalsSet: Bool) {
        Self.check(optionalsSet ? Self.link : LinkView(label: "Школа", url: "s.html"))
    }

    @Test(arguments: [true, false])
    func deadline(hasDatetime: Bool) {
        Self.check(hasDatetime ? Self.deadline : DeadlineView(text: "ежегодно", datetime: nil))
    }

    @Test(arguments: [true, false])
    func roadmapRow(optionalsSet: Bool) {
        let cell = RoadmapView.CellView(
            key: "text", label: "Мероприятие", isRowHeader: !optionalsSet, html: optionalsSet ? "<p>x</p>" : nil,
            text: optionalsSet ? "x" : nil, datetime: optionalsSet ? "2022" : "", hasDatetime: optionalsSet,
            parties: optionalsSet ? [Self.party] : [], meta: optionalsSet ? "срок не определён" : "", hasMeta: optionalsSet)
        Self.check(cell)
        Self.check(RoadmapView.RowView(anchor: "item-1", isSubitem: optionalsSet, cells: [cell, cell]))
    }

    @Test(arguments: [true, false])
    func timelineCell(optionalsSet: Bool) {
        Self.check(TimelineView.Cell(
            x: 1, y: 2, width: 3, height: 4, fill: "#fff", count: optionalsSet ? "5" : nil, textX: 6, textY: 7, textFill: "#000"))
    }

    @Test func cycleCellAndChromeLink() {
        Self.check(CycleTableView.Cell(text: "3", isGap: false, label: "Анализ: 3 мероприятия"))
        Self.check(ChromeView.Link(label: "Главная", url: "index.html", isCurrent: true))
    }

    @Test(arguments: [true, false])
    func executionActivity(optionalsSet: Bool) {
        Self.check(ExecutionSectionView.Activity(
            number: "3", url: "r.html#item-3", textHTML: "<p>x</p>", deadline: optionalsSet ? "2022" : nil,
            parties: optionalsSet ? [Self.party] : [], status: "выполнено", statusKey: "done", isOverdue: !optionalsSet,
            resultHTML: optionalsSet ? "<p>итог</p>" : nil))
    }

    @Test func groupsOfRows() throws {
        let row = try #require(Self.row)
        Self.check(ResponsibleView.YearGroup(anchor: "y2022", title: "2022 год", count: "2", activities: [row, row], entities: [Self.link]))
        Self.check(YearView.DirectionGroup(direction: Self.link, count: "1", activities: [row]))
        Self.check(TimelineView.Row(label: "Анализ", labelY: 3, cells: [], values: ["1", "2"]))
        Self.check(CycleTableView.Row(heading: Self.link, cells: [CycleTableView.Cell(text: "", isGap: true, label: "пробел")], summary: "полный цикл", isComplete: true))
    }

    @Test(arguments: [true, false])
    func chrome(optionalsSet: Bool) {
        Self.check(ChromeView(
            pageTitle: "Страница", siteTitle: "Сайт", description: optionalsSet ? "О сайте" : nil,
            canonicalURL: optionalsSet ? "https://example.ru/" : nil, baseHref: optionalsSet ? "/" : nil,
            stylesheet: "assets/karta.css", accessibilityScript: "assets/karta-a11y.js", searchURL: optionalsSet ? "search/index.html" : nil,
            homeURL: "index.html", nav: [ChromeView.Link(label: "Главная", url: "index.html", isCurrent: true)],
            breadcrumbs: optionalsSet ? [ChromeView.Link(label: "Область", url: "o.html", isCurrent: false)] : [],
            owner: optionalsSet ? OwnerView(name: "Министерство образования") : nil, credit: optionalsSet))
    }

    static let row: ActivityRowView? = ActivityRowView(
        label: "—", number: nil, url: "u", textHTML: "t", deadline: deadline, months: nil, stage: "анализ", level: "школа",
        levelNote: "по документу", parties: [party], entity: link, document: "план", direction: link)

    @Test func arraysOfViewsAreListsOfTheirValues() {
        Self.check([Self.link, Self.link])
        #expect(Self.describe(TemplateEncoder.value(of: [Self.party])) == Self.describe(TemplateEncoder.encoded([Self.party])))
    }
}
