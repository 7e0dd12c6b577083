import KartaModel

/// Names responsible bodies by what they are, through `BodyNames` (KartaModel), the definition of «the
/// same body» the site shares: «МОУО», «МОУО УО» and «муниципальный орган управления образованием»
/// compare equal through both versions' glossaries. Both versions of a document belong to one entity,
/// so the territory of `BodyIdentity` never tells them apart here. People (`persons:`) are compared by
/// surname and initials, however the name is printed.
struct PartyResolver: Sendable {
    private let names: BodyNames

    /// The new glossary wins where the two disagree.
    init(glossaries: [Glossary]) {
        names = BodyNames(glossaries: glossaries)
    }

    /// Each body of a list with the key it is compared by. A cell that names several bodies at once
    /// («МОУО, ОО», «(МОиПО СО, РУМО).») is split as the site splits it (`BodyNames.bodies(in:)`).
    func parties(_ names: [String]) -> [(name: String, key: String)] {
        var result: [(String, String)] = []
        var seen = Set<String>()
        for name in names {
            for part in self.names.bodies(in: name) {
                // «Петров П.П.», «Петров П. П.» and «П.П. Петров» are one person.
                let key = self.names.entry(for: part).map { "=" + $0.abbreviation } ?? PersonName(part).map { "@" + $0.key } ?? self.names.name(of: part)
                if !key.isEmpty, seen.insert(key).inserted { result.append((part, key)) }
            }
        }
        return result
    }

    static func split(_ text: String) -> [String] { BodyNames.split(text) }
}
