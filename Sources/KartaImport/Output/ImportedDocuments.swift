/// The documents an import produces, in the shape of the content format, ready to be written.

struct ImportedApproval: Equatable {
    var heading: String?
    var kind: String
    var body: String?
    var number: String?
    var date: String?
    var text: String
}

struct ImportedItem: Equatable {
    var id: String
    var number: String?
    var text: String
    var deadline: String?
    var responsible: [String] = []
    /// People named in the responsible cell («Петров П.П.»), written as `persons:`.
    var persons: [String] = []
    var indicator: String?
    var result: String?
    var subitems: [ImportedSubitem] = []
}

struct ImportedSubitem: Equatable {
    var number: String?
    var text: String
    var deadline: String?
    var responsible: [String] = []
    var persons: [String] = []
}

struct ImportedSection<Row> {
    var direction: String
    var title: String
    var rows: [Row]
    /// The title matched no direction rule and `direction` was taken from elsewhere: written as
    /// `direction_guessed: true`, which `karta check` warns about until an editor confirms it.
    var directionGuessed = false
}

struct ImportedPlanRow: Equatable {
    var id: String
    var year: String?
    /// (level key, Markdown or "-") in column order.
    var cells: [(key: String, text: String)]

    static func == (lhs: ImportedPlanRow, rhs: ImportedPlanRow) -> Bool {
        lhs.id == rhs.id && lhs.year == rhs.year && lhs.cells.map(\.key) == rhs.cells.map(\.key) && lhs.cells.map(\.text) == rhs.cells.map(\.text)
    }
}

struct ImportedResultRow: Equatable {
    var id: String
    var cells: [(year: Int, text: String)]

    static func == (lhs: ImportedResultRow, rhs: ImportedResultRow) -> Bool {
        lhs.id == rhs.id && lhs.cells.map(\.year) == rhs.cells.map(\.year) && lhs.cells.map(\.text) == rhs.cells.map(\.text)
    }
}

struct ImportedRoadmap {
    var title: String
    var approval: ImportedApproval?
    var period: (from: Int, to: Int)?
    /// The title prints school years («на 2020/2021 учебный год»): written as `academic: true`.
    var academicPeriod = false
    var columns: [(key: String, title: String)]
    var intro: String?
    var sections: [ImportedSection<ImportedItem>]
    /// Markdown printed after the table.
    var outro: String?
    /// The web address printed above the document (where a legal database copy came from).
    var source: String?
}

struct ImportedPlan {
    var title: String
    var approval: ImportedApproval?
    var period: (from: Int, to: Int)?
    var academicPeriod = false
    var columns: [(key: String, title: String)]
    var intro: String?
    var sections: [ImportedSection<ImportedPlanRow>]
}

struct ImportedExpectedResults {
    var title: String
    var caption: String?
    var intro: String?
    var years: [Int]
    var sections: [ImportedSection<ImportedResultRow>]
}

struct ImportedPage {
    var title: String
    /// Markdown.
    var body: String
}

enum ImportedDocument {
    case roadmap(ImportedRoadmap)
    case plan(ImportedPlan)
    case expectedResults(ImportedExpectedResults)

    var title: String {
        switch self {
        case .roadmap(let roadmap): roadmap.title
        case .plan(let plan): plan.title
        case .expectedResults(let table): table.title
        }
    }
}
