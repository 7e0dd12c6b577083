import KartaModel
/// What a table column holds, recognised from its printed title.
enum ColumnRole: Hashable {
    // roadmap
    case number, text, deadline, responsible, indicator, result
    // per-level plan
    case year, region, municipality, school
    // expected results: one column per year
    case yearValue(Int)

    /// The key written in `columns:`.
    var key: String {
        switch self {
        case .number: "number"
        case .text: "text"
        case .deadline: "deadline"
        case .responsible: "responsible"
        case .indicator: "indicator"
        case .result: "result"
        case .year: "year"
        case .region: "region"
        case .municipality: "municipality"
        case .school: "school"
        case .yearValue(let year): String(year)
        }
    }

    /// Columns whose cells are Markdown (the others are plain text).
    var isMarkdown: Bool {
        switch self {
        case .text, .indicator, .result, .region, .municipality, .school, .yearValue: true
        case .number, .deadline, .responsible, .year: false
        }
    }
}

enum TableKind: Equatable {
    case roadmap, plan, expectedResults
}

/// A recognised header row: the kind of table and the role and printed title of each column.
struct TableHeader: Equatable {
    var kind: TableKind
    var roles: [ColumnRole]
    var titles: [String]
    /// Columns whose title was not recognised, mapped to a free role (reported once per table).
    var guessed: [Int] = []

    var count: Int { roles.count }

    func index(of role: ColumnRole) -> Int? { roles.firstIndex(of: role) }

    /// The column that tells a new row from a continued one, when there is one: the number, else the year.
    var keyIndex: Int? { index(of: .number) ?? index(of: .year) }
    /// The columns that hold data: all but the key.
    var dataIndices: [Int] { roles.indices.filter { $0 != keyIndex } }

    /// Two headers describe the same table when the columns hold the same things in the same order
    /// (a header repeated after a page break may differ in bold or spacing).
    func sameColumns(as other: TableHeader) -> Bool { kind == other.kind && roles == other.roles }

    /// Recognises a header from its cells' raw text (tags allowed), or returns `nil`.
    static func recognise(_ cells: [String]) -> TableHeader? {
        guard cells.count >= 2 else { return nil }
        // Title by title, stopping at the first that cannot be a column title: every row of a
        // table's body comes through here.
        var titles: [String] = []
        for cell in cells {
            let title = TextTools.oneLine(TextTools.plain(cell))
            guard !title.isEmpty, title.count <= 80 else { return nil }
            titles.append(title)
        }
        if let years = yearColumns(titles) {
            return TableHeader(kind: .expectedResults, roles: years.map { .yearValue($0) }, titles: titles)
        }
        let keys = titles.map { RussianText.foldingYo($0.lowercased()).filter { !$0.isWhitespace } }
        if let plan = planRoles(keys), plan.filter({ $0 != .year }).count >= 2 {
            return TableHeader(kind: .plan, roles: plan, titles: titles)
        }
        guard titles.count >= 3 else { return nil }
        var roles: [ColumnRole?] = keys.map(roadmapRole)
        var seen = Set<ColumnRole>()
        for role in roles.compactMap({ $0 }) {
            guard seen.insert(role).inserted else { return nil }
        }
        guard seen.contains(.text) else { return nil }
        let unknown = roles.indices.filter { roles[$0] == nil }
        // One unrecognised column is read as a result (or indicator) column; more mean this is no header.
        guard unknown.count <= 1, seen.count >= 2 else { return nil }
        var guessed: [Int] = []
        for index in unknown {
            guard let free = [ColumnRole.result, .indicator].first(where: { !seen.contains($0) }) else { return nil }
            roles[index] = free
            seen.insert(free)
            guessed.append(index)
        }
        return TableHeader(kind: .roadmap, roles: roles.map { $0! }, titles: titles, guessed: guessed)
    }

    static func yearColumns(_ titles: [String]) -> [Int]? {
        let years = titles.compactMap { TextTools.isYear($0) ? Int($0) : nil }
        guard years.count == titles.count, zip(years, years.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        return years
    }

    static func planRoles(_ keys: [String]) -> [ColumnRole]? {
        var roles: [ColumnRole] = []
        for key in keys {
            let role: ColumnRole
            if key == "год" || key == "годы" || key.hasPrefix("годреализации") || key == "период" {
                role = .year
            } else if TextTools.contains(key, "региональн") {
                role = .region
            } else if TextTools.contains(key, "муниципальн") {
                role = .municipality
            } else if TextTools.contains(key, "уровеньоо") || TextTools.contains(key, "школьн") || TextTools.contains(key, "образовательнойорганизации")
                || TextTools.contains(key, "уровеньобразовательн") {
                role = .school
            } else {
                return nil
            }
            guard !roles.contains(role) else { return nil }
            roles.append(role)
        }
        return roles
    }

    /// Roadmap column titles, compared without spaces (exports break words: «Сро к исполнени я»).
    static func roadmapRole(_ key: String) -> ColumnRole? {
        if TextTools.contains(key, "№") || TextTools.contains(key, "п/п") || key == "номер" || key == "n" { return .number }
        if TextTools.contains(key, "срок") || key.hasPrefix("датаисполнени") || key.hasPrefix("периодисполнени") { return .deadline }
        if TextTools.contains(key, "результат") { return .result }
        if TextTools.contains(key, "индикатив") || TextTools.contains(key, "показател") { return .indicator }
        if TextTools.contains(key, "ответствен") || TextTools.contains(key, "исполнител") { return .responsible }
        if TextTools.contains(key, "мероприяти") || TextTools.contains(key, "содержание") || TextTools.contains(key, "наименование") || TextTools.contains(key, "деятельност") {
            return .text
        }
        return nil
    }
}
