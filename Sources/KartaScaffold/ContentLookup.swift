import KartaContent
import KartaModel

/// The content folder a `karta new` command adds to, and the entity it names; each problem is an
/// error that says what to give instead.
enum ContentLookup {
    /// The content folder loaded (other files' errors do not stop a scaffold), or nil with the reason.
    static func load(_ root: String, diagnostics: inout Diagnostics) -> SiteContent? {
        let loaded = ContentLoader(root: root).load()
        guard let content = loaded.content else {
            diagnostics.append(contentsOf: loaded.diagnostics)
            diagnostics.error(
                .noContent, "the content folder could not be read, so nothing could be looked up in it; name it with --content DIR",
                at: SourceLocation(file: root))
            return nil
        }
        return content
    }

    /// The entity whose folder path below the content folder is `id`, or nil with an `unknown-entity` error.
    static func entity(_ id: String, in content: SiteContent, root: String, diagnostics: inout Diagnostics) -> Entity? {
        let parts = id.split(separator: "/").map(String.init)
        if parts.allSatisfy(Slug.isValid), let entity = content.entity(parts.joined(separator: "/")) { return entity }
        let example = content.entities.first?.id ?? "region/municipality"
        diagnostics.error(
            .unknownEntity, "'\(id)' is not an entity of \(root); entities are folder paths such as \(example)",
            at: SourceLocation(file: root))
        return nil
    }
}
