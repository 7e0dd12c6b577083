extension Entity {
    /// A title about this entity: «SUBJECT Невьянского городского округа за 2025 год» with the genitive
    /// form, else a wording that needs no declension, «SUBJECT: Невьянский городской округ, 2025 год».
    public func title(_ subject: String, year: Int? = nil) -> String {
        if let nameGenitive {
            return "\(subject) \(nameGenitive)" + (year.map { " за \($0) год" } ?? "")
        }
        return "\(subject): \(name)" + (year.map { ", \($0) год" } ?? "")
    }

    /// «в Невьянском городском округе», «во Всеволожском районе»; nil without the prepositional form.
    public var inName: String? {
        namePrepositional.map { "\(Self.preposition(before: $0)) \($0)" }
    }

    /// «во» before в or ф followed by a consonant («во Владимирской области»), else «в».
    static func preposition(before word: String) -> String {
        let letters = Array(word.lowercased().prefix(2))
        guard letters.count == 2, letters[0] == "в" || letters[0] == "ф" else { return "в" }
        return "аеёиоуыэюя".contains(letters[1]) || !letters[1].isLetter ? "в" : "во"
    }
}
