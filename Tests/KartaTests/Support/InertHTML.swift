import Foundation

/// What an attacker would need in a page for content to run: a `<script>` that is not one of Karta's
/// own, an element Karta never writes (`<img>`, `<iframe>` …; its charts are `<svg>` without
/// scripts or handlers), an event-handler attribute
/// (`onmouseover=`), or a `javascript:` address. Read tag by tag, so escaped text (`&lt;img …`) and
/// escaped quotes inside attribute values (`&quot; onmouseover=&quot;`) are not counted.
enum InertHTML {
    nonisolated(unsafe) static let tag = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/
    nonisolated(unsafe) static let attribute = /\s+([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/
    nonisolated(unsafe) static let ownScript = /^(\.\.\/)*assets\/karta-(a11y|search)\.js$/
    static let foreignElements: Set<String> = ["img", "iframe", "object", "embed", "math", "video", "audio", "foreignobject"]

    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        for match in html.matches(of: tag) {
            let name = match.1.lowercased()
            var attributes: [(String, String)] = []
            for piece in match.2.matches(of: attribute) {
                attributes.append((piece.1.lowercased(), String(piece.2 ?? piece.3 ?? piece.4 ?? "")))
            }
            if name == "script", !(attributes.count == 1 && attributes[0].0 == "src" && attributes[0].1.wholeMatch(of: ownScript) != nil) {
                problems.append("a <script> that is not Karta's own: \(match.0)")
            }
            if foreignElements.contains(name) { problems.append("an injected <\(name)>: \(match.0)") }
            for (attributeName, value) in attributes {
                if attributeName.hasPrefix("on") { problems.append("an event attribute: \(match.0)") }
                let address = value.trimmingCharacters(in: .whitespaces).lowercased()
                if ["href", "src", "action", "formaction"].contains(attributeName),
                   ["javascript:", "vbscript:", "data:"].contains(where: address.hasPrefix) {
                    problems.append("a script address: \(match.0)")
                }
            }
        }
        return problems
    }
}
