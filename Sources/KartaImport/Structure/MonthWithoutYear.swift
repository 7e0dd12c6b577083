/// A one-off deadline that names a month and no year («август», «в августе», «до 15 мая»); repeating
/// and standing deadlines («ежегодно, май», «в течение года») need no year.
enum MonthWithoutYear {
    static let stems = ["январ", "феврал", "март", "апрел", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"]
    static let may: Set<String> = ["май", "мая", "мае"]
    static let repeating = ["ежегодн", "ежемесячн", "ежеквартальн", "кажд", "постоянн", "в течение", "по мере"]

    static func matches(_ text: String) -> Bool {
        let folded = TextTools.normalized(text)
        guard !repeating.contains(where: { folded.contains($0) }) else { return false }
        let words = folded.split { !$0.isLetter }.map(String.init)
        return words.contains { word in may.contains(word) || stems.contains { word.hasPrefix($0) } }
    }
}
