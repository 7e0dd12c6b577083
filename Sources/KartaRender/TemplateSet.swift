import Foundation
import KartaContent
import KartaModel
import Mustache

/// The Mustache templates of a site, read from the templates folder.
public struct TemplateSet: Sendable {
    /// Templates every site needs; partials are found by the names the templates use.
    public static let required = ["layout", "home", "entity", "roadmap", "plan", "expected-results", "level", "responsible", "responsible-index", "glossary", "page", "report", "report-index", "search", "not-found"]

    let library: MustacheLibrary
    public let folder: String

    /// Reads every `*.mustache` file below `folder`; names are paths without the extension
    /// (`partials/link`). Problems are reported with the template's file and position.
    public static func load(from folder: String) -> Result<TemplateSet, Diagnostics> {
        var diagnostics = Diagnostics()
        var library = MustacheLibrary()
        // Registering the same type under the same name again changes nothing.
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.error("no-templates", "templates folder not found", at: SourceLocation(file: folder))
            return .failure(diagnostics)
        }
        let names = (fileManager.subpaths(atPath: folder) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
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
                // Every template, partials too (Mustache starts each partial in plain HTML), escapes with HTMLEscaping;
                // the pragma's line is a line of its own, so the template's lines keep their numbers, less one.
                let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: \(HTMLEscaping.name) }}\n" + text)
                library.register(template, named: String(name.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.error(
                    "template", "template syntax error: \(error.error)",
                    at: SourceLocation(file: file, line: max(error.context.lineNumber - 1, 1), column: error.context.columnNumber))
            } catch {
                diagnostics.error("template", "template could not be read: \(error)", at: SourceLocation(file: file))
            }
        }
        for name in required where library.getTemplate(named: name) == nil && !names.contains(name + ".mustache") {
            diagnostics.error("missing-template", "required template '\(name).mustache' is missing", at: SourceLocation(file: folder))
        }
        return diagnostics.hasErrors ? .failure(diagnostics) : .success(TemplateSet(library: library, folder: folder))
    }

    public func has(_ name: String) -> Bool { library.getTemplate(named: name) != nil }

    public func render(_ view: Any, template: String) -> String {
        library.render(TemplateValue.Reader().wrap(view) ?? view, withTemplate: template) ?? ""
    }
}
