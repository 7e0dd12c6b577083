/// The `base_url` of `site.yaml`: an absolute web address the site is published at.
public enum BaseURL {
    /// The address with a trailing `/`, or nil when it is not a plain absolute http(s) address
    /// (a scheme, a host, no spaces, quotes, angle brackets, query or fragment).
    public static func normalised(_ text: String) -> String? {
        let lowered = text.lowercased()
        guard let prefix = ["https://", "http://"].first(where: lowered.hasPrefix) else { return nil }
        let rest = text.dropFirst(prefix.count)
        guard let host = rest.split(separator: "/", omittingEmptySubsequences: false).first, !host.isEmpty,
              text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && !$0.properties.isWhitespace && !#"\"'<>`?#{}|^"#.unicodeScalars.contains($0) })
        else { return nil }
        return text.hasSuffix("/") ? text : text + "/"
    }

    /// The path part (`/karta/`), which a page shown at any address (the 404 page) uses as its base.
    public static func path(_ url: String) -> String {
        let afterScheme = url.range(of: "://").map { url[$0.upperBound...] } ?? Substring(url)
        guard let slash = afterScheme.firstIndex(of: "/") else { return "/" }
        return String(afterScheme[slash...])
    }
}
