import KartaModel

/// Reads an `entity.yaml`. The id and the folder parent come from the file's place in the tree.
enum EntityLoader {
    static func entity(_ root: YAMLNode?, id: String, folderParentID: String?, reader: YAMLReader) -> (Entity, declaredParent: (String, SourceLocation)?)? {
        guard let map = reader.mapping(
            root, "entity.yaml",
            allowed: ["level", "name", "short_name", "name_genitive", "name_prepositional", "since", "parent",
                      "responsible_as", "details", "description"])
        else { return nil }
        let level = map.choice("level", required: true, as: Level.self)
        let name = map.string("name", required: true)
        let shortName = map.string("short_name")
        let nameGenitive = nameForm("name_genitive", in: map)
        let namePrepositional = prepositionalForm(in: map)
        // A year before any education department's records, or after the roadmaps' own range, is a typo.
        let since = map.int("since", in: 1900...2200)
        let parent = map.string("parent").map { ($0, map.location(of: "parent")) }
        let responsibleAs = map.strings("responsible_as")
        let details = map.orderedPairs("details")
        let description = map.string("description")
        guard let level, let name else { return nil }
        let entity = Entity(
            id: id, level: level, name: name, shortName: shortName, parentID: folderParentID,
            responsibleAs: responsibleAs, details: details, description: description,
            nameGenitive: nameGenitive, namePrepositional: namePrepositional, since: since, location: map.location)
        return (entity, parent)
    }
}
