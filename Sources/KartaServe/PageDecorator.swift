import Foundation

/// Puts the reload script, and the problems panel when the last build failed, into a served HTML
/// page just before its last `</body>` (at the end when it has none).
enum PageDecorator {
    static func decorate(_ page: Data, with snapshot: BuildStatus.Snapshot) -> Data {
        var insert = ""
        if let failure = snapshot.failure { insert += ProblemsHTML.panel(failure) }
        insert += ReloadScript.tag(generation: snapshot.generation, session: snapshot.session) + "\n"
        let closing = Data("</body>".utf8)
        guard let range = lastRange(of: closing, in: page) ?? lastRange(of: Data("</BODY>".utf8), in: page) else {
            return page + Data(insert.utf8)
        }
        var decorated = page
        decorated.insert(contentsOf: Data(insert.utf8), at: range.lowerBound)
        return decorated
    }

    private static func lastRange(of needle: Data, in data: Data) -> Range<Data.Index>? {
        data.range(of: needle, options: .backwards)
    }
}
