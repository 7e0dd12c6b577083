/// The last line of defence against writing outside the output folder.
///
/// Content slugs are already restricted, but every path is checked again here, right before
/// writing, so no future page kind can escape by mistake.
public enum OutputPath {
    public static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\u{0}") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { component in
            !component.isEmpty && component != "." && component != ".."
        }
    }
}
