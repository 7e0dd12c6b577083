import KartaModel

/// The body that leads the work at each level, as a new site's glossary and example roadmaps name it,
/// so that every abbreviation they print is explained and every activity has its level.
struct LeadBody: Sendable {
    var abbreviation: String
    var full: String
    var level: Level

    static let all: [LeadBody] = [
        LeadBody(
            abbreviation: "РОИВ",
            full: "региональный орган исполнительной власти, осуществляющий государственное управление в сфере образования",
            level: .region),
        LeadBody(abbreviation: "МОУО", full: "муниципальный орган управления образованием", level: .municipality),
        LeadBody(abbreviation: "ОО", full: "образовательная организация", level: .school),
    ]

    static func of(_ level: Level) -> LeadBody? {
        all.first { $0.level == level }
    }
}
