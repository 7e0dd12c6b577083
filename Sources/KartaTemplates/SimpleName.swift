/// A name that is one part looked up the context stack, with no function around it (`title`, not `.title`,
/// `a.b`, `.` or `empty(x)`): its part, or nil for any other name.
struct SimpleName: Sendable {
    let part: String?

    init(_ name: TemplateName) {
        part = name.path.count == 1 && !name.isAnchored && name.transforms.isEmpty ? name.path[0] : nil
    }
}
