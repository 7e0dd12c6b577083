import KartaModel

/// Loading again only what an edit of wording changed (`karta serve`): the file is read and parsed as a
/// full load would read it, and compared with the version in the content.
extension ContentLoader {
    /// A path below the content folder as the loader names the file in the model and in messages.
    public func displayPath(_ relative: String) -> String {
        display(relative)
    }

    /// The new versions of `files` (paths below the content folder), when each is a roadmap of `content`
    /// whose wording alone changed (`Roadmap.differsOnlyInWording`) and the new version has no problem a
    /// full load would report: no error or warning of its own, and no abbreviation the glossary does not
    /// explain. Nil otherwise: the content must then be loaded and validated whole.
    public func reloadWording(of files: Set<String>, in content: SiteContent) -> [Roadmap]? {
        var roadmaps: [Roadmap] = []
        for relative in files.sorted() {
            let file = display(relative)
            guard let old = content.roadmaps.first(where: { $0.location.file == file }) else { return nil }
            var diagnostics = Diagnostics()
            let document = ContentTree.Document(kind: .roadmap, id: old.id, path: relative, entityID: old.entityID)
            guard let new = loadDocument(document, memo: LoadMemo(), diagnostics: &diagnostics).roadmap,
                  diagnostics.isEmpty, new.differsOnlyInWording(from: old)
            else { return nil }
            roadmaps.append(new)
        }
        // Each roadmap's words through the glossary of its own territory, as a full load checks them.
        let validator = ContentValidator(content: content, declaredParents: [])
        let explained = roadmaps.allSatisfy { roadmap in
            let texts = roadmap.items.flatMap { item in [item.text, item.indicator, item.result].compactMap { $0 } + item.subitems.map(\.text) }
            return validator.explainsEveryAbbreviation(in: texts, of: roadmap.entityID)
        }
        guard purpose == .comparison || explained else { return nil }
        return roadmaps
    }
}
