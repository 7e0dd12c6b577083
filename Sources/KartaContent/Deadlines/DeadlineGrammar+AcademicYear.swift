import KartaModel

extension DeadlineGrammar {
    /// «2020/2021 учебный год», «2020–2021 уч. г.», «2020-2021 учебного года», «в течение 2020/21 уч. года»:
    /// September of the first year to August of the second. Two years that do not follow each other
    /// («2020/2022 учебный год») are no school year; the year production reads them as a span.
    func academicYear(_ index: inout Int) -> DeadlineAtom? {
        var position = index
        if isWord(position, "в"), isWord(position + 1, in: ["течение", "течении"]) {
            position += 2
        } else if isWord(position, in: ["в", "во", "на"]) {
            position += 1
        }
        guard let first = year(position), isSymbol(position + 1, in: ["/", "-"]),
              let second = token(position + 2), second.kind == .number, [2, 4].contains(second.text.count), let value = second.value,
              let academic = AcademicYear(first: first, printedSecond: value, digits: second.text.count) else { return nil }
        position += 3
        guard skipAcademicYearWords(&position) else { return nil }
        index = position
        return DeadlineAtom(kind: .academicYear(academic), tokens: index..<index)
    }

    /// «учебный год», «учебного года», «учебном году», «уч. г.», «уч.г.», «уч. год»; false when they are not there.
    private func skipAcademicYearWords(_ index: inout Int) -> Bool {
        var position = index
        if let word = word(position), word.hasPrefix("учебн") {
            position += 1
        } else if isWord(position, "уч") {
            position += 1
            if isSymbol(position, ".") { position += 1 }
        } else {
            return false
        }
        guard isWord(position, in: DeadlineLexicon.yearWords) else { return false }
        skipYearWord(&position)
        index = position
        return true
    }
}
