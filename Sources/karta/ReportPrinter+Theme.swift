import KartaRender
import KartaTheme

extension ReportPrinter {
    /// `karta build --verbose`: a line per file the templates folder gave (overriding the built-in
    /// theme or adding to it), then how many came from the built-in theme.
    func printTheme(_ theme: ThemeFiles) {
        for name in theme.fromFolder {
            let role = BuiltInTheme.files[name] == nil ? "added to the built-in theme" : "overrides the built-in file"
            print("theme: \(theme.location(of: name)) (\(role))")
        }
        let own = theme.fromFolder.count
        print("theme: \(own) file\(own == 1 ? "" : "s") from \(theme.folder), \(theme.builtInCount) from the built-in theme")
    }
}
