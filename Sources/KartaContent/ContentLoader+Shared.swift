import KartaModel

/// Two versions of the content loaded for a diff: a file with the same bytes in both is loaded once.
extension ContentLoader {
    /// What `load` gives for a file both versions have alike: loaded and stored by the storing version,
    /// taken by the other (loaded after it) with its problems named in this folder.
    func sharing<Value>(
        _ relative: String, through shared: SharedLoads, diagnostics: inout Diagnostics, _ load: (inout Diagnostics) -> Value
    ) -> Value {
        if SharedLoads.folderPrefix(root) != SharedLoads.folderPrefix(shared.storingRoot),
           let (value, found) = shared.value(for: relative, as: Value.self) {
            diagnostics.append(contentsOf: shared.relabel(found, to: root))
            return value
        }
        var found = Diagnostics()
        let value = load(&found)
        if SharedLoads.folderPrefix(root) == SharedLoads.folderPrefix(shared.storingRoot) { shared.store(value, diagnostics: found, for: relative) }
        diagnostics.append(contentsOf: found)
        return value
    }
}
