import Foundation
import KartaContent
import KartaModel
import KartaTemplates

/// The Mustache templates of a site, read from the templates folder and compiled once
/// (`KartaTemplates`): pages render from typed views into bytes, with no lookup by reflection.
public struct TemplateSet: Sendable {
    /// Templates every site needs; partials are found by the names the templates use.
    public static let required = ["layout", "home", "entity", "roadmap", "plan", "expected-results", "level", "responsible", "responsible-index", "glossary", "page", "report", "report-index", "search", "not-found"]

    let library: TemplateLibrary
    public let folder: String

    /// Reads every `*.mustache` file below `folder`; names are paths without the extension
    /// (`partials/link`). A FIFO, device or socket anywhere below it (`assets/` included) is an error
    /// naming it, found with `lstat`. Syntax errors carry the template's file, line and column; a partial that
    /// no file provides is an error here, not an empty spot in every page.
    public static func load(from folder: String) -> Result<TemplateSet, Diagnostics> {
        var diagnostics = Diagnostics()
        var library = TemplateLibrary()
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.error("no-templates", "templates folder not found", at: SourceLocation(file: folder))
            return .failure(diagnostics)
        }
        let entries = (fileManager.subpaths(atPath: folder) ?? []).sorted()
        // Assets are copied from here too: a FIFO or a device is refused before anything opens it,
        // since reading one can block the build for ever.
        var special: Set<String> = []
        for entry in entries {
            let kind = FileKind(atPath: folder + "/" + entry)
            guard kind.isSpecial else { continue }
            special.insert(entry)
            diagnostics.error(
                "not-a-file", "this is \(kind.described), not a file; templates and assets must be plain files",
                at: SourceLocation(file: folder + "/" + entry))
        }
        let names = entries.filter { $0.hasSuffix(".mustache") && !special.contains($0) }
        for name in names {
            let file = folder + "/" + name
            let data = fileManager.contents(atPath: file) ?? Data()
            let text: String
            switch SourceText.decode(data, file: file) {
            case .success(let decoded): text = decoded
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                continue
            }
            do {
                try library.add(text, named: String(name.dropLast(".mustache".count)))
            } catch {
                diagnostics.error(
                    "template", "template syntax error: \(error.message)",
                    at: SourceLocation(file: file, line: error.line, column: error.column))
            }
        }
        for name in required where !library.has(name) && !names.contains(name + ".mustache") {
            diagnostics.error("missing-template", "required template '\(name).mustache' is missing", at: SourceLocation(file: folder))
        }
        for (template, partial) in library.missingPartials {
            diagnostics.error(
                "missing-template", "template '\(template).mustache' uses '\(partial).mustache', which is missing",
                at: SourceLocation(file: folder + "/" + template + ".mustache"))
        }
        return diagnostics.hasErrors ? .failure(diagnostics) : .success(TemplateSet(library: library, folder: folder))
    }

    public func has(_ name: String) -> Bool { library.has(name) }

    public func render<View: Encodable>(_ view: View, template: String) -> String {
        String(decoding: library.render(view, template: template) ?? [], as: UTF8.self)
    }
}
