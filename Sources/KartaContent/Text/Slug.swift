/// The rule for folder and file names, which become URL segments and output paths.
///
/// Only `[a-z0-9-]` is allowed, so no name can climb out of the output folder (`..`), hide (`.git`),
/// differ only by case on case-insensitive disks, or carry characters a web server mangles.
public enum Slug {
    public static func isValid(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isAllowed(first), first != "-" else { return false }
        return name.unicodeScalars.allSatisfy(isAllowed) && name.count <= 100
    }

    /// Ids of items and rows: slugs that may also hold dots and underscores (`5.1-a`).
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, isAllowed(first), first != "-" else { return false }
        return id.unicodeScalars.allSatisfy { isAllowed($0) || $0 == "." || $0 == "_" } && id.count <= 100
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    }

    /// Names the site uses for its own pages at the top level.
    public static let reservedTopLevel: Set<String> = [
        "assets", "data", "glossary", "directions", "levels", "responsible", "search", "diff", "years", "analysis",
    ]

    /// Names kept for the site's own pages at every depth: `ENTITY/analysis/` is the entity's analysis page.
    public static let reservedEverywhere: Set<String> = ["analysis"]

    /// Folder names inside an entity that hold documents rather than child entities.
    public static let documentFolders: Set<String> = ["roadmaps", "plans", "expected-results", "reports"]

    public static func isYear(_ name: String) -> Bool {
        name.count == 4 && name.allSatisfy(\.isNumber)
    }
}
