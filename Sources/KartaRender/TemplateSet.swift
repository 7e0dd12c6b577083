import Foundation
import KartaContent
import KartaModel
import KartaTemplates

/// The Mustache templates of a site, read from the templates folder and compiled once
/// (`KartaTemplates`): pages render from typed views into bytes, with no lookup by reflection.
public struct TemplateSet: Sendable {
    /// Templates every site needs (`PageKind.isTemplateRequired`); partials are found by the names the
    /// templates use.
    public static let required = ["layout"] + PageKind.allCases.filter(\.isTemplateRequired).map(\.template)
        .reduce(into: [String]()) { names, name in if !names.contains(name) { names.append(name) } }

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
            diagnostics.error(.noTemplates, "templates folder not found; give the folder of Mustache templates with --templates DIR", at: SourceLocation(file: folder))
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
                .notAFile, "this is \(kind.described), not a file; templates and assets must be plain files",
                at: SourceLocation(file: folder + "/" + entry))
        }
        let names = entries.filter { $0.hasSuffix(".mustache") && !special.contains($0) }
        var kindsWritten: [String: PageKindBlock] = [:]
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
            let template = String(name.dropLast(".mustache".count))
            kindsWritten[template] = PageKindBlock(in: text)
            do {
                try library.add(text, named: template)
            } catch {
                diagnostics.error(
                    .template, "template syntax error: \(error.message)",
                    at: SourceLocation(file: file, line: error.line, column: error.column))
            }
        }
        for name in required where !library.has(name) && !names.contains(name + ".mustache") {
            diagnostics.error(.missingTemplate, "required template '\(name).mustache' is missing", at: SourceLocation(file: folder))
        }
        // A template that names another kind than its page kind was copied and not adapted, or saved
        // under the wrong name: its pages would be sorted as the wrong kind.
        for kind in PageKind.allCases {
            guard let block = kindsWritten[kind.template], block.kind != kind.dataKind else { continue }
            diagnostics.error(
                .templateKind,
                "template '\(kind.template).mustache' names its page kind '\(block.kind ?? "")' where '\(kind.dataKind)' was expected; write {{$kind}}\(kind.dataKind){{/kind}}",
                at: SourceLocation(file: folder + "/" + kind.template + ".mustache", line: block.line, column: block.column))
        }
        for (template, partial) in library.missingPartials {
            diagnostics.error(
                .missingTemplate, "template '\(template).mustache' uses '\(partial).mustache', which is missing",
                at: SourceLocation(file: folder + "/" + template + ".mustache"))
        }
        return diagnostics.hasErrors ? .failure(diagnostics) : .success(TemplateSet(library: library, folder: folder))
    }

    public func has(_ name: String) -> Bool { library.has(name) }

    /// Errors for the page kinds of `kinds` whose template is missing: checked before rendering starts,
    /// so a kind that is not required of every site still never renders as an empty page.
    public func problems(rendering kinds: Set<PageKind>) -> [Diagnostic] {
        let missing = Set(kinds.map(\.template)).filter { !library.has($0) }.sorted()
        return missing.map { template in
            let kinds = PageKind.allCases.filter { $0.template == template && kinds.contains($0) }.map(\.path)
            return .error(
                .missingTemplate, "template '\(template).mustache' is missing; the site has pages of its kind (\(kinds.joined(separator: ", ")))",
                at: SourceLocation(file: folder))
        }
    }

    public func render<View: Encodable>(_ view: View, kind: PageKind) -> String {
        render(view, template: kind.template)
    }

    public func render<View: Encodable>(_ view: View, template: String) -> String {
        String(decoding: renderBytes(view, template: template), as: UTF8.self)
    }

    /// The page as UTF-8 bytes, as the typographer and the writer take it.
    public func renderBytes<View: Encodable>(_ view: View, kind: PageKind) -> [UInt8] {
        renderBytes(view, template: kind.template)
    }

    public func renderBytes<View: Encodable>(_ view: View, template: String) -> [UInt8] {
        library.render(view, template: template) ?? []
    }
}
