import KartaModel

extension EntityLoader {
    /// A case form of the name, as written; an empty one is an error (titles would lose the name).
    static func nameForm(_ key: String, in map: MappingReader) -> String? {
        guard let form = map.string(key) else { return nil }
        guard form.contains(where: { !$0.isWhitespace }) else {
            map.reader.error(.value, "'\(key)' in entity.yaml is empty; write the form or leave the key out", at: map.value(key))
            return nil
        }
        return form
    }

    /// `name_prepositional` without its preposition: Karta writes «в» or «во» itself, so «в …» would be
    /// printed twice.
    static func prepositionalForm(in map: MappingReader) -> String? {
        guard let form = nameForm("name_prepositional", in: map) else { return nil }
        let words = form.split(whereSeparator: \.isWhitespace)
        guard let first = words.first, words.count > 1, ["в", "во"].contains(first.lowercased()) else { return form }
        map.reader.error(
            .value, "'name_prepositional' in entity.yaml is the form without its preposition: write '\(words.dropFirst().joined(separator: " "))'",
            at: map.value("name_prepositional"))
        return nil
    }
}
