import Foundation

/// The files of one built site and the anchors of its pages, read once each.
final class SiteFiles {
    enum Resolution: Equatable {
        case local
        case external
        case broken(String)
    }

    let folder: String
    let files: Set<String>
    let directories: Set<String>
    let pages: [String]
    private var parsed: [String: HTMLReferences?] = [:]

    init(folder: String) {
        self.folder = folder
        var files: Set<String> = []
        var directories: Set<String> = [""]
        for path in (FileManager.default.subpaths(atPath: folder) ?? []) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue { directories.insert(path) } else { files.insert(path) }
        }
        self.files = files
        self.directories = directories
        pages = files.filter(Self.isHTML).sorted()
    }

    static func isHTML(_ path: String) -> Bool {
        path.hasSuffix(".html") || path.hasSuffix(".htm")
    }

    func display(_ path: String) -> String {
        folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }

    func references(of page: String) -> HTMLReferences? {
        if let known = parsed[page] { return known }
        let data = FileManager.default.contents(atPath: display(page))
        let references = data.flatMap { String(data: $0, encoding: .utf8) }.map { HTMLReferences(html: $0) }
        parsed[page] = references
        return references
    }

    func resolve(_ raw: String, from page: String, base: String?) -> Resolution {
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let scheme = Self.scheme(of: value) {
            return ["javascript", "vbscript"].contains(scheme) ? .broken("a \(scheme): address runs script") : .external
        }
        if value.hasPrefix("//") { return .external }
        var rest = Substring(value)
        var fragment: Substring?
        if let hash = rest.firstIndex(of: "#") {
            fragment = rest[rest.index(after: hash)...]
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") { rest = rest[..<question] }
        guard let path = String(rest).removingPercentEncoding else { return .broken("the address is not valid percent-encoding") }
        let rootBased = base?.hasPrefix("/") == true
        let target: String
        if path.isEmpty {
            target = rootBased ? "index.html" : page
        } else {
            let start = path.hasPrefix("/") || rootBased ? [] : page.split(separator: "/").dropLast().map(String.init)
            guard let components = Self.normalise(path, from: start) else { return .broken("it points outside the site folder") }
            var joined = components.joined(separator: "/")
            if path.hasSuffix("/") || directories.contains(joined) { joined += joined.isEmpty ? "index.html" : "/index.html" }
            target = joined
        }
        guard files.contains(target) else { return .broken("there is no file '\(target)' in the site") }
        guard let fragment, !fragment.isEmpty, fragment != "top", Self.isHTML(target) else { return .local }
        let anchor = String(fragment).removingPercentEncoding ?? String(fragment)
        guard let anchors = references(of: target)?.anchors, anchors.contains(anchor) else {
            return .broken("'\(target)' has no element with id '\(anchor)'")
        }
        return .local
    }

    /// The lower-cased scheme of an absolute URL (`https`, `mailto`), nil for a relative reference.
    static func scheme(of value: String) -> String? {
        guard let colon = value.firstIndex(of: ":") else { return nil }
        let scheme = value[..<colon].unicodeScalars
        func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        guard let first = scheme.first, isLetter(first),
              scheme.allSatisfy({ isLetter($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) })
        else { return nil }
        return String(scheme).lowercased()
    }

    /// Applies `path` to the folder `start` (components), resolving `.` and `..`; nil above the root.
    static func normalise(_ path: String, from start: [String]) -> [String]? {
        var components = start
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            default: components.append(String(component))
            }
        }
        return components
    }
}
