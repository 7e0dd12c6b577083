import KartaModel

extension RoadmapLoader {
    /// `persons:` of an item or sub-item: people named as responsible, shown in the responsible column after
    /// the parties. An entry that does not read as a name is shown as written, with a warning at it; the
    /// field needs the `responsible` column like `responsible:` does.
    static func persons(in map: MappingReader, context: ItemContext, what: String) -> [String] {
        guard let node = map.value("persons") else { return [] }
        if !context.columns.contains(.responsible) {
            map.reader.error(
                .noColumn, "the \(what) sets 'persons' but the roadmap has no 'responsible' column, so they would not be shown", at: node)
        }
        let persons = map.strings("persons")
        let entries: [YAMLNode] = if case .sequence(let sequence) = node { sequence.nodes } else { [node] }
        for entry in entries {
            guard case .scalar(let scalar) = entry, !MappingReader.isBlank(scalar.string), !PersonName.isName(scalar.string) else { continue }
            map.reader.warning(
                .personName,
                "«\(scalar.string)» in 'persons' does not read as a person's name (Фамилия И.О. or И.О. Фамилия); it is shown as written",
                at: entry)
        }
        return persons
    }
}
