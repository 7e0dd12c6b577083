/// The last line of defence against writing outside the output folder.
///
/// Content slugs are already restricted, but every path is checked again here, right before
/// writing, so no future page kind can escape by mistake.
public enum OutputPath {
    /// Compared byte by byte: `String.contains` went through `NSString.range(of:)`, for every file of a site.
    public static func isSafe(_ path: String) -> Bool {
        let bytes = path.utf8
        guard !bytes.isEmpty, !bytes.contains(UInt8(ascii: "\\")), !bytes.contains(0) else { return false }
        return bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy { component in
            // Not empty, `.` or `..`: a component of at most two bytes that are all dots is one of those.
            !(component.count <= 2 && component.allSatisfy { $0 == UInt8(ascii: ".") })
        }
    }
}
